#include "rules/defined_bodies.hpp"

#include <algorithm>
#include <optional>

#include "facts/organisation.hpp"
#include "facts/own_organisation.hpp"
#include "rules/phrase_scope.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {

bool DefinedBodiesRule::outside(const facts::OrgBody& b, const std::string& written) const {
  std::vector<const std::string*> names{&written, &b.name};
  for (const std::string& a : b.aliases) names.push_back(&a);
  return std::any_of(names.begin(), names.end(), [&](const std::string* n) {
    return params_.ignore.find(*n, facts::Span{0, static_cast<std::uint32_t>(n->size())}).has_value();
  });
}

void DefinedBodiesRule::check(const RuleContext& ctx, Reporter& out) const {
  const facts::Passages& ps = ctx.facts.passages;
  bool any_task = false;
  std::optional<facts::OwnOrganisation> own;  // read at the first body not defined
  for (const facts::OrgBody& b : ctx.facts.organisation.bodies) {
    if (b.tasks.empty()) continue;
    const facts::OrgTask& first = b.tasks.front();
    const facts::Passage& p = ps.items[first.at.passage];
    const std::string name = p.norm.text.substr(first.at.span.begin, first.at.span.end - first.at.span.begin);
    // A body of another organisation need not be defined here, unless the plan does define it (the
    // communications administration's own 省通信管理局…领导小组).
    if (!b.defined() && outside(b, name)) continue;
    any_task = true;
    const Evidence ev = facts::evidence_for(ctx.doc, p, first.at.span);
    if (b.defined()) {
      out.pass(ev);
      continue;
    }
    // The plan's own organisation ("本预案由临江化工园区管理委员会负责解释") is no body it must define.
    if (!own) own = facts::read_own_organisation(ctx.doc, ps);
    if (own->known() && facts::same_organisation(name, own->name)) continue;
    const std::string written = facts::original_text(p, first.at.span);
    out.fail("undefined", {{"body", written}},
             Place{ev.location, static_cast<int>(text::code_point_count(written)), ev.section, ev.text});
  }
  if (!any_task) out.not_applicable(LocalizedText{"组织机构章节以外没有给任何机构分配任务（由X…／X负责…）",
                                          "no body of the organisation is given a task outside its chapter (由X… / X负责…)"});
}

std::unique_ptr<const Rule> make_defined_bodies_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  DefinedBodiesParams params;
  params.ignore = compile_patterns(spec, "ignore", errors);
  return std::make_unique<DefinedBodiesRule>(std::move(params));
}

}  // namespace plancheck::rules
