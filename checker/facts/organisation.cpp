#include "facts/organisation.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "core/budget.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

bool starts_with(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

// How the plan writes its own organisation before a body's name. One-character place words (市, 区 …) only
// when the rest is still a name of three characters or more.
const std::vector<std::string_view>& org_prefixes() {
  static const std::vector<std::string_view> words = {
      "本单位", "本部门", "本公司", "本集团", "本中心", "本局", "本院", "本行", "本校", "本委", "本办", "本部",
      "我单位", "我公司", "我局", "我院", "我行", "我校", "我委", "集团公司", "集团", "公司", "全局", "全院",
      "全行", "全校", "市委", "区委", "县委", "省委", "市", "区", "县", "省"};
  return words;
}

// Words that say nothing about which body a name means, wherever they stand (网络安全应急领导小组 and 领导小组
// are one body, so are 开发区网络安全和信息化工作领导小组 and 开发区网络安全工作领导小组).
const std::vector<std::string_view>& generic_words() {
  static const std::vector<std::string_view> words = {
      "网络与信息安全", "网络和信息安全", "网络信息安全", "网络安全和信息化", "网络安全", "信息安全", "和信息化",
      "信息化", "突发事件", "网络", "应急", "事件", "工作"};
  return words;
}

std::size_t chars(std::string_view s) { return text::code_point_count(s); }

std::vector<std::string> lookup_keys(std::string_view name) {
  std::vector<std::string> keys{std::string(name)};
  const std::string bare = without_org_prefix(name);
  if (!bare.empty()) keys.push_back(bare);
  keys.push_back(name_core(bare.empty() ? name : std::string_view(bare)));
  return keys;
}

struct UnionFind {
  std::vector<std::size_t> up;
  explicit UnionFind(std::size_t n) : up(n) { std::iota(up.begin(), up.end(), 0); }
  std::size_t root(std::size_t i) {
    while (up[i] != i) i = up[i] = up[up[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b) {
    a = root(a);
    b = root(b);
    if (a != b) up[std::max(a, b)] = std::min(a, b);  // the earlier body stays the root
  }
};

bool is_defining(const BodyMention& m) { return m.in_organisation || m.defining || m.office; }

// Groups of BodyFacts bodies that are one body: same name, alias, name without prefix or generic words; then
// a bare kind word (办公室, 领导小组) joins the first defined body whose name ends in it.
std::vector<std::vector<std::size_t>> group_bodies(const BodyFacts& facts) {
  const std::size_t n = facts.bodies.size();
  UnionFind uf(n);
  std::map<std::string, std::size_t> owner;
  for (std::size_t i = 0; i < n; ++i) {
    checkpoint();
    const Body& b = facts.bodies[i];
    std::vector<std::string> keys = lookup_keys(b.name);
    for (const std::string& a : b.aliases) {
      for (std::string& k : lookup_keys(a)) keys.push_back(std::move(k));
    }
    for (const std::string& k : keys) {
      auto [it, fresh] = owner.emplace(k, i);
      if (!fresh) uf.join(it->second, i);
    }
  }
  std::map<std::string, std::size_t> by_tail;  // kind word → first (defined, if any) body ending in it
  for (std::size_t i = 0; i < n; ++i) {
    const Body& b = facts.bodies[i];
    if (b.tail.empty()) continue;
    const bool defined = std::any_of(b.mentions.begin(), b.mentions.end(), is_defining);
    auto it = by_tail.find(b.tail);
    if (it == by_tail.end()) {
      by_tail.emplace(b.tail, i);
    } else if (defined && !std::any_of(facts.bodies[it->second].mentions.begin(),
                                       facts.bodies[it->second].mentions.end(), is_defining)) {
      it->second = i;
    }
  }
  // 领导小组, 应急领导小组: a name that is its kind word and generic words only.
  for (std::size_t i = 0; i < n; ++i) {
    auto it = by_tail.find(name_core(facts.bodies[i].name));
    if (it != by_tail.end() && it->second != i) uf.join(it->second, i);
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < n; ++i) groups[uf.root(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& g : groups) out.push_back(std::move(g.second));
  return out;  // roots are each group's first body: first-mention order
}

Phase phase_of(std::string_view path) {
  struct Word {
    std::string_view text;
    Phase phase;
  };
  static const Word words[] = {
      {"演练", Phase::Drills},        {"培训", Phase::Drills},          {"宣传", Phase::Drills},
      {"预防", Phase::Drills},        {"日常管理", Phase::Drills},      {"保障", Phase::Safeguards},
      {"调查", Phase::Investigation}, {"总结", Phase::Investigation},   {"评估", Phase::Investigation},
      {"后期", Phase::Recovery},      {"恢复", Phase::Recovery},        {"善后", Phase::Recovery},
      {"报告", Phase::Reporting},     {"上报", Phase::Reporting},       {"报送", Phase::Reporting},
      {"预警", Phase::Warning},       {"监测", Phase::Monitoring},      {"响应", Phase::Response},
      {"处置", Phase::Response},      {"应对", Phase::Response},
  };
  // The innermost heading says most: look at the path's last part first.
  std::size_t cut = path.size();
  while (true) {
    const std::size_t sep = path.rfind("›", cut == 0 ? 0 : cut - 1);
    const std::string_view part = path.substr(sep == std::string_view::npos ? 0 : sep, cut - (sep == std::string_view::npos ? 0 : sep));
    for (const Word& w : words) {
      if (text::contains_text(part, w.text)) return w.phase;
    }
    if (sep == std::string_view::npos || sep == 0) return Phase::Other;
    cut = sep;
  }
}

bool in_member_list(const Passage& p) {
  for (std::string_view w : {"附件", "附录", "附表", "成员", "名单", "组成", "通讯录", "联系方式"}) {
    if (text::contains_text(p.section_path, w)) return true;
  }
  return false;
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

std::string holder_after(std::string_view s, std::size_t from, std::size_t sentence_end) {
  std::size_t b = from;
  std::size_t e = std::string_view::npos;
  if (starts_with(s.substr(b), "由")) {
    b += std::string_view("由").size();
    e = text::find_text(s.substr(0, sentence_end), "担任", b);
  } else if (starts_with(s.substr(b), ":") || starts_with(s.substr(b), "：")) {
    b += s[b] == ':' ? 1 : std::string_view("：").size();
    e = b;
    while (e < sentence_end) {
      std::size_t next = e;
      const char32_t cp = text::next_code_point(s, next);
      if (cp == U'，' || cp == U',' || cp == U'。' || cp == U'；' || cp == U';' || cp == U'\n') break;
      e = next;
    }
  }
  if (e == std::string_view::npos || e <= b || chars(s.substr(b, e - b)) > 24) return {};
  std::string out(s.substr(b, e - b));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string_view to_string(Phase p) {
  switch (p) {
    case Phase::Monitoring: return "monitoring";
    case Phase::Warning: return "warning";
    case Phase::Reporting: return "reporting";
    case Phase::Response: return "response";
    case Phase::Recovery: return "recovery";
    case Phase::Investigation: return "investigation";
    case Phase::Drills: return "drills";
    case Phase::Safeguards: return "safeguards";
    case Phase::Other: return "other";
  }
  return "other";
}

std::string_view to_string(DefinedBy d) {
  switch (d) {
    case DefinedBy::Chapter: return "organisation-chapter";
    case DefinedBy::SetUp: return "set-up";
    case DefinedBy::Members: return "member-list";
    case DefinedBy::Office: return "office-clause";
  }
  return "organisation-chapter";
}

std::string without_org_prefix(std::string_view name) {
  for (std::string_view w : org_prefixes()) {
    if (!starts_with(name, w)) continue;
    const std::string_view rest = name.substr(w.size());
    if (chars(rest) >= (chars(w) == 1 ? 3u : 2u)) return std::string(rest);
  }
  return {};
}

std::string name_core(std::string_view name) {
  std::string rest(name);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view w : generic_words()) {
      const std::size_t at = rest.find(w);
      if (at == std::string::npos || chars(rest) - chars(w) < 2) continue;
      rest.erase(at, w.size());
      again = true;
      break;
    }
  }
  return rest;
}

std::optional<std::size_t> Organisation::resolve(std::string_view written) const {
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    const OrgBody& b = bodies[i];
    if (b.name == written || std::binary_search(b.aliases.begin(), b.aliases.end(), written)) return i;
  }
  const std::vector<std::string> keys = lookup_keys(written);
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    std::vector<std::string> names{bodies[i].name};
    names.insert(names.end(), bodies[i].aliases.begin(), bodies[i].aliases.end());
    for (const std::string& n : names) {
      const std::vector<std::string> theirs = lookup_keys(n);
      for (const std::string& k : keys) {
        if (std::find(theirs.begin(), theirs.end(), k) != theirs.end()) return i;
      }
    }
  }
  return std::nullopt;
}

Organisation build_organisation(const Passages& passages, const BodyFacts& facts) {
  Organisation org;
  const std::vector<std::vector<std::size_t>> groups = group_bodies(facts);
  std::vector<std::size_t> group_of(facts.bodies.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (std::size_t i : groups[g]) group_of[i] = g;
  }
  org.bodies.resize(groups.size());
  std::vector<std::optional<std::size_t>> parent(groups.size());  // from 下设

  // Every mention, passage by passage, so that lists of names can share what their sentence says.
  std::map<std::size_t, std::vector<Flat>> by_passage;
  for (std::size_t i = 0; i < facts.bodies.size(); ++i) {
    for (const BodyMention& m : facts.bodies[i].mentions) by_passage[m.passage].push_back({i, &m});
  }
  for (auto& [idx, flat] : by_passage) {
    checkpoint();
    std::sort(flat.begin(), flat.end(), [](const Flat& a, const Flat& b) { return a.m->span.begin < b.m->span.begin; });
    const Passage& p = passages.items[idx];
    const std::string_view s = p.norm.text;
    std::vector<bool> sets_up(flat.size()), task(flat.size());
    for (std::size_t k = 0; k < flat.size(); ++k) {
      sets_up[k] = flat[k].m->defining;
      task[k] = flat[k].m->task;
    }
    spread_along_lists(p, flat, sets_up, task);
    for (std::size_t k = 0; k < flat.size(); ++k) {
      const BodyMention& m = *flat[k].m;
      OrgBody& body = org.bodies[group_of[flat[k].body]];
      const OrgPlace at{idx, m.span};
      body.mentions.push_back(at);
      const bool members = in_member_list(p) && !m.in_organisation;
      if (m.office) body.definitions.push_back({at, DefinedBy::Office});
      else if (sets_up[k]) body.definitions.push_back({at, DefinedBy::SetUp});
      else if (m.in_organisation) body.definitions.push_back({at, DefinedBy::Chapter});
      else if (members) body.definitions.push_back({at, DefinedBy::Members});
      if (task[k] && !m.in_organisation && !members) body.tasks.push_back({at, phase_of(p.section_path)});
      if ((m.in_organisation || sets_up[k] || m.office) && p.where != Where::Heading) {
        const Span sentence = sentence_at(p, m.span.begin);
        if (has_duty_word(s.substr(sentence.begin, sentence.end - sentence.begin))) body.duties.push_back({idx, sentence});
      }
      // 下设X: the body named just before in the sentence is X's parent.
      const std::size_t sub = text::find_text(s.substr(0, m.span.begin), "下设", sentence_at(p, m.span.begin).begin);
      if (!parent[group_of[flat[k].body]] && sub != std::string_view::npos) {
        for (std::size_t j = k; j-- > 0;) {
          if (flat[j].m->span.end <= sub && group_of[flat[j].body] != group_of[flat[k].body]) {
            parent[group_of[flat[k].body]] = group_of[flat[j].body];
            break;
          }
        }
      }
      // 领导小组组长由局长担任; 成立领导小组，组长由局长担任，副组长由…: the heads a defining sentence names
      // after the body, before any other body.
      if (m.in_organisation || sets_up[k]) {
        const Span sentence = sentence_at(p, m.span.begin);
        const std::size_t stop = k + 1 < flat.size() ? std::min<std::size_t>(flat[k + 1].m->span.begin, sentence.end) : sentence.end;
        for (const PositionMention& pm : facts.positions) {
          if (pm.passage != idx || pm.span.begin < m.span.end || pm.span.begin >= stop) continue;
          const std::string holder = holder_after(s, pm.span.end, sentence.end);
          if (pm.span.begin == m.span.end || (is_head_position(pm.name) && !holder.empty())) body.heads.push_back({pm.name, holder});
        }
      }
    }
  }

  // A heading that names one body: the blocks of its section state that body's duties and head.
  for (const Passage& p : passages.items) {
    if (p.where != Where::Heading) continue;
    const auto flat = by_passage.find(p.index);
    if (flat == by_passage.end() || flat->second.size() != 1 || !flat->second.front().m->in_organisation) continue;
    OrgBody& body = org.bodies[group_of[flat->second.front().body]];
    for (std::size_t k = p.index + 1; k < passages.items.size() && passages.items[k].section == p.section; ++k) {
      const Passage& q = passages.items[k];
      for (const Span& sentence : q.sentences) {
        if (has_duty_word(q.norm.text.substr(sentence.begin, sentence.end - sentence.begin))) body.duties.push_back({k, sentence});
      }
      for (const PositionMention& pm : facts.positions) {
        if (pm.passage == k && pm.span.begin == 0) {
          body.heads.push_back({pm.name, holder_after(q.norm.text, pm.span.end, sentence_at(q, 0).end)});
        }
      }
    }
  }

  for (std::size_t g = 0; g < groups.size(); ++g) {
    OrgBody& body = org.bodies[g];
    // The canonical name: the longest name a defining mention uses, else the first name written.
    std::string best = facts.bodies[groups[g].front()].name;
    bool best_defined = false;
    std::set<std::string> names;
    for (std::size_t i : groups[g]) {
      const Body& b = facts.bodies[i];
      names.insert(b.name);
      names.insert(b.aliases.begin(), b.aliases.end());
      const bool defined = std::any_of(b.mentions.begin(), b.mentions.end(), is_defining);
      if ((defined && !best_defined) || (defined == best_defined && chars(b.name) > chars(best))) {
        best = b.name;
        best_defined = defined;
      }
    }
    body.name = best;
    names.erase(best);
    body.aliases.assign(names.begin(), names.end());
    auto canonical = std::find_if(groups[g].begin(), groups[g].end(), [&](std::size_t i) { return facts.bodies[i].name == best; });
    body.category = facts.bodies[canonical == groups[g].end() ? groups[g].front() : *canonical].category;
    auto by_place = [](const OrgPlace& a, const OrgPlace& b) {
      return a.passage != b.passage ? a.passage < b.passage : a.span.begin < b.span.begin;
    };
    std::sort(body.mentions.begin(), body.mentions.end(), by_place);
    std::sort(body.definitions.begin(), body.definitions.end(),
              [&](const OrgDefinition& a, const OrgDefinition& b) { return by_place(a.at, b.at); });
    std::sort(body.tasks.begin(), body.tasks.end(), [&](const OrgTask& a, const OrgTask& b) { return by_place(a.at, b.at); });
    std::sort(body.duties.begin(), body.duties.end(), by_place);
    body.duties.erase(std::unique(body.duties.begin(), body.duties.end(),
                                  [](const OrgPlace& a, const OrgPlace& b) {
                                    return a.passage == b.passage && a.span.begin == b.span.begin;
                                  }),
                      body.duties.end());
  }
  // Parents: 下设 gave an index; otherwise a name that opens with another body's name (领导小组办公室).
  for (std::size_t g = 0; g < org.bodies.size(); ++g) {
    checkpoint();
    OrgBody& body = org.bodies[g];
    if (parent[g]) {
      body.parent = org.bodies[*parent[g]].name;
      continue;
    }
    std::size_t longest = 0;
    for (const OrgBody& other : org.bodies) {
      if (&other == &body) continue;
      std::vector<std::string> names{other.name};
      names.insert(names.end(), other.aliases.begin(), other.aliases.end());
      for (const std::string& n : names) {
        if (n.size() > longest && n.size() < body.name.size() && starts_with(body.name, n)) {
          longest = n.size();
          body.parent = other.name;
        }
      }
    }
  }
  return org;
}

}  // namespace plancheck::facts
