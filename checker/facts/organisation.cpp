// build_organisation: one pass over each passage's body mentions gives definitions, duties, tasks, heads and
// 下设 parents; headings that name one body give the duties and heads of their section. Every step costs in
// proportion to the plan (no mention is compared with all others, no passage with all positions).
#include "facts/organisation.hpp"

#include <algorithm>
#include <map>

#include "core/budget.hpp"
#include "facts/organisation_detail.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

bool starts_with(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

// A member list: a section that lists bodies or people (成员, 名单, 通讯录 …), or an annex about the organisation
// (附件1 应急组织机构及职责, 附件3 应急联系表). An annex of another kind (附件2 预警级别与响应级别对照表, a
// report form, a flow chart) uses the bodies it names.
bool in_member_list(const Passage& p) {
  const auto any = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text::contains_text(p.section_path, w); });
  };
  return any({"成员", "名单", "组成", "通讯录", "联系方式"}) ||
         (any({"附件", "附录", "附表"}) && any({"联系", "联络", "人员", "职责", "组织", "机构"}));
}

bool has_duty_word(std::string_view sentence) {
  for (std::string_view w : {"负责", "承担", "组织", "协调", "指导", "统筹", "领导", "指挥", "决策", "研判", "落实",
                             "处置", "监测", "执行", "职责", "督促"}) {
    if (text::contains_text(sentence, w)) return true;
  }
  return false;
}

struct Flat {
  std::size_t body;  // index in BodyFacts::bodies
  const BodyMention* m;
};

// The mentions of one passage in order, with the sets-up and task flags spread along a list of names:
// 成立数据恢复组、舆情应对组 sets up both; 数据恢复组和舆情应对组负责… tasks both.
void spread_along_lists(const Passage& p, std::vector<Flat>& flat, std::vector<bool>& sets_up, std::vector<bool>& task) {
  const std::string_view s = p.norm.text;
  for (std::size_t k = 1; k < flat.size(); ++k) {
    if (sets_up[k - 1] && joined_by_list_word(s, flat[k - 1].m->span, flat[k].m->span)) sets_up[k] = true;
  }
  for (std::size_t k = flat.size(); k-- > 1;) {
    if (task[k] && joined_by_list_word(s, flat[k - 1].m->span, flat[k].m->span)) task[k - 1] = true;
  }
}

bool is_head_position(std::string_view name) {
  for (std::string_view w : {"组长", "副组长", "主任", "副主任", "总指挥", "副总指挥", "指挥长", "牵头人"}) {
    if (name == w) return true;
  }
  return false;
}

// The holder named after a position (由局长担任, ：局长): at most 24 characters, so neither search looks further
// than 24 four-byte characters past `from`, however long the sentence.
std::string holder_after(std::string_view s, std::size_t from, std::size_t sentence_end) {
  constexpr std::size_t kMaxHolderBytes = 24 * 4;
  std::size_t b = from;
  std::size_t e = std::string_view::npos;
  if (starts_with(s.substr(b), "由")) {
    b += std::string_view("由").size();
    const std::size_t window = std::min(sentence_end, b + kMaxHolderBytes + std::string_view("担任").size());
    e = text::find_text(s.substr(0, window), "担任", b);
  } else if (starts_with(s.substr(b), ":") || starts_with(s.substr(b), "：")) {
    b += s[b] == ':' ? 1 : std::string_view("：").size();
    e = b;
    while (e < sentence_end && e - b <= kMaxHolderBytes) {
      std::size_t next = e;
      const char32_t cp = text::next_code_point(s, next);
      if (cp == U'，' || cp == U',' || cp == U'。' || cp == U'；' || cp == U';' || cp == U'\n') break;
      e = next;
    }
  }
  if (e == std::string_view::npos || e <= b || text::code_point_count(s.substr(b, e - b)) > 24) return {};
  std::string out(s.substr(b, e - b));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The positions of each passage: PositionMentions in (passage, offset) order, looked up by binary search.
class PositionIndex {
 public:
  explicit PositionIndex(const std::vector<PositionMention>& all) {
    sorted_.reserve(all.size());
    for (const PositionMention& pm : all) sorted_.push_back(&pm);
    std::stable_sort(sorted_.begin(), sorted_.end(), [](const PositionMention* a, const PositionMention* b) {
      return a->passage != b->passage ? a->passage < b->passage : a->span.begin < b->span.begin;
    });
  }
  // The positions of `passage` that start at or after `from`, in offset order.
  template <typename Fn>
  void each_from(std::size_t passage, std::size_t from, Fn&& fn) const {
    auto it = std::lower_bound(sorted_.begin(), sorted_.end(), std::make_pair(passage, from),
                               [](const PositionMention* pm, const std::pair<std::size_t, std::size_t>& key) {
                                 return pm->passage != key.first ? pm->passage < key.first : pm->span.begin < key.second;
                               });
    for (; it != sorted_.end() && (*it)->passage == passage; ++it) {
      if (!fn(**it)) break;
    }
  }

 private:
  std::vector<const PositionMention*> sorted_;
};

// 下设X: the body named nearest before the 下设 (in X's sentence) is X's parent. Walked forward with the
// passage's mentions: the two most recent distinct groups before each 下设 are all a mention needs.
class SubBodyTracker {
 public:
  explicit SubBodyTracker(std::string_view s) : s_(s), next_(text::find_text(s, kWord)) {}

  // The parent group for the mention `k` of group `group` (flat in offset order, `group_of` its groups).
  std::optional<std::size_t> parent_of(const std::vector<Flat>& flat, std::size_t k, std::size_t group,
                                       const std::vector<std::size_t>& group_of, std::size_t sentence_begin) {
    const std::size_t begin = flat[k].m->span.begin;
    while (next_ != std::string_view::npos && next_ + kWord.size() <= begin) {
      for (; seen_ < flat.size() && flat[seen_].m->span.end <= next_; ++seen_) {
        const std::size_t g = group_of[flat[seen_].body];
        if (g != last_) {
          before_last_ = last_;
          last_ = g;
        }
      }
      sub_ = next_;
      at_sub_ = {last_, before_last_};
      next_ = text::find_text(s_, kWord, next_ + 1);
    }
    if (sub_ == std::string_view::npos || sub_ < sentence_begin) return std::nullopt;
    if (at_sub_.first != kNone && at_sub_.first != group) return at_sub_.first;
    if (at_sub_.second != kNone && at_sub_.second != group) return at_sub_.second;
    return std::nullopt;
  }

 private:
  static constexpr std::string_view kWord = "下设";
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::string_view s_;
  std::size_t next_;                          // the next 下设 not yet passed
  std::size_t sub_ = std::string_view::npos;  // the last 下设 passed
  std::size_t seen_ = 0;                      // mentions ending before the last 下设 passed
  std::size_t last_ = kNone, before_last_ = kNone;
  std::pair<std::size_t, std::size_t> at_sub_{kNone, kNone};
};

using text::ends_with_at;

// The verb of a report: 报告, 报送, 汇报, 上报, 通报, 请示.
bool report_verb_at(std::string_view s, std::size_t at) {
  for (std::string_view v : {"报告", "报送", "汇报", "上报", "通报", "请示"}) {
    if (s.compare(at, v.size(), v) == 0) return true;
  }
  return false;
}

// Whether the mention at `span` is the body a report goes to: 向Y报告/汇报/报送 (the verb within a few
// characters after Y: 向领导小组书面报告), or Y right after the verb (报告领导小组, 报送办公室, 报领导小组).
bool reported_to(std::string_view s, Span span, std::size_t sentence_end) {
  for (std::string_view v : {"报告", "报送", "汇报", "上报", "通报", "请示", "报"}) {
    if (ends_with_at(s, span.begin, v)) return true;
  }
  if (!ends_with_at(s, span.begin, "向")) return false;
  const std::size_t stop = std::min<std::size_t>(sentence_end, span.end + 8 * 3);
  for (std::size_t at = span.end; at < stop;) {
    if (report_verb_at(s, at)) return true;
    text::next_code_point(s, at);
  }
  return false;
}

// Whether the mention at `span` is the object of another's work in its clause, not the body the clause is
// about: worked with, helped, contacted or obeyed ("负责本部门和应急办之间的日常联络", "配合技术处置组开展工作",
// "协助应急办", "服从指挥部统一调度"). The organisation chapter defines the bodies it speaks about, not every body it
// names on the way.
bool object_of_another(std::string_view s, Span span, std::size_t sentence_begin) {
  if (s.compare(span.end, std::string_view("之间").size(), "之间") == 0) return true;
  // Only the words right before the name are read: no clause is looked for (a sentence naming thousands of
  // bodies is read once, not once per name).
  const std::string_view before = s.substr(sentence_begin, span.begin - sentence_begin);
  // The department an office is set in is named with it ("应急办设在集团办公室").
  if (ends_with_at(before, before.size(), "设在")) return false;
  // Not 在 or 对: "在领导小组统一领导下" says what the group does.
  for (std::string_view w : {"配合", "协助", "联系", "联络", "协调", "通知", "支持", "会同", "服从", "接受", "听从"}) {
    if (ends_with_at(before, before.size(), w)) return true;
  }
  return false;
}

// org_detail::phase_of of a passage's section path, worked out again only when the path changes: a section's
// passages come one after another.
class SectionPhase {
 public:
  Phase of(const Passage& p) {
    if (!phase_ || p.section_path != path_) {
      path_ = p.section_path;
      phase_ = org_detail::phase_of(path_);
    }
    return *phase_;
  }

 private:
  std::string path_;
  std::optional<Phase> phase_;
};

struct Builder {
  const Passages& passages;
  const BodyFacts& facts;
  const std::vector<std::size_t>& group_of;
  const PositionIndex positions;
  Organisation& org;
  std::vector<std::optional<std::size_t>> parent;  // from 下设
  SectionPhase section_phase;

  void read_passage(std::size_t idx, std::vector<Flat>& flat);
  void read_heading(const Passage& heading, std::size_t group);
  void read_reports(const Passage& p, const std::vector<Flat>& flat);
};

// X向Y报告, X、Z及时报告Y: Y is reported to by the body named nearest before it in its sentence (of another
// group), and by the bodies listed with that one.
void Builder::read_reports(const Passage& p, const std::vector<Flat>& flat) {
  const std::string_view s = p.norm.text;
  for (std::size_t k = 1; k < flat.size(); ++k) {
    const Span to = flat[k].m->span;
    const Span sentence = sentence_at(p, to.begin);
    if (!reported_to(s, to, sentence.end)) continue;
    const std::size_t target = group_of[flat[k].body];
    // The reporter: the nearest earlier mention in the sentence of another body (a few steps back at most).
    std::optional<std::size_t> reporter;
    for (std::size_t j = k, steps = 0; j-- > 0 && steps < 8; ++steps) {
      const Span at = flat[j].m->span;
      if (at.begin < sentence.begin) break;
      if (at.end <= to.begin && group_of[flat[j].body] != target) {
        reporter = j;
        break;
      }
    }
    if (!reporter) continue;
    for (std::size_t i = *reporter;; --i) {
      const std::size_t from = group_of[flat[i].body];
      if (from != target) org.bodies[from].reports.push_back({{p.index, to}, target});
      if (i == 0 || !joined_by_list_word(s, flat[i - 1].m->span, flat[i].m->span)) break;
    }
  }
}

void Builder::read_passage(std::size_t idx, std::vector<Flat>& flat) {
  std::sort(flat.begin(), flat.end(), [](const Flat& a, const Flat& b) { return a.m->span.begin < b.m->span.begin; });
  const Passage& p = passages.items[idx];
  const std::string_view s = p.norm.text;
  std::vector<bool> sets_up(flat.size()), task(flat.size());
  for (std::size_t k = 0; k < flat.size(); ++k) {
    sets_up[k] = flat[k].m->defining;
    task[k] = flat[k].m->task;
  }
  spread_along_lists(p, flat, sets_up, task);
  const bool member_list = in_member_list(p);
  const Phase phase = section_phase.of(p);
  SubBodyTracker sub_bodies(s);
  Span duty_sentence{1, 0};  // the last sentence looked at for duty words, and what it said
  bool duty_sentence_has = false;
  for (std::size_t k = 0; k < flat.size(); ++k) {
    const BodyMention& m = *flat[k].m;
    const std::size_t g = group_of[flat[k].body];
    OrgBody& body = org.bodies[g];
    const OrgPlace at{idx, m.span};
    const Span sentence = sentence_at(p, m.span.begin);
    body.mentions.push_back(at);
    const bool members = member_list && !m.in_organisation;
    // A body a report goes to is used, not defined, also in the organisation chapter ("各租户单位…报局应急办备案").
    const bool recipient = (m.in_organisation || members) && acted_on(s, sentence, m.span);
    if (m.office) body.definitions.push_back({at, DefinedBy::Office});
    else if (sets_up[k]) body.definitions.push_back({at, DefinedBy::SetUp});
    else if (m.in_organisation && !recipient) body.definitions.push_back({at, DefinedBy::Chapter});
    else if (members && !recipient) body.definitions.push_back({at, DefinedBy::Members});
    if (task[k] && !m.in_organisation && !members) body.tasks.push_back({at, phase});
    if ((m.in_organisation || sets_up[k] || m.office) && !recipient && p.where != Where::Heading) {
      if (sentence.begin != duty_sentence.begin || sentence.end != duty_sentence.end) {
        duty_sentence = sentence;
        duty_sentence_has = has_duty_word(s.substr(sentence.begin, sentence.end - sentence.begin));
      }
      if (duty_sentence_has) body.duties.push_back({idx, sentence});
    }
    const std::optional<std::size_t> up = sub_bodies.parent_of(flat, k, g, group_of, sentence.begin);
    if (!parent[g] && up) parent[g] = up;
    // 领导小组组长由局长担任; 成立领导小组，组长由局长担任，副组长由…: the heads a defining sentence names
    // after the body, before any other body.
    if (m.in_organisation || sets_up[k]) {
      const std::size_t stop = k + 1 < flat.size() ? std::min<std::size_t>(flat[k + 1].m->span.begin, sentence.end) : sentence.end;
      positions.each_from(idx, m.span.end, [&](const PositionMention& pm) {
        if (pm.span.begin >= stop) return false;
        const std::string holder = holder_after(s, pm.span.end, sentence.end);
        if (pm.span.begin == m.span.end || (is_head_position(pm.name) && !holder.empty())) body.heads.push_back({pm.name, holder});
        return true;
      });
    }
  }
}

// A heading that names one body: the blocks of its section (up to the next heading of any level) state that
// body's duties and head. Each passage belongs to one section, so no passage is read twice.
void Builder::read_heading(const Passage& heading, std::size_t group) {
  OrgBody& body = org.bodies[group];
  for (std::size_t k = heading.index + 1; k < passages.items.size() && passages.items[k].section == heading.section; ++k) {
    checkpoint();
    const Passage& q = passages.items[k];
    for (const Span& sentence : q.sentences) {
      if (has_duty_word(q.norm.text.substr(sentence.begin, sentence.end - sentence.begin))) body.duties.push_back({k, sentence});
    }
    positions.each_from(k, 0, [&](const PositionMention& pm) {
      if (pm.span.begin != 0) return false;
      body.heads.push_back({pm.name, holder_after(q.norm.text, pm.span.end, sentence_at(q, 0).end)});
      return true;
    });
  }
}

}  // namespace

bool acted_on(std::string_view s, Span sentence, Span span) {
  return reported_to(s, span, sentence.end) || object_of_another(s, span, sentence.begin);
}

Organisation build_organisation(const Passages& passages, const BodyFacts& facts) {
  Organisation org;
  const std::vector<std::vector<std::size_t>> groups = org_detail::group_bodies(facts);
  std::vector<std::size_t> group_of(facts.bodies.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (std::size_t i : groups[g]) group_of[i] = g;
  }
  org.bodies.resize(groups.size());
  Builder builder{passages, facts, group_of, PositionIndex(facts.positions), org, std::vector<std::optional<std::size_t>>(groups.size()), {}};

  // Every mention, passage by passage, so that lists of names can share what their sentence says.
  std::map<std::size_t, std::vector<Flat>> by_passage;
  for (std::size_t i = 0; i < facts.bodies.size(); ++i) {
    for (const BodyMention& m : facts.bodies[i].mentions) by_passage[m.passage].push_back({i, &m});
  }
  for (auto& [idx, flat] : by_passage) {
    checkpoint();
    builder.read_passage(idx, flat);
    builder.read_reports(passages.items[idx], flat);
  }
  for (const auto& [idx, flat] : by_passage) {
    const Passage& p = passages.items[idx];
    if (p.where != Where::Heading || flat.size() != 1 || !flat.front().m->in_organisation) continue;
    builder.read_heading(p, group_of[flat.front().body]);
  }
  org_detail::name_bodies(facts, groups, org);
  org_detail::link_parents(builder.parent, org);
  return org;
}

}  // namespace plancheck::facts
