// Kind `citation`: the plan cites a required document (《网络安全法》, a parent emergency plan), in its basis
// section when it has one.
#pragma once

#include <memory>
#include <vector>

#include "facts/phrase_pattern.hpp"
#include "rules/phrase_scope.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules {

struct CitationParams {
  facts::PatternList titles;    // <cites>网络安全法</cites>: matched inside the cited title
  facts::PatternList excludes;  // <exclude>: titles that match but do not count
  PhraseScope scope;            // <scope>编制依据|依据</scope>
};

// A title counts unless it sits in an abolishing clause or is the plan's own title (plans often quote
// their own name in the issuing notice).
class CitationRule final : public Rule {
 public:
  explicit CitationRule(CitationParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;

 private:
  CitationParams params_;
};

std::unique_ptr<const Rule> make_citation_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
