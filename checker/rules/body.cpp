#include "rules/body.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "rules/phrase_scope.hpp"

namespace plancheck::rules {
namespace {

std::optional<facts::BodyCategory> parse_category(const std::string& s) {
  for (auto c : {facts::BodyCategory::Leading, facts::BodyCategory::Command, facts::BodyCategory::Office,
                 facts::BodyCategory::Team, facts::BodyCategory::Experts, facts::BodyCategory::TechTeam}) {
    if (facts::to_string(c) == s) return c;
  }
  return std::nullopt;
}

// The body names of each passage: a duty word inside a name (领导 in 领导小组) is not a duty. Built once per
// check, one set per passage that names a body, sorted by passage: copying a passage's names for each of
// its mentions, and testing each duty word against them all, made the rule quadratic in a long passage.
using BodyNames = std::vector<std::pair<std::size_t, facts::SpanSet>>;

BodyNames body_names(const facts::BodyFacts& bodies) {
  std::vector<std::pair<std::size_t, facts::Span>> all;
  for (const facts::Body& b : bodies.bodies) {
    for (const facts::BodyMention& m : b.mentions) all.emplace_back(m.passage, m.span);
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  BodyNames out;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    std::vector<facts::Span> spans;
    for (; j < all.size() && all[j].first == all[i].first; ++j) spans.push_back(all[j].second);
    out.emplace_back(all[i].first, facts::SpanSet(std::move(spans)));
    i = j;
  }
  return out;
}

const facts::SpanSet& names_in(const BodyNames& names, std::size_t passage) {
  static const facts::SpanSet kNone;
  const auto it = std::lower_bound(names.begin(), names.end(), passage,
                                   [](const auto& n, std::size_t p) { return n.first < p; });
  return it != names.end() && it->first == passage ? it->second : kNone;
}

// Whether a body named in a heading is what the heading is about: the name ends the title or a bracket, or
// a list of names ("3.2 信息中心（领导小组办公室）", "二、应急办和技术组"), not part of a longer one
// (县政府办公室网络安全事件应急指挥部).
bool names_the_heading(std::string_view title, facts::Span name) {
  const std::string_view rest = title.substr(name.end);
  if (rest.empty()) return true;
  for (std::string_view next : {"）", ")", "、", "和", "与", "及", " ", "：", ":"}) {
    if (rest.substr(0, next.size()) == next) return true;
  }
  return false;
}

// Which mentions a pass over a body's mentions reads: those in the organisation section first (the
// section that sets the body up, not a principle's "在领导小组统一领导下"), those in a list of members last;
// Unread: one no pass reads.
enum class Tier { Organisation, Named, Member, Unread };

constexpr std::size_t kMemberListBytes = 600;  // how far back a list of members may have begun (200 characters)

// Whether mention `m` stands in a list of a body's members: "成员由办公室、运营管理部…组成", "成员包括…": 成员
// before it in its clause, within kMemberListBytes (each mention reads at most that much, however long the
// clause).
bool in_member_list(const facts::Passages& ps, const facts::BodyMention& m) {
  const std::string_view s = ps.items[m.passage].norm.text;
  const std::size_t from = m.span.begin > kMemberListBytes ? m.span.begin - kMemberListBytes : 0;
  const std::string_view before = s.substr(from, m.span.begin - from);
  // The last 成员, or 成员 spaced out as a label is ("成　员：办公室、…"; the ideographic space is a space once
  // normalised), not another word's 员 (人员).
  std::size_t at = before.rfind("员");
  const auto opens_members = [&](std::size_t a) {
    std::size_t b = a;
    while (b > 0 && before[b - 1] == ' ') --b;
    return b >= 3 && before.substr(b - 3, 3) == "成";
  };
  while (at != std::string_view::npos && !opens_members(at)) at = at == 0 ? std::string_view::npos : before.rfind("员", at - 1);
  if (at == std::string_view::npos) return false;
  std::size_t list = from + at + 3;  // past 员, a space and the label's colon ("成　员：")
  while (list < m.span.begin && s[list] == ' ') ++list;
  if (s.substr(list, 3) == "：") list += 3;
  else if (s.substr(list, 1) == ":") list += 1;
  for (std::size_t i = list; i < m.span.begin; ++i) {
    if (facts::is_clause_break(s, i)) return false;
  }
  return true;
}

// Whether a decision follows a body's name at `at`: what is reported to it is for it to approve ("报领导小组批准",
// "报指挥部决定").
bool decides_after(std::string_view s, std::size_t at) {
  for (std::string_view v : {"批准", "审批", "审定", "审核", "决定", "同意", "签发", "核准", "研究决定"}) {
    if (s.compare(at, v.size(), v) == 0) return true;
  }
  return false;
}

Tier tier_of(const facts::Passages& ps, const facts::BodyMention& m) {
  if (in_member_list(ps, m)) return Tier::Member;
  return m.in_organisation ? Tier::Organisation : Tier::Named;
}

}  // namespace

// What one check has read of the plan: each passage's body names, and where each sentence's duty words are, by
// passage and span, so a sentence naming many bodies is searched once, not once per name in it.
struct RoleScan {
  // Where a sentence's duty words are: the first one's start and the end of its clause, the last one's start
  // (no duty: first == npos). Read once per sentence, however many names it holds.
  struct Duties {
    std::size_t first = std::string_view::npos;
    std::size_t first_clause_end = 0;
    std::size_t last = 0;
  };
  BodyNames names;
  std::map<std::tuple<std::size_t, std::uint32_t, std::uint32_t>, Duties> duties;

  static std::tuple<std::size_t, std::uint32_t, std::uint32_t> key(std::size_t passage, facts::Span sentence) {
    return {passage, sentence.begin, sentence.end};
  }
};

bool RoleRule::passes_at(const RuleContext& ctx, RoleScan& scan, std::size_t idx, facts::Span span,
                         bool under_heading, Reporter& out) const {
  const facts::Passages& ps = ctx.facts.passages;
  const facts::Passage& p = ps.items[idx];
  if (!params_.duties.empty()) {
    const facts::Span sentence = facts::sentence_at(p, span.begin);
    // A body reported to or worked with is not the one whose duty the sentence states ("新媒体部：负责…，发现
    // 异常马上报告应急办"), unless it decides what is put to it ("报领导小组批准后发布").
    if (p.where != facts::Where::Heading && facts::acted_on(p.norm.text, sentence, span) && !decides_after(p.norm.text, span.end)) {
      return false;
    }
    const auto [it, fresh] = scan.duties.try_emplace(RoleScan::key(idx, sentence));
    RoleScan::Duties& d = it->second;
    if (fresh) {
      // Every duty word at once (a find after each hit would read the rest of a long sentence once per hit).
      const facts::SpanSet& names = names_in(scan.names, idx);
      for (const facts::Span& hit : params_.duties.find_all(p, sentence)) {
        if (names.overlaps(hit)) continue;
        d.first = std::min(d.first, static_cast<std::size_t>(hit.begin));
        d.last = std::max(d.last, static_cast<std::size_t>(hit.begin));
      }
      if (d.first != std::string_view::npos) d.first_clause_end = facts::clause_at(p.norm.text, sentence, d.first).end;
    }
    // The duty is the body's when it follows the name or comes in a clause before it; one before the name in
    // its own clause makes the body its object ("联络员负责本科室与应急办的日常联络"). A heading names its subject.
    const bool duty = d.first != std::string_view::npos &&
                      (p.where == facts::Where::Heading || d.last >= span.begin || d.first_clause_end <= span.begin);
    if (!duty) {
      // A heading naming the body ("3.2 信息中心（领导小组办公室）") has its duties in the first paragraph under it.
      const bool heading = p.where == facts::Where::Heading && idx + 1 < ps.items.size() &&
                           ps.items[idx + 1].where == facts::Where::Body && ps.items[idx + 1].section == p.section &&
                           names_the_heading(p.norm.text, span);
      if (!heading || !under_heading) return false;
      const facts::Passage& first = ps.items[idx + 1];
      const facts::SpanSet& names = names_in(scan.names, idx + 1);
      const bool duty = std::any_of(first.sentences.begin(), first.sentences.end(), [&](const facts::Span& s) {
        return params_.duties.find(first, s, names).has_value();
      });
      if (!duty) return false;
    }
  }
  out.pass(facts::evidence_for(ctx.doc, p, span));
  return true;
}

namespace {

// Set up by a sentence (成立, 设立, 下设 …) or named as another body's office; a heading naming it may name it
// inside another body's name.
bool set_up(const facts::Passages& ps, const facts::Body& b) {
  return std::any_of(b.mentions.begin(), b.mentions.end(), [&](const facts::BodyMention& m) {
    return m.office || (m.defining && ps.items[m.passage].where != facts::Where::Heading);
  });
}

// Whether a position stands in a sentence about every unit of a kind ("各医疗卫生机构是本单位网络安全事件防范和
// 处置的责任主体，主要负责人是第一责任人", "各处室负责人负责…"): each unit's head, not the one who leads the plan's
// work. The sentence opens with 各, past an article's number (第十条).
bool each_units_head(const facts::Passage& p, facts::Span at) {
  const facts::Span sentence = facts::sentence_at(p, at.begin);
  return facts::opens_with_each(p.norm.text, sentence.begin, sentence.end);
}

}  // namespace

bool RoleRule::counts(const facts::Passages& ps, const facts::Body& b) const {
  if (params_.names.empty()) return true;
  return set_up(ps, b) || named(b);
}

bool RoleRule::named(const facts::Body& b) const {
  if (params_.names.empty()) return true;
  const auto named = [&](const std::string& n) {
    return params_.names.find(n, facts::Span{0, static_cast<std::uint32_t>(n.size())}).has_value();
  };
  return named(b.name) || std::any_of(b.aliases.begin(), b.aliases.end(), named);
}

void RoleRule::check(const RuleContext& ctx, Reporter& out) const {
  std::optional<std::pair<std::size_t, facts::Span>> named;  // first mention, for a no-duty finding
  RoleScan scan{body_names(ctx.facts.bodies), {}};
  // A sentence naming the body with a duty first; a heading naming it over a paragraph of duties only then.
  // Of a body's mentions, one in a list of members is read last ("成员包括办公室、风险管理部…负责人" names the
  // general office, and its 负责 is the members' heads').
  // The bodies the plan sets up are read before those it only names: "在省公司网络安全工作领导小组统一领导下" names
  // the parent company's group, and the plan's own "成立网络安全应急领导小组…统一领导" is the evidence.
  std::vector<const facts::Body*> bodies;
  for (const facts::Body& b : ctx.facts.bodies.bodies) {
    if (std::find(params_.categories.begin(), params_.categories.end(), b.category) != params_.categories.end() &&
        counts(ctx.facts.passages, b)) {
      bodies.push_back(&b);
    }
  }
  // Of those, by the order of the categories the rule asks for, and within one the bodies it names first: the
  // office set up as "县指挥部办公室" is the evidence before 县委网信办, where it sits, and an office before a team.
  // Each body's rank, worked out once (set_up reads all its mentions).
  struct Ranked {
    std::pair<int, int> rank;
    const facts::Body* body;
    bool set_up;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(bodies.size());
  for (const facts::Body* b : bodies) {
    const int kind = static_cast<int>(std::find(params_.categories.begin(), params_.categories.end(), b->category) -
                                      params_.categories.begin());
    const bool is_set_up = set_up(ctx.facts.passages, *b);
    // A heading of the organisation section naming it ("2.2 应急办公室") sets it up too.
    const bool heading = std::any_of(b->mentions.begin(), b->mentions.end(), [&](const facts::BodyMention& m) {
      return m.defining && m.in_organisation && ctx.facts.passages.items[m.passage].where == facts::Where::Heading;
    });
    const int how = !is_set_up && !heading ? 2 : RoleRule::named(*b) ? 0 : 1;
    ranked.push_back({{kind, how}, b, is_set_up});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
  for (std::size_t k = 0; k < ranked.size(); ++k) bodies[k] = ranked[k].body;
  // Each mention's tier, read once; the passes go tier by tier over all the bodies, so a body's mention in the
  // organisation section is read before another's in a principle.
  // A body the plan does not set up, in a plan with an organisation section, is read only where that section
  // names it: what it does elsewhere ("应急办组织研判") does not make up for the section never saying what it is.
  std::vector<std::vector<Tier>> tiers;
  for (const Ranked& r : ranked) {
    const facts::Body* b = r.body;
    const bool only_organisation = ctx.facts.bodies.has_organisation_section && !r.set_up;
    tiers.emplace_back();
    for (const facts::BodyMention& m : b->mentions) {
      tiers.back().push_back(only_organisation && !m.in_organisation ? Tier::Unread : tier_of(ctx.facts.passages, m));
    }
  }
  for (const bool under_heading : {false, true}) {
    for (const Tier tier : {Tier::Organisation, Tier::Named, Tier::Member}) {
      for (std::size_t k = 0; k < bodies.size(); ++k) {
        const facts::Body& b = *bodies[k];
        for (std::size_t i = 0; i < b.mentions.size(); ++i) {
          if (tiers[k][i] != tier) continue;
          const facts::BodyMention& m = b.mentions[i];
          if (passes_at(ctx, scan, m.passage, m.span, under_heading, out)) return;
          if (!named || m.passage < named->first) named = {m.passage, m.span};
        }
      }
    }
    for (const facts::PositionMention& pm : ctx.facts.bodies.positions) {
      const facts::Span whole{0, static_cast<std::uint32_t>(pm.name.size())};
      if (!params_.positions.find(pm.name, whole) || each_units_head(ctx.facts.passages.items[pm.passage], pm.span)) continue;
      if (passes_at(ctx, scan, pm.passage, pm.span, under_heading, out)) return;
      if (!named || pm.passage < named->first) named = {pm.passage, pm.span};
    }
  }
  if (!named) {
    out.fail("missing", {}, Place{});
    return;
  }
  const facts::Passage& p = ctx.facts.passages.items[named->first];
  const Evidence ev = facts::evidence_for(ctx.doc, p, named->second);
  const std::string name = p.norm.text.substr(named->second.begin, named->second.end - named->second.begin);
  out.fail("no-duty", {{"body", name}}, Place{ev.location, 0, ev.section, ev.text});
}

std::unique_ptr<const Rule> make_role_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  RoleParams params;
  for (const ruleset::Param* p : spec.params_named("category")) {
    if (const auto c = parse_category(p->value)) {
      params.categories.push_back(*c);
    } else {
      errors.push_back({p->line, "unknown body category \"" + p->value +
                                     "\" (leading, command, office, team, experts, tech-team)"});
    }
  }
  params.positions = compile_patterns(spec, "position", errors);
  params.duties = compile_patterns(spec, "duty", errors);
  params.names = compile_patterns(spec, "name", errors);
  if (params.categories.empty() && params.positions.empty()) {
    errors.push_back({spec.line, "a role rule needs a <category> or a <position>"});
  }
  return std::make_unique<RoleRule>(std::move(params));
}

}  // namespace plancheck::rules
