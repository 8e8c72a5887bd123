// `extends` semantics: laying one ruleset file over the rules it inherits, then typing each merged rule.
#pragma once

#include <optional>
#include <vector>

#include "core/tool_error.hpp"
#include "ruleset/ruleset.hpp"
#include "ruleset/ruleset_file.hpp"

namespace plancheck::ruleset {

// Applies `file` on top of `rules`: an element whose id is inherited overrides that rule (attributes
// given replace; children given replace the inherited children of the same name, messages by key); a
// new id adds a rule; <disable> removes one. Errors: an override that changes the kind, a disable of a
// rule that does not exist.
std::optional<ToolError> apply_file(std::vector<RuleElement>& rules, const RulesetFile& file);

// The typed rule of a merged element. Fails unless the rule is complete: severity, title, basis clause
// and remediation (the messages its kind needs are checked when the rule is compiled).
Result<RuleSpec> build_rule_spec(const RuleElement& e);

}  // namespace plancheck::ruleset
