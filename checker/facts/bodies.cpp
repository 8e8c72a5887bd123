#include "facts/bodies.hpp"

#include <algorithm>
#include <numeric>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/budget.hpp"

#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

struct Suffix {
  std::string_view text;
  BodyCategory category;
  bool generic = false;     // 组, 团队, 队伍: a name needs two characters before it, and 组 must end a word
  bool set_up_only = false; // 中心: a body only where a sentence sets it up (设立安全运营中心), else a place
};

// Longest first, so that 工作小组 wins over 小组-like overlaps at the same end.
const std::vector<Suffix>& suffixes() {
  static const std::vector<Suffix> table = {
      {"应急响应中心", BodyCategory::Office},     {"技术支撑队伍", BodyCategory::TechTeam},
      {"领导小组", BodyCategory::Leading},
      {"领导机构", BodyCategory::Leading},       {"工作小组", BodyCategory::Team},
      {"应急小组", BodyCategory::Team},          {"支撑队伍", BodyCategory::TechTeam},
      {"应急队伍", BodyCategory::TechTeam},      {"指挥中心", BodyCategory::Command},
      {"领导组", BodyCategory::Leading},         {"委员会", BodyCategory::Leading},
      {"指挥部", BodyCategory::Command},         {"办公室", BodyCategory::Office},
      {"应急办", BodyCategory::Office},          {"工作组", BodyCategory::Team},
      {"处置组", BodyCategory::Team},            {"专家组", BodyCategory::Experts},
      {"团队", BodyCategory::Group, true},       {"队伍", BodyCategory::Group, true},
      {"组", BodyCategory::Group, true},         {"中心", BodyCategory::Office, true, true},
  };
  return table;
}

// Words that end the text before a body's name: a name never runs across them (由|应急工作小组).
const std::vector<std::string_view>& stop_words() {
  static const std::vector<std::string_view> words = {
      "加强", "成立", "设立", "组建", "建立", "下设", "负责", "组织", "协调", "联系", "通知", "配合", "参加",
      "根据", "通过", "指导", "会同", "通报", "由", "在", "报", "向", "将", "经", "请", "对", "为", "是",
      "的", "于", "被", "从", "给", "同", "至", "到", "即", "后", "时", "按", "与", "及", "或", "并", "把",
      "各", "和", "设", "有", "启动", "要求", "督促", "安排", "指定", "交由", "召集", "包括", "其中", "分为",
      "担任", "立即", "迅速", "以及", "报告", "上报", "报送"};
  return words;
}

const std::vector<std::string_view>& task_verbs() {
  static const std::vector<std::string_view> verbs = {"负责", "组织", "决定", "牵头", "统筹", "实施", "开展",
                                                      "承担", "指导", "统一调用", "统一指挥", "要", "须", "立即",
                                                      "迅速", "及时", "第一时间", "研判", "做好", "完成", "协助",
                                                      "配合", "应当", "应"};
  return verbs;
}

const std::vector<std::string_view>& position_names() {
  static const std::vector<std::string_view> names = {"副总指挥", "总指挥", "指挥长", "副组长", "组长",
                                                      "牵头人",   "负责人", "副主任", "主任",   "联络员",
                                                      "联络人",   "联系人"};
  return names;
}

bool starts_with(std::string_view s, std::size_t pos, std::string_view w) { return s.compare(pos, w.size(), w) == 0; }

bool ends_with_at(std::string_view s, std::size_t end, std::string_view w) {
  return end >= w.size() && s.compare(end - w.size(), w.size(), w) == 0;
}

// The start of the code point before `pos`; 0 when `pos` is 0 (nothing comes before).
std::size_t previous_code_point(std::string_view s, std::size_t pos) {
  if (pos == 0) return 0;
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80);
  return pos;
}

// A stop word that is part of a longer word here is no cut: 网络安全和信息化, 有限公司, 后勤保障组, 对外联络组,
// 设备保障组, 临时工作组, 舆情应对组.
bool inside_word(std::string_view s, std::size_t begin, std::size_t end) {
  static const std::vector<std::string_view> opening = {
      "和信息化", "有限", "后勤", "后台", "对外", "对口", "设备", "设施", "经营", "经济", "同城", "同步", "在线",
      "即时", "及时", "按需", "把关", "并发", "报道", "到场", "从业", "时效", "给水"};
  static const std::vector<std::string_view> closing = {"应对", "针对", "核对", "实时", "及时", "临时", "定时",
                                                        "适时", "汇报", "情报", "快报", "日报", "周报", "预报"};
  for (std::string_view w : opening) {
    if (starts_with(s, begin, w)) return true;
  }
  for (std::string_view w : closing) {
    if (ends_with_at(s, end, w) && end - w.size() < begin) return true;
  }
  return false;
}

struct NameStart {
  std::size_t begin = 0;
  bool after_you = false;  // the cut word was 由 (由X负责…)
};

// Walks left from the suffix over Han characters (at most 16) and cuts after the rightmost stop word.
NameStart name_start(std::string_view s, std::size_t suffix_begin) {
  std::size_t pos = suffix_begin;
  for (int n = 0; n < 16 && pos > 0; ++n) {
    const std::size_t prev = previous_code_point(s, pos);
    std::size_t p = prev;
    if (!text::is_cjk(text::next_code_point(s, p))) break;
    pos = prev;
  }
  NameStart out{pos, false};
  for (std::size_t at = suffix_begin; at > pos;) {
    const std::size_t prev = previous_code_point(s, at);
    for (std::string_view w : stop_words()) {
      if (!ends_with_at(s, at, w) || at - w.size() < pos) continue;
      if (inside_word(s, at - w.size(), at)) continue;
      return {at, w == "由"};
    }
    at = prev;
  }
  return out;
}

std::optional<std::string> alias_after(std::string_view s, std::size_t end) {
  for (std::string_view open : {"(以下简称", "（以下简称"}) {
    if (!starts_with(s, end, open)) continue;
    std::size_t b = end + open.size();
    for (std::string_view q : {"“", "\"", "「"}) {
      if (starts_with(s, b, q)) b += q.size();
    }
    std::size_t e = b;
    while (e < s.size()) {
      std::size_t p = e;
      const char32_t cp = text::next_code_point(s, p);
      if (cp == U'”' || cp == U'"' || cp == U'」' || cp == U')' || cp == U'）') break;
      e = p;
    }
    if (e > b) return std::string(s.substr(b, e - b));
  }
  return std::nullopt;
}

struct RawMention {
  Span span;
  BodyCategory category;
  bool after_you = false;
  std::string tail;  // the kind word, when the name is longer than it
};

// 组 ends a name only where it ends a word (not 组织, 组长, 组建 …) and is no word of its own (重组, 机组 …).
bool sets_up_before(std::string_view s, std::size_t begin) {
  for (std::string_view w : {"成立", "设立", "组建", "建立", "下设"}) {
    if (ends_with_at(s, begin, w)) return true;
  }
  return false;
}

bool generic_word_end(std::string_view s, const Span& suffix) {
  if (s.compare(suffix.begin, suffix.end - suffix.begin, "组") != 0) return true;
  std::size_t after = suffix.end;
  const char32_t next = after < s.size() ? text::next_code_point(s, after) : 0;
  for (char32_t cp : std::u32string_view(U"织长成建员别合件团装网态内")) {
    if (next == cp) return false;
  }
  std::size_t before = previous_code_point(s, suffix.begin);
  const char32_t prev = suffix.begin > 0 ? text::next_code_point(s, before) : 0;  // 组 opening the text
  for (char32_t cp : std::u32string_view(U"重改编分机词每本各该此")) {
    if (prev == cp) return false;
  }
  return true;
}

std::vector<RawMention> scan_bodies(const Passage& p) {
  static const std::vector<CharPairKeys> suffix_keys = [] {
    std::vector<CharPairKeys> keys;
    for (const Suffix& suf : suffixes()) keys.push_back(CharPairKeys::of(suf.text));
    return keys;
  }();
  const std::string_view s = p.norm.text;
  struct Hit {
    Span span;
    const Suffix* suffix;
  };
  std::vector<Hit> hits;
  for (std::size_t k = 0; k < suffixes().size(); ++k) {
    const Suffix& suf = suffixes()[k];
    if (!p.filter.may_contain(suffix_keys[k])) continue;
    for (std::size_t at = text::find_text(s, suf.text); at != std::string_view::npos;
         at = text::find_text(s, suf.text, at + 1)) {
      hits.push_back({{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + suf.text.size())}, &suf});
    }
  }
  // 组织, 组长, 重组 …: a 组 that is no name's end is no hit at all (nor does it continue 领导小组|组织).
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const Hit& h) { return h.suffix->generic && !generic_word_end(s, h.span); }),
             hits.end());
  // The hits by start: a hit is compared only with those starting within one suffix's length of its end.
  static const std::size_t longest_suffix = [] {
    std::size_t n = 0;
    for (const Suffix& suf : suffixes()) n = std::max(n, suf.text.size());
    return n;
  }();
  std::vector<std::size_t> by_begin(hits.size());
  std::iota(by_begin.begin(), by_begin.end(), 0);
  std::sort(by_begin.begin(), by_begin.end(), [&](std::size_t a, std::size_t b) {
    return hits[a].span.begin != hits[b].span.begin ? hits[a].span.begin < hits[b].span.begin : a < b;
  });
  std::vector<RawMention> out;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Span& span = hits[i].span;
    const Hit& hit = hits[i];
    // 领导组|办公室, 应急办|公室: a suffix that another suffix continues is part of the longer name; of two
    // suffixes ending together (技术支撑队伍, 队伍) the longer one names the kind.
    const std::size_t from = span.end >= longest_suffix ? span.end - longest_suffix : 0;
    auto first = std::lower_bound(by_begin.begin(), by_begin.end(), from,
                                  [&](std::size_t h, std::size_t at) { return hits[h].span.begin < at; });
    bool continued = false;
    for (auto it = first; it != by_begin.end() && hits[*it].span.begin <= span.end && !continued; ++it) {
      const Span& o = hits[*it].span;
      continued = (o.end > span.end && o.begin <= span.end && o.begin >= span.begin) ||
                  (o.end == span.end && (o.begin < span.begin || (o.begin == span.begin && *it < i)));
    }
    if (continued) continue;
    const NameStart start = name_start(s, span.begin);
    const std::string_view name = s.substr(start.begin, span.end - start.begin);
    if (hit.suffix->generic && text::code_point_count(name) < text::code_point_count(hit.suffix->text) + 2) continue;
    const bool set_up = sets_up_before(s, start.begin);
    if (hit.suffix->set_up_only && !set_up) continue;
    RawMention m{{static_cast<std::uint32_t>(start.begin), span.end}, hit.suffix->category, start.after_you, {}};
    // A group set up for emergency work (组建网络安全应急响应团队) is a working team, whatever its name.
    if (m.category == BodyCategory::Group && set_up) {
      for (std::string_view w : {"应急", "响应", "处置", "安全"}) {
        if (text::contains_text(name, w)) m.category = BodyCategory::Team;
      }
    }
    if (!hit.suffix->generic && start.begin < span.begin) m.tail = std::string(hit.suffix->text);
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const RawMention& a, const RawMention& b) { return a.span.begin < b.span.begin; });
  return out;
}


bool task_after(std::string_view s, std::size_t end) {
  return std::any_of(task_verbs().begin(), task_verbs().end(), [&](std::string_view v) {
    // 应急, 应对 after a name are no "shall".
    return starts_with(s, end, v) && !(v == "应" && (starts_with(s, end, "应急") || starts_with(s, end, "应对")));
  });
}

// The bodies found so far, looked up by name or alias through a hash table (comparing each mention with every
// body found before it was quadratic in the plan).
class BodyTable {
 public:
  explicit BodyTable(BodyFacts& facts) : facts(facts) {}

  // The first body (in order of first mention) named or aliased `name`, else a new body of that name.
  Body& named(const std::string& name, BodyCategory cat) {
    const auto it = holders_.find(name);
    if (it != holders_.end()) return facts.bodies[*std::min_element(it->second.begin(), it->second.end())];
    holders_[name].push_back(facts.bodies.size());
    facts.bodies.push_back(Body{name, {}, cat, {}, {}});
    return facts.bodies.back();
  }

  void add_alias(Body& body, std::string alias) {
    const std::size_t i = static_cast<std::size_t>(&body - facts.bodies.data());
    std::vector<std::size_t>& holders = holders_[alias];
    if (std::find(holders.begin(), holders.end(), i) != holders.end()) return;  // its name, or an alias it has
    holders.push_back(i);
    body.aliases.push_back(std::move(alias));
  }

  BodyFacts& facts;

 private:
  std::unordered_map<std::string, std::vector<std::size_t>> holders_;  // name or alias → the bodies carrying it
};

// A department named in an office clause, from `from` up to the first character that is not Han (or up to
// 承担, 负责): 设在|信息中心，负责…; at most 16 characters, at least 2.
std::optional<Span> department_at(std::string_view s, std::size_t from, std::size_t limit) {
  std::size_t end = from;
  int n = 0;
  while (end < limit && n < 16 && !starts_with(s, end, "承担") && !starts_with(s, end, "负责")) {
    std::size_t next = end;
    if (!text::is_cjk(text::next_code_point(s, next))) break;
    end = next;
    ++n;
  }
  if (n < 2 || n >= 16) return std::nullopt;
  return Span{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(end)};
}

// "日常工作由X承担", "由X承担领导小组日常工作": X is the office of the body; "（办公室）设在X": X hosts it.
struct OfficeClause {
  Span department;
  bool host = false;  // 设在X: X is another name of the office just named
};

std::vector<OfficeClause> office_clauses(const Passage& p) {
  const std::string_view s = p.norm.text;
  std::vector<OfficeClause> out;
  if (!text::contains_text(s, "日常") && !text::contains_text(s, "设在")) return out;
  for (const Span& sentence : p.sentences) {
    const std::string_view in = s.substr(0, sentence.end);
    for (std::size_t at = text::find_text(in, "设在", sentence.begin); at != std::string_view::npos;
         at = text::find_text(in, "设在", at + 1)) {
      if (auto d = department_at(s, at + std::string_view("设在").size(), sentence.end)) out.push_back({*d, true});
    }
    std::size_t daily = text::find_text(in, "日常工作", sentence.begin);
    if (daily == std::string_view::npos) daily = text::find_text(in, "日常事务", sentence.begin);
    if (daily == std::string_view::npos) continue;
    for (std::size_t at = text::find_text(in, "由", sentence.begin); at != std::string_view::npos;
         at = text::find_text(in, "由", at + 1)) {
      const auto d = department_at(s, at + std::string_view("由").size(), sentence.end);
      if (!d || !(starts_with(s, d->end, "承担") || starts_with(s, d->end, "负责"))) continue;
      // The daily work comes before 由 (日常工作由X承担) or right after the verb (由X承担领导小组日常工作).
      if (daily < at || daily > d->end) out.push_back({*d, false});
    }
  }
  return out;
}

// 指挥部下设办公室、技术组: the plan may later write 指挥部办公室 for that 办公室, so each body set up with 下设
// (and each listed with it) takes its owner's names before its own as aliases.
void add_sub_body_aliases(std::string_view s, const std::vector<std::pair<std::size_t, Span>>& named, BodyTable& table) {
  BodyFacts& facts = table.facts;
  for (std::size_t k = 1; k < named.size(); ++k) {
    if (!ends_with_at(s, named[k].second.begin, "下设")) continue;
    const std::size_t sub = named[k].second.begin - std::string_view("下设").size();
    const auto owner = std::find_if(named.rbegin() + static_cast<std::ptrdiff_t>(named.size() - k), named.rend(),
                                    [&](const auto& n) { return n.second.end <= sub; });
    if (owner == named.rend() || owner->first == named[k].first) continue;
    const Body& o = facts.bodies[owner->first];
    std::vector<std::string> prefixes{std::string(s.substr(owner->second.begin, owner->second.end - owner->second.begin))};
    if (!o.tail.empty()) prefixes.push_back(o.tail);
    prefixes.push_back(o.name);
    prefixes.insert(prefixes.end(), o.aliases.begin(), o.aliases.end());
    for (std::size_t j = k; j < named.size(); ++j) {
      if (j > k && !joined_by_list_word(s, named[j - 1].second, named[j].second)) break;
      Body& b = facts.bodies[named[j].first];
      const std::string own = b.name;
      for (const std::string& pre : prefixes) table.add_alias(b, pre + own);
    }
  }
}

// The last of `named` (in its order) that ends at or before an offset: each query a binary search.
class LastEndingBefore {
 public:
  explicit LastEndingBefore(const std::vector<std::pair<std::size_t, Span>>& named) {
    for (std::size_t i = 0; i < named.size(); ++i) ends_.push_back({named[i].second.end, i});
    std::sort(ends_.begin(), ends_.end());
    for (std::size_t i = 1; i < ends_.size(); ++i) ends_[i].second = std::max(ends_[i].second, ends_[i - 1].second);
  }
  std::optional<std::size_t> at(std::size_t offset) const {
    auto it = std::upper_bound(ends_.begin(), ends_.end(), offset,
                               [](std::size_t off, const std::pair<std::size_t, std::size_t>& e) { return off < e.first; });
    if (it == ends_.begin()) return std::nullopt;
    return std::prev(it)->second;
  }

 private:
  std::vector<std::pair<std::size_t, std::size_t>> ends_;  // (end, the greatest index ending there or before)
};

void scan_passage(const Passage& p, bool in_org, BodyTable& table) {
  BodyFacts& facts = table.facts;
  const std::string_view s = p.norm.text;
  const std::vector<RawMention> raw = scan_bodies(p);
  std::vector<std::pair<std::size_t, Span>> named;  // (body index, span) of this passage's mentions
  for (const RawMention& m : raw) {
    const std::string name(s.substr(m.span.begin, m.span.end - m.span.begin));
    Body& body = table.named(name, m.category);
    if (body.tail.empty()) body.tail = m.tail;
    if (body.category == BodyCategory::Group) body.category = m.category;
    const auto alias = alias_after(s, m.span.end);
    if (alias) table.add_alias(body, *alias);
    BodyMention bm;
    bm.passage = p.index;
    bm.span = m.span;
    bm.in_organisation = in_org;
    bm.defining = p.where == Where::Heading || alias.has_value() || sets_up_before(s, m.span.begin);
    bm.task = p.where != Where::Heading && (m.after_you || task_after(s, m.span.end));
    body.mentions.push_back(bm);
    named.push_back({static_cast<std::size_t>(&body - facts.bodies.data()), m.span});
  }
  add_sub_body_aliases(s, named, table);
  const std::vector<OfficeClause> clauses = office_clauses(p);
  if (clauses.empty()) return;
  const LastEndingBefore last_before(named);
  for (const OfficeClause& c : clauses) {
    const std::string dept(s.substr(c.department.begin, c.department.end - c.department.begin));
    if (c.host) {
      // The office is the body named last before 设在 in the passage (下设办公室，设在信息中心).
      if (const auto owner = last_before.at(c.department.begin)) table.add_alias(facts.bodies[named[*owner].first], dept);
      continue;
    }
    Body& body = table.named(dept, BodyCategory::Office);
    // This passage's mentions are the last ones of the body (passages are read in order).
    auto same = body.mentions.end();
    for (auto it = body.mentions.rbegin(); it != body.mentions.rend() && it->passage == p.index; ++it) {
      if (it->span.begin == c.department.begin) {
        same = std::prev(it.base());
        break;
      }
    }
    if (same == body.mentions.end()) {
      BodyMention bm;
      bm.passage = p.index;
      bm.span = c.department;
      bm.in_organisation = in_org;
      body.mentions.push_back(bm);
      same = body.mentions.end() - 1;
    }
    same->defining = same->office = same->task = true;
  }
}

void scan_positions(const Passage& p, BodyFacts& facts) {
  const std::string_view s = p.norm.text;
  static const std::vector<char32_t> first_code_points = [] {
    std::vector<char32_t> out;
    for (std::string_view n : position_names()) {
      std::size_t at = 0;
      const char32_t cp = text::next_code_point(n, at);
      if (std::find(out.begin(), out.end(), cp) == out.end()) out.push_back(cp);
    }
    return out;
  }();
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t next = pos;
    const char32_t cp = text::next_code_point(s, next);
    if (std::find(first_code_points.begin(), first_code_points.end(), cp) == first_code_points.end()) {
      pos = next;  // no position name starts here
      continue;
    }
    bool hit = false;
    for (std::string_view n : position_names()) {
      if (!starts_with(s, pos, n)) continue;
      facts.positions.push_back({std::string(n), p.index,
                                 {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + n.size())}});
      pos += n.size();
      hit = true;
      break;
    }
    if (!hit) text::next_code_point(s, pos);
  }
}

}  // namespace

std::string_view to_string(BodyCategory c) {
  switch (c) {
    case BodyCategory::Leading: return "leading";
    case BodyCategory::Command: return "command";
    case BodyCategory::Office: return "office";
    case BodyCategory::Team: return "team";
    case BodyCategory::Experts: return "experts";
    case BodyCategory::TechTeam: return "tech-team";
    case BodyCategory::Group: return "group";
  }
  return "team";
}

bool joined_by_list_word(std::string_view s, Span a, Span b) {
  if (a.end > b.begin) return false;
  const std::string_view between = s.substr(a.end, b.begin - a.end);
  for (std::string_view w : {"、", "和", "及", "与", "以及", "、以及", ",", "", " "}) {
    if (between == w) return true;
  }
  return false;
}

bool is_organisation_heading(std::string_view t) {
  for (std::string_view w : {"组织", "机构", "职责", "指挥体系", "领导小组", "工作组"}) {
    if (text::contains_text(t, w)) return true;
  }
  return false;
}

BodyFacts extract_bodies(const Document& /*doc*/, const Passages& passages) {
  BodyFacts facts;
  BodyTable table(facts);
  std::unordered_set<std::string_view> org_paths;  // section paths of organisation sections
  for (const Passage& p : passages.items) {
    checkpoint();
    if (p.where == Where::Heading && is_organisation_heading(p.norm.text)) {
      org_paths.insert(p.section_path);
      facts.has_organisation_section = true;
    }
    const bool in_org = is_within_any(p.section_path, org_paths, false);
    scan_passage(p, in_org, table);
    scan_positions(p, facts);
  }
  return facts;
}

}  // namespace plancheck::facts
