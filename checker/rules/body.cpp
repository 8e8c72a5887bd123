#include "rules/body.hpp"

#include <algorithm>
#include <optional>
#include <string>

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

// Spans of every body name in a passage: a duty word inside a name (领导 in 领导小组) is not a duty.
std::vector<facts::Span> names_in(const facts::BodyFacts& bodies, std::size_t passage) {
  std::vector<facts::Span> out;
  for (const facts::Body& b : bodies.bodies) {
    for (const facts::BodyMention& m : b.mentions) {
      if (m.passage == passage) out.push_back(m.span);
    }
  }
  return out;
}

}  // namespace

bool RoleRule::passes_at(const RuleContext& ctx, std::size_t idx, facts::Span span, Reporter& out) const {
  const facts::Passage& p = ctx.facts.passages.items[idx];
  if (!params_.duties.empty()) {
    const facts::Span sentence = facts::sentence_at(p, span.begin);
    if (!params_.duties.find(p, sentence, names_in(ctx.facts.bodies, idx))) return false;
  }
  out.pass(facts::evidence_for(ctx.doc, p, span));
  return true;
}

void RoleRule::check(const RuleContext& ctx, Reporter& out) const {
  std::optional<std::pair<std::size_t, facts::Span>> named;  // first mention, for a no-duty finding
  for (const facts::Body& b : ctx.facts.bodies.bodies) {
    if (std::find(params_.categories.begin(), params_.categories.end(), b.category) == params_.categories.end())
      continue;
    for (const facts::BodyMention& m : b.mentions) {
      if (passes_at(ctx, m.passage, m.span, out)) return;
      if (!named || m.passage < named->first) named = {m.passage, m.span};
    }
  }
  for (const facts::PositionMention& pm : ctx.facts.bodies.positions) {
    const facts::Span whole{0, static_cast<std::uint32_t>(pm.name.size())};
    if (!params_.positions.find(pm.name, whole)) continue;
    if (passes_at(ctx, pm.passage, pm.span, out)) return;
    if (!named || pm.passage < named->first) named = {pm.passage, pm.span};
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
  if (params.categories.empty() && params.positions.empty()) {
    errors.push_back({spec.line, "a role rule needs a <category> or a <position>"});
  }
  return std::make_unique<RoleRule>(std::move(params));
}

}  // namespace plancheck::rules
