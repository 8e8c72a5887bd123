#include "rules/superseded.hpp"

#include "facts/citations.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

std::string attribute(const ruleset::Param& p, const std::string& name) {
  auto it = p.attributes.find(name);
  return it == p.attributes.end() ? std::string() : it->second;
}

}  // namespace

void SupersededRule::check(const RuleContext& ctx, Reporter& out) const {
  const facts::Passages& ps = ctx.facts.passages;
  const auto& cited = ctx.facts.citations.items;
  if (cited.empty()) {
    out.not_applicable("the plan cites no document");
    return;
  }
  // On a pass the evidence is the first citation: the list that was checked.
  out.pass(facts::evidence_for(ctx.doc, ps.items[cited.front().passage], cited.front().span));
  for (const SupersededParams::Entry& e : params_.entries) {
    for (const facts::Citation& c : ctx.facts.citations.items) {
      if (c.abolishing || c.key != e.key) continue;
      if ((c.kind == facts::CitationKind::Standard) != e.standard) continue;
      const facts::Passage& p = ps.items[c.passage];
      const Evidence ev = facts::evidence_for(ctx.doc, p, c.span);
      const std::string written = facts::original_text(p, c.span);
      out.fail(e.replaced_by.empty() ? "abolished" : "superseded",
               {{"ref", e.ref}, {"replacement", e.replaced_by}, {"since", e.since}, {"found", written}},
               Place{ev.location, static_cast<int>(text::code_point_count(written)), ev.section, ev.text});
      break;  // one finding per superseded document, at its first citation
    }
  }
}

std::unique_ptr<const Rule> make_superseded_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  SupersededParams params;
  for (const ruleset::Param* p : spec.params_named("superseded")) {
    SupersededParams::Entry e;
    e.ref = attribute(*p, "ref");
    e.replaced_by = attribute(*p, "replaced-by");
    e.since = attribute(*p, "since");
    e.key = facts::canonical_standard(text::normalized(e.ref));
    e.standard = !e.key.empty();
    if (!e.standard) e.key = facts::title_key(text::normalized(e.ref));
    if (e.key.empty()) {
      errors.push_back({p->line, "<superseded> needs a ref: a standard number or a 《title》"});
      continue;
    }
    params.entries.push_back(std::move(e));
  }
  if (params.entries.empty()) errors.push_back({spec.line, "a superseded rule needs at least one <superseded>"});
  return std::make_unique<SupersededRule>(std::move(params));
}

}  // namespace plancheck::rules
