// Kind `foreign-organisation`: another organisation's name where the plan speaks for itself (本单位/我局/
// 本公司 sentences, the principles, the title of its own body, its 落款) — a plan copied from another body
// with that body's name left in.
#pragma once

#include <memory>
#include <vector>

#include "facts/phrase_pattern.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules {

struct ForeignOrganisationParams {
  facts::PatternList self_reference;     // <self-reference>: words by which the plan speaks for itself
  facts::PatternList self_sections;      // <self-section>: headings whose sentences speak for it (工作原则)
  facts::PatternList own_body;           // <own-body>: body words after a name that title the plan's own body
  facts::PatternList outside;            // <outside>: words of outside bodies a plan names legitimately
  facts::PatternList outside_before;     // <outside-before>: words just before a name that make it another body
  facts::PatternList outside_after;      // <outside-after>: words just after a name that make it another body
  facts::PatternList outside_sentence;   // <outside-sentence>: sentences about others (service agreements)
  // Fragments naming the position, from the messages of the same keys.
  LocalizedText in_self, in_section, in_body, in_signature;
};

// The plan's own organisation is read by facts::read_own_organisation; when it cannot be read the rule is
// not applicable (its note says so). Otherwise every organisation-like name (facts::organisation_mentions)
// in a self-referring position that is not the plan's own (facts::same_organisation), not an outside body
// and not written as one (向/配合/与… before it, 领导下 after it) is a finding naming it, where it is and the
// plan's organisation; the remediation quotes the sentence with the plan's own name in its place.
class ForeignOrganisationRule final : public Rule {
 public:
  explicit ForeignOrganisationRule(ForeignOrganisationParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;
  MessageArgs finding_fields(Lang lang) const override;

 private:
  ForeignOrganisationParams params_;
};

std::unique_ptr<const Rule> make_foreign_organisation_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
