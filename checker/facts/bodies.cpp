#include "facts/bodies.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/budget.hpp"
#include "facts/aliases.hpp"
#include "facts/bodies_detail.hpp"
#include "facts/scan.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

using namespace body_detail;

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

  // Whether some body carries `name` as its name or an alias.
  bool knows(const std::string& name) const { return holders_.count(name) > 0; }

  void add_alias(Body& body, std::string alias) {
    const std::size_t i = static_cast<std::size_t>(&body - facts.bodies.data());
    std::vector<std::size_t>& holders = holders_[alias];
    if (std::find(holders.begin(), holders.end(), i) != holders.end()) return;  // its name, or an alias it has
    holders.push_back(i);
    body.aliases.push_back(std::move(alias));
  }

  BodyFacts& facts;
  // Aliases the plan defines (X（以下简称“Y”）) that the scan by kind words cannot find ("集团网信办"), in order.
  std::vector<std::string> bare_aliases;

 private:
  std::unordered_map<std::string, std::vector<std::size_t>> holders_;  // name or alias → the bodies carrying it
};

constexpr std::size_t kMinAliasBytes = 6;  // two ideographs

// Adds to `raw` (kept in text order) where passage text `s` names one of the bare aliases: those the table
// knows and those this passage defines, after their definition. Not inside a name already found.
void add_alias_mentions(std::string_view s, const std::vector<std::string>& known, std::vector<RawMention>& raw) {
  // Most passages define no alias, and most plans no bare one: nothing is allocated for them.
  const bool defines = std::any_of(raw.begin(), raw.end(), [&](const RawMention& m) { return alias_start(s, m.span.end) != m.span.end; });
  if (known.empty() && !defines) return;
  std::vector<std::pair<std::string_view, std::size_t>> wanted;  // (alias, where the search starts)
  for (const std::string& a : known) wanted.push_back({a, 0});
  std::vector<std::size_t> defined_at;  // where each alias of this passage stands in its own definition
  for (std::size_t r = 0; defines && r < raw.size(); ++r) {
    const RawMention& m = raw[r];
    const std::size_t at = alias_start(s, m.span.end);
    if (at == m.span.end) continue;
    defined_at.push_back(at);
    const auto alias = alias_after(s, m.span.end);  // the text at `at`
    if (alias && alias->size() >= kMinAliasBytes && !found_by_kind_word(*alias)) wanted.push_back({s.substr(at, alias->size()), at});
  }
  // An alias defined again (or a bare one defined here too) is searched once, from where it was first wanted:
  // a paragraph defining the same alias again and again searched the rest of it once per definition.
  std::unordered_set<std::string_view> seen;
  wanted.erase(std::remove_if(wanted.begin(), wanted.end(), [&](const auto& w) { return !seen.insert(w.first).second; }),
               wanted.end());
  if (wanted.empty()) return;
  const std::size_t before = raw.size();
  // The names found by kind word are in text order: the greatest end among those starting before a point
  // says whether one reaches past it (a binary search per occurrence, not a scan of them all).
  std::vector<std::uint32_t> max_end(before);
  for (std::size_t r = 0; r < before; ++r) max_end[r] = std::max(raw[r].span.end, r > 0 ? max_end[r - 1] : 0u);
  for (const auto& [alias, from] : wanted) {
    for (std::size_t pos = s.find(alias, from); pos != std::string_view::npos; pos = s.find(alias, pos + alias.size())) {
      const Span span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + alias.size())};
      if (std::binary_search(defined_at.begin(), defined_at.end(), pos)) continue;
      const auto starts_before = std::lower_bound(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(before), span.end,
                                                  [](const RawMention& m, std::uint32_t end) { return m.span.begin < end; });
      const std::size_t k = static_cast<std::size_t>(starts_before - raw.begin());
      if (k > 0 && max_end[k - 1] > span.begin) continue;  // inside a name already found
      RawMention m;
      m.span = span;
      m.category = BodyCategory::Group;  // the body it names has its category already
      m.after_you = text::ends_with_at(s, pos, "由");
      raw.push_back(std::move(m));
    }
  }
  if (raw.size() == before) return;
  std::stable_sort(raw.begin(), raw.end(), [](const RawMention& a, const RawMention& b) { return a.span.begin < b.span.begin; });
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

// The role a sentence gives the body named before `end` ("网络安全应急小组，是公司网络安全事件应急工作的领导和
// 指挥机构"): Leading for a leading or decision-making body, Command for a command one; nullopt when the rest of
// its sentence, up to the next body named (`next`), says neither.
std::optional<BodyCategory> stated_role(std::string_view s, std::size_t end, std::size_t next) {
  // Only up to the next body named: each mention reads its own stretch of the passage, not the rest of it.
  std::string_view rest = s.substr(end, std::max(std::min(next, s.size()), end) - end);
  for (std::string_view mark : {"。", "；", ";"}) rest = rest.substr(0, rest.find(mark));
  std::size_t len = 0;
  if (!starts_with_any(rest, 0, {"是", "为", ",是", ",为", ",作为", "作为"}, &len)) return std::nullopt;
  rest.remove_prefix(len);
  if (contains_any(rest, {"领导机构", "领导和指挥机构", "领导指挥机构", "领导和决策机构", "决策机构", "领导、指挥"})) {
    return BodyCategory::Leading;
  }
  if (contains_any(rest, {"指挥机构", "指挥协调机构"})) return BodyCategory::Command;
  return std::nullopt;
}

void scan_passage(const Passage& p, bool in_org, BodyTable& table) {
  BodyFacts& facts = table.facts;
  const std::string_view s = p.norm.text;
  std::vector<RawMention> raw = scan_bodies(p);
  add_alias_mentions(s, table.bare_aliases, raw);
  std::vector<std::pair<std::size_t, Span>> named;  // (body index, span) of this passage's mentions
  for (std::size_t r = 0; r < raw.size(); ++r) {
    const RawMention& m = raw[r];
    const std::string name(s.substr(m.span.begin, m.span.end - m.span.begin));
    Body& body = table.named(name, m.category);
    if (body.tail.empty()) body.tail = m.tail;
    if (body.category == BodyCategory::Group) body.category = m.category;
    // A team or group the plan calls its leading (or command) body is one, whatever its name says.
    // The role may follow the alias the name defines: "应急处置小组（以下简称“处置小组”），作为…领导和决策机构".
    if (body.category == BodyCategory::Team || body.category == BodyCategory::Group) {
      const std::size_t from = past_alias(s, m.span.end);
      std::size_t n = r + 1;
      while (n < raw.size() && raw[n].span.begin < from) ++n;  // the alias itself, read as a name
      const std::size_t next = n < raw.size() ? raw[n].span.begin : s.size();
      if (const auto role = stated_role(s, from, next)) body.category = *role;
    }
    const auto alias = alias_after(s, m.span.end);
    if (alias) {
      if (alias->size() >= kMinAliasBytes && !found_by_kind_word(*alias) &&
          std::find(table.bare_aliases.begin(), table.bare_aliases.end(), *alias) == table.bare_aliases.end()) {
        table.bare_aliases.push_back(*alias);
      }
      table.add_alias(body, *alias);
    }
    BodyMention bm;
    bm.passage = p.index;
    bm.span = m.span;
    bm.in_organisation = in_org;
    bm.defining = p.where == Where::Heading || alias.has_value() || sets_up_before(s, m.span.begin);
    // A body right after 在 is where the work is done or whose command it is done under ("领导小组…在公司总部指挥中心
    // 统一指挥处置工作"), not the one doing it.
    const bool place = text::ends_with_at(s, m.span.begin, "在");
    bm.task = p.where != Where::Heading && !place &&
              ((m.after_you && !names_members(s, m.span.end)) || task_after(s, m.span.end));
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
      // The office is the body named last before 设在 in the passage (下设办公室，设在信息中心), and so is the short
      // name given after its host ("设在科技信息处（以下简称“厅网信办”）": later "立即报厅网信办" reports inside).
      if (const auto owner = last_before.at(c.department.begin)) {
        Body& office = facts.bodies[named[*owner].first];
        table.add_alias(office, dept);
        const auto alias = alias_after(s, c.department.end);
        // Not when the host is a body the passage named, whose alias it already is (集团网络安全和信息化办公室
        // （以下简称集团网信办）).
        if (alias && alias->size() >= kMinAliasBytes && !found_by_kind_word(*alias) && !table.knows(*alias)) {
          if (std::find(table.bare_aliases.begin(), table.bare_aliases.end(), *alias) == table.bare_aliases.end()) {
            table.bare_aliases.push_back(*alias);
          }
          table.add_alias(office, *alias);
        }
      }
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

namespace {

// The organisation's own word before a body's name: 集团网信办, 本局应急办, 医院网络安全工作领导小组.
constexpr std::string_view kOwnWords[] = {"本单位", "我单位", "本院", "我院", "全院", "医院", "本局", "我局", "全局",
                                          "本行", "我行", "全行", "本公司", "我公司", "公司", "集团", "本校", "我校",
                                          "学校", "本中心", "本委", "我委", "本厅", "我厅"};
// A unit's word that may be the organisation's or its parent's: 局网信办 in a bureau's centre's plan is the
// bureau's.
constexpr std::string_view kUnitWords[] = {"中心", "市局", "省局", "县局", "区局", "分局", "局", "院", "校", "厅", "委"};

// The own words, the unit words, then `more` (no word of them opens another, so their order does not
// matter).
template <std::size_t N>
std::vector<std::string_view> own_words_then(const std::string_view (&more)[N]) {
  std::vector<std::string_view> all(std::begin(kOwnWords), std::end(kOwnWords));
  all.insert(all.end(), std::begin(kUnitWords), std::end(kUnitWords));
  all.insert(all.end(), std::begin(more), std::end(more));
  return all;
}

}  // namespace

bool starts_with_own_word(std::string_view name) {
  return std::any_of(std::begin(kOwnWords), std::end(kOwnWords),
                     [&](std::string_view w) { return name.size() > w.size() && name.compare(0, w.size(), w) == 0; });
}

// `from`'s names and mentions become `into`'s (`into` keeps its name).
void absorb(Body& into, Body& from) {
  into.aliases.push_back(from.name);
  for (std::string& a : from.aliases) into.aliases.push_back(std::move(a));
  into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
  std::stable_sort(into.mentions.begin(), into.mentions.end(), [](const BodyMention& a, const BodyMention& b) {
    return a.passage != b.passage ? a.passage < b.passage : a.span.begin < b.span.begin;
  });
}

// Removes the bodies marked gone, keeping the others' order.
void drop_gone(BodyFacts& facts, const std::vector<bool>& gone) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < facts.bodies.size(); ++i) {
    if (gone[i]) continue;
    if (kept != i) facts.bodies[kept] = std::move(facts.bodies[i]);
    ++kept;
  }
  facts.bodies.resize(kept);
}

// "医院网络安全工作领导小组" for the 网络安全工作领导小组 that "医院成立…": the organisation's own word before a
// body's name names no other body, nor does a word saying which of them (事发地市分公司应急小组, 各…, 相关…).
// Such a body (which may come first in the text) is merged into the body of the bare name, when that name has
// four characters or more (局办公室 and 办公室 may be two offices).
void merge_own_prefixed(BodyFacts& facts) {
  static constexpr std::string_view kWhose[] = {"事发单位", "事发部门", "事件发生单位", "涉事单位", "相关单位", "有关单位",
                                                "各单位", "各部门", "所属单位", "事发", "事件发生", "涉事", "相关", "有关", "各"};
  static const std::vector<std::string_view> kOwnThenWhose = own_words_then(kWhose);
  // Of them, the words that say which unit's body is meant: "事发单位应急领导小组" is the plan's 应急领导小组,
  // whatever name it was defined under.
  static constexpr std::string_view kWhich[] = {"事发单位", "事发部门", "事件发生单位", "涉事单位", "相关单位",
                                                "有关单位", "各单位", "各部门", "所属单位"};
  std::unordered_map<std::string, std::size_t> holder;  // name or alias → first body carrying it
  for (std::size_t i = 0; i < facts.bodies.size(); ++i) {
    holder.emplace(facts.bodies[i].name, i);
    for (const std::string& a : facts.bodies[i].aliases) holder.emplace(a, i);
  }
  std::vector<bool> gone(facts.bodies.size(), false);
  for (std::size_t i = 0; i < facts.bodies.size(); ++i) {
    const std::string& name = facts.bodies[i].name;
    for (std::string_view own : kOwnThenWhose) {
      if (name.compare(0, own.size(), own) != 0) continue;
      const std::string_view bare = std::string_view(name).substr(own.size());
      // A one-character word (局, 院) only before a name of four or more: "局办公室" may be any bureau's.
      if (text::code_point_count(bare) < (text::code_point_count(own) >= 2 ? 3u : 4u)) break;
      const auto it = holder.find(std::string(bare));
      if (it == holder.end()) {
        if (std::find(std::begin(kWhich), std::end(kWhich), own) != std::end(kWhich)) {
          Body& b = facts.bodies[i];
          b.aliases.push_back(b.name);
          b.name = std::string(bare);
        }
        break;
      }
      if (it->second == i || gone[it->second]) break;
      // The body first written keeps its name ("本局网络安全事件应急领导小组" then "网络安全事件应急领导小组").
      const std::size_t first = std::min(i, it->second);
      const std::size_t second = std::max(i, it->second);
      absorb(facts.bodies[first], facts.bodies[second]);
      gone[second] = true;
      break;
    }
  }
  drop_gone(facts, gone);
}

// "信息中心应急技术支撑队伍" for the 网络安全应急技术支撑队伍 that "信息中心组建…": a body never set up, whose
// name is another body's name or alias (its owner, 信息中心 the office's host) before the end of the name of
// a body of its kind that is set up, is that body. The end shared is the kind word and at least two
// characters before it.
void merge_owner_prefixed(BodyFacts& facts) {
  const auto set_up = [](const Body& b) {
    return std::any_of(b.mentions.begin(), b.mentions.end(), [](const BodyMention& m) { return m.defining; });
  };
  std::unordered_set<std::string> named;  // every name and alias (copies: absorbing moves aliases)
  for (const Body& b : facts.bodies) {
    named.insert(b.name);
    for (const std::string& a : b.aliases) named.insert(a);
  }
  // Every end of a set-up body's names, by kind, to the first body holding it: one lookup per cut.
  std::unordered_map<std::string, std::size_t> ends;
  for (std::size_t j = 0; j < facts.bodies.size(); ++j) {
    const Body& d = facts.bodies[j];
    if (!set_up(d)) continue;
    const auto add_ends = [&](std::string_view n) {
      for (std::size_t at = 0; at < n.size();) {
        text::next_code_point(n, at);
        if (at < n.size()) ends.emplace(std::to_string(static_cast<int>(d.category)) + '|' + std::string(n.substr(at)), j);
      }
    };
    add_ends(d.name);
    for (const std::string& a : d.aliases) add_ends(a);
  }
  std::vector<bool> gone(facts.bodies.size(), false);
  bool any = false;
  for (std::size_t i = 0; i < facts.bodies.size(); ++i) {
    const Body& b = facts.bodies[i];
    if (set_up(b) || b.tail.empty()) continue;
    const std::string_view name = b.name;
    const std::size_t least = b.tail.size() + kMinAliasBytes;  // the kind word and two characters
    std::optional<std::size_t> into;
    for (std::size_t cut = 0; !into && cut + least <= name.size();) {
      std::size_t next = cut;
      text::next_code_point(name, next);
      cut = next;
      if (cut + least > name.size() || !named.count(std::string(name.substr(0, cut)))) continue;
      const auto found = ends.find(std::to_string(static_cast<int>(b.category)) + '|' + std::string(name.substr(cut)));
      if (found != ends.end()) into = found->second;
    }
    if (!into) continue;
    absorb(facts.bodies[*into], facts.bodies[i]);
    gone[i] = any = true;
  }
  if (any) drop_gone(facts, gone);
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
  merge_own_prefixed(facts);
  merge_owner_prefixed(facts);
  return facts;
}

}  // namespace plancheck::facts
