// The organisation model's names: which bodies are one body (names, aliases, prefixes, generic words), each
// body's canonical name, and parents read from names (领导小组办公室 belongs to 领导小组).
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "core/budget.hpp"
#include "facts/organisation_detail.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

bool starts_with(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

// How the plan writes its own organisation before a body's name. One-character words (市, 区, 厅 …) only when the
// rest is still a name of three characters or more, and not the head of the organisation's office (局长办公室).
const std::vector<std::string_view>& org_prefixes() {
  static const std::vector<std::string_view> words = {
      "本单位", "本部门", "本公司", "本集团", "本中心", "本局", "本院", "本行", "本校", "本委", "本办", "本部",
      "我单位", "我公司", "我局", "我院", "我行", "我校", "我委", "集团公司", "集团", "公司", "全局", "全院",
      "全行", "全校", "本厅", "我厅", "学校", "医院", "市委", "区委", "县委", "省委", "市", "区", "县", "省",
      // a department's or bureau's plan: 厅应急办, 局网信办 (not 部: 部应急办 is a ministry's office in any plan)
      "厅", "局"};
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

// The organisation's general office (局办公室, 公司办公室): no bare 办公室 is short for it, whatever comes first.
bool general_office(std::string_view name) {
  for (std::string_view w : org_prefixes()) {
    if (starts_with(name, w) && name.substr(w.size()) == "办公室") return true;
  }
  return false;
}

bool has_definition(const Body& b) { return std::any_of(b.mentions.begin(), b.mentions.end(), org_detail::is_defining); }

}  // namespace

std::string without_org_prefix(std::string_view name) {
  for (std::string_view w : org_prefixes()) {
    if (!starts_with(name, w)) continue;
    const std::string_view rest = name.substr(w.size());
    if (chars(w) == 1 && starts_with(rest, "长")) continue;
    // 局办公室, 厅办公室, 公司办公室: the organisation's general office, a department, not the 办公室 a leading
    // group sets up (an education bureau's and a provincial department's plans merged the two).
    if (rest == "办公室") return {};
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
  const std::vector<std::string> keys = org_detail::lookup_keys(written);
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    std::vector<std::string> names{bodies[i].name};
    names.insert(names.end(), bodies[i].aliases.begin(), bodies[i].aliases.end());
    for (const std::string& n : names) {
      const std::vector<std::string> theirs = org_detail::lookup_keys(n);
      for (const std::string& k : keys) {
        if (std::find(theirs.begin(), theirs.end(), k) != theirs.end()) return i;
      }
    }
  }
  return std::nullopt;
}

namespace org_detail {

std::vector<std::string> lookup_keys(std::string_view name) {
  std::vector<std::string> keys{std::string(name)};
  const std::string bare = without_org_prefix(name);
  if (!bare.empty()) keys.push_back(bare);
  keys.push_back(name_core(bare.empty() ? name : std::string_view(bare)));
  return keys;
}

bool is_defining(const BodyMention& m) { return m.in_organisation || m.defining || m.office; }

// Same name, alias, name without prefix or generic words join; then a bare kind word (办公室, 领导小组) joins
// the first defined body whose name ends in it.
std::vector<std::vector<std::size_t>> group_bodies(const BodyFacts& facts) {
  const std::size_t n = facts.bodies.size();
  UnionFind uf(n);
  std::unordered_map<std::string, std::size_t> owner;
  std::vector<bool> defined(n);
  for (std::size_t i = 0; i < n; ++i) {
    checkpoint();
    const Body& b = facts.bodies[i];
    defined[i] = has_definition(b);
    std::vector<std::string> keys = lookup_keys(b.name);
    for (const std::string& a : b.aliases) {
      for (std::string& k : lookup_keys(a)) keys.push_back(std::move(k));
    }
    for (const std::string& k : keys) {
      auto [it, fresh] = owner.emplace(k, i);
      if (!fresh) uf.join(it->second, i);
    }
  }
  std::unordered_map<std::string, std::size_t> by_tail;  // kind word → first (defined, if any) body ending in it
  for (std::size_t i = 0; i < n; ++i) {
    const Body& b = facts.bodies[i];
    if (b.tail.empty() || general_office(b.name)) continue;
    auto it = by_tail.find(b.tail);
    if (it == by_tail.end()) {
      by_tail.emplace(b.tail, i);
    } else if (defined[i] && !defined[it->second]) {
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

void name_bodies(const BodyFacts& facts, const std::vector<std::vector<std::size_t>>& groups, Organisation& org) {
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
      const bool defined = has_definition(b);
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
}

void link_parents(const std::vector<std::optional<std::size_t>>& sub_body_parent, Organisation& org) {
  // Every name and alias → the bodies that carry it, in body order: each body's name is then looked up by its
  // prefixes (a few dozen characters), never compared with every other body.
  std::unordered_map<std::string_view, std::vector<std::size_t>> carriers;
  for (std::size_t g = 0; g < org.bodies.size(); ++g) {
    carriers[org.bodies[g].name].push_back(g);
    for (const std::string& a : org.bodies[g].aliases) carriers[a].push_back(g);
  }
  for (std::size_t g = 0; g < org.bodies.size(); ++g) {
    checkpoint();
    OrgBody& body = org.bodies[g];
    if (sub_body_parent[g]) {
      body.parent = org.bodies[*sub_body_parent[g]].name;
      continue;
    }
    // The longest name of another body that opens this body's name and is shorter than it.
    const std::string_view name = org.bodies[g].name;
    std::vector<std::size_t> cuts;  // code point boundaries inside the name
    for (std::size_t at = 0; at < name.size();) {
      text::next_code_point(name, at);
      if (at < name.size()) cuts.push_back(at);
    }
    for (auto cut = cuts.rbegin(); cut != cuts.rend() && body.parent.empty(); ++cut) {
      const auto it = carriers.find(name.substr(0, *cut));
      if (it == carriers.end()) continue;
      for (std::size_t other : it->second) {
        if (other == g) continue;
        body.parent = org.bodies[other].name;
        break;
      }
    }
  }
}

}  // namespace org_detail
}  // namespace plancheck::facts
