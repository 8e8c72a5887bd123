#include "facts/bodies.hpp"

#include <algorithm>
#include <optional>

#include "core/budget.hpp"

#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

struct Suffix {
  std::string_view text;
  BodyCategory category;
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
  };
  return table;
}

// Words that end the text before a body's name: a name never runs across them (由|应急工作小组).
const std::vector<std::string_view>& stop_words() {
  static const std::vector<std::string_view> words = {
      "加强", "成立", "设立", "组建", "建立", "下设", "负责", "组织", "协调", "联系", "通知", "配合", "参加",
      "根据", "通过", "指导", "会同", "通报", "由", "在", "报", "向", "将", "经", "请", "对", "为", "是",
      "的", "于", "被", "从", "给", "同", "至", "到", "即", "后", "时", "按", "与", "及", "或", "并", "把",
      "各", "和", "设", "有"};
  return words;
}

const std::vector<std::string_view>& task_verbs() {
  static const std::vector<std::string_view> verbs = {"负责", "组织", "决定", "牵头", "统筹", "实施",
                                                      "开展", "承担", "指导", "统一调用", "统一指挥"};
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

std::size_t previous_code_point(std::string_view s, std::size_t pos) {
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80);
  return pos;
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
      // 网络安全和信息化领导小组: 和 joins two words of one name here.
      if (w == "和" && starts_with(s, at, "信息化")) continue;
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
};

std::vector<RawMention> scan_bodies(const Passage& p) {
  static const std::vector<CharPairKeys> suffix_keys = [] {
    std::vector<CharPairKeys> keys;
    for (const Suffix& suf : suffixes()) keys.push_back(CharPairKeys::of(suf.text));
    return keys;
  }();
  const std::string_view s = p.norm.text;
  std::vector<std::pair<Span, BodyCategory>> hits;
  for (std::size_t k = 0; k < suffixes().size(); ++k) {
    const Suffix& suf = suffixes()[k];
    if (!p.filter.may_contain(suffix_keys[k])) continue;
    for (std::size_t at = text::find_text(s, suf.text); at != std::string_view::npos;
         at = text::find_text(s, suf.text, at + 1)) {
      hits.push_back({{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + suf.text.size())}, suf.category});
    }
  }
  std::vector<RawMention> out;
  for (const auto& hit : hits) {
    // A named reference, not a structured binding: C++17 lambdas cannot capture bindings (clang refuses).
    const Span& span = hit.first;
    // 领导组|办公室, 应急办|公室: a suffix that another suffix continues is part of the longer name.
    const bool continued = std::any_of(hits.begin(), hits.end(), [&](const auto& o) {
      return o.first.end > span.end && o.first.begin <= span.end && o.first.begin >= span.begin;
    });
    if (continued) continue;
    const NameStart start = name_start(s, span.begin);
    out.push_back({{static_cast<std::uint32_t>(start.begin), span.end}, hit.second, start.after_you});
  }
  std::sort(out.begin(), out.end(), [](const RawMention& a, const RawMention& b) { return a.span.begin < b.span.begin; });
  return out;
}

bool defining_before(std::string_view s, std::size_t begin) {
  for (std::string_view w : {"成立", "设立", "组建", "建立", "下设"}) {
    if (ends_with_at(s, begin, w)) return true;
  }
  return false;
}

bool task_after(std::string_view s, std::size_t end) {
  return std::any_of(task_verbs().begin(), task_verbs().end(), [&](std::string_view v) { return starts_with(s, end, v); });
}

Body& body_named(BodyFacts& facts, const std::string& name, BodyCategory cat) {
  for (Body& b : facts.bodies) {
    if (b.name == name || std::find(b.aliases.begin(), b.aliases.end(), name) != b.aliases.end()) return b;
  }
  facts.bodies.push_back(Body{name, {}, cat, {}});
  return facts.bodies.back();
}

void scan_passage(const Passage& p, bool in_org, BodyFacts& facts) {
  const std::string_view s = p.norm.text;
  for (const RawMention& m : scan_bodies(p)) {
    const std::string name(s.substr(m.span.begin, m.span.end - m.span.begin));
    Body& body = body_named(facts, name, m.category);
    const auto alias = alias_after(s, m.span.end);
    if (alias && std::find(body.aliases.begin(), body.aliases.end(), *alias) == body.aliases.end()) {
      body.aliases.push_back(*alias);
    }
    BodyMention bm;
    bm.passage = p.index;
    bm.span = m.span;
    bm.in_organisation = in_org;
    bm.defining = p.where == Where::Heading || alias.has_value() || defining_before(s, m.span.begin);
    bm.task = p.where != Where::Heading && (m.after_you || task_after(s, m.span.end));
    body.mentions.push_back(bm);
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
  }
  return "team";
}

bool is_organisation_heading(std::string_view t) {
  for (std::string_view w : {"组织", "机构", "职责", "指挥体系", "领导小组", "工作组"}) {
    if (text::contains_text(t, w)) return true;
  }
  return false;
}

BodyFacts extract_bodies(const Document& /*doc*/, const Passages& passages) {
  BodyFacts facts;
  std::unordered_set<std::string_view> org_paths;  // section paths of organisation sections
  for (const Passage& p : passages.items) {
    checkpoint();
    if (p.where == Where::Heading && is_organisation_heading(p.norm.text)) {
      org_paths.insert(p.section_path);
      facts.has_organisation_section = true;
    }
    const bool in_org = is_within_any(p.section_path, org_paths, false);
    scan_passage(p, in_org, facts);
    scan_positions(p, facts);
  }
  return facts;
}

}  // namespace plancheck::facts
