#include "rules/citation.hpp"

#include <algorithm>

#include "facts/citations.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {

void CitationRule::check(const RuleContext& ctx, Reporter& out) const {
  const facts::Passages& ps = ctx.facts.passages;
  const std::string own_title = facts::title_key(text::normalized(ctx.doc.metadata.title));
  for (const auto& tier : params_.scope.tiers(ps)) {
    for (const facts::Citation& c : ctx.facts.citations.items) {
      if (c.kind != facts::CitationKind::Title || c.abolishing || c.key == own_title) continue;
      if (!std::binary_search(tier.begin(), tier.end(), c.passage)) continue;
      const facts::Span whole{0, static_cast<std::uint32_t>(c.key.size())};
      if (!params_.titles.find(c.key, whole) || params_.excludes.find(c.key, whole)) continue;
      out.pass(facts::evidence_for(ctx.doc, ps.items[c.passage], c.span));
      return;
    }
  }
  Place place;
  place.section = params_.scope.first_section(ps);
  out.fail("missing", {{"section", place.section}}, std::move(place));
}

std::unique_ptr<const Rule> make_citation_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  CitationParams params;
  params.titles = compile_patterns(spec, "cites", errors);
  if (params.titles.empty()) errors.push_back({spec.line, "a citation rule needs at least one <cites>"});
  params.excludes = compile_patterns(spec, "exclude", errors);
  params.scope = PhraseScope::read(spec, errors);
  return std::make_unique<CitationRule>(std::move(params));
}

}  // namespace plancheck::rules
