// Kind `duty`: round-the-clock duty (24小时值班) is required under the given warning colours or response
// levels; keeping phones open (24小时电话畅通) is not duty.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <colour> warning colours (several: 红色, 橙色) and <level> response levels (several: I级, II级)
// under which duty is required; a duty mention under any of them passes.
// Messages: missing; phone-only {found}; wrong-context {found}.
std::unique_ptr<const Rule> make_duty_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
