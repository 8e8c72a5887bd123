#include "rules/defined_bodies.hpp"

#include <algorithm>
#include <set>

#include "facts/bodies.hpp"
#include "rules/phrase_scope.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

bool is_defined(const facts::Body& b) {
  return std::any_of(b.mentions.begin(), b.mentions.end(),
                     [](const facts::BodyMention& m) { return m.in_organisation || m.defining; });
}

}  // namespace

void DefinedBodiesRule::check(const RuleContext& ctx, Reporter& out) const {
  const facts::BodyFacts& facts = ctx.facts.bodies;
  const facts::Passages& ps = ctx.facts.passages;
  std::set<facts::BodyCategory> defined_categories;
  for (const facts::Body& b : facts.bodies) {
    if (is_defined(b)) defined_categories.insert(b.category);
  }
  bool any_task = false;
  for (const facts::Body& b : facts.bodies) {
    auto task = std::find_if(b.mentions.begin(), b.mentions.end(), [](const facts::BodyMention& m) { return m.task; });
    if (task == b.mentions.end()) continue;
    any_task = true;
    const facts::Span whole{0, static_cast<std::uint32_t>(b.name.size())};
    if (params_.ignore.find(b.name, whole)) continue;
    const facts::Passage& p = ps.items[task->passage];
    const Evidence ev = facts::evidence_for(ctx.doc, p, task->span);
    if (is_defined(b) || defined_categories.count(b.category) > 0) {
      out.pass(ev);
      continue;
    }
    const std::string written = facts::original_text(p, task->span);
    out.fail("undefined", {{"body", written}},
             Place{ev.location, static_cast<int>(text::code_point_count(written)), ev.section, ev.text});
  }
  if (!any_task) out.not_applicable("no body is given a task (由X… / X负责…)");
}

std::unique_ptr<const Rule> make_defined_bodies_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  DefinedBodiesParams params;
  params.ignore = compile_patterns(spec, "ignore", errors);
  return std::make_unique<DefinedBodiesRule>(std::move(params));
}

}  // namespace plancheck::rules
