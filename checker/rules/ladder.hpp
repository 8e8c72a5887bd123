// Kind `ladder`: one grading ladder (event levels, warning colours or response levels) is defined with the
// expected levels, in order, each with its criteria or mapped to the right event level.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <ladder>event|colour|response</ladder>; <level> expected names highest first ("特别重大",
// "红色", "I级"), each with an optional maps-to="特别重大" attribute (colours, responses).
// Messages: missing; count {expected} {found}; missing-level {level}; extra-level {level}; order {expected}
// {found}; no-criteria {level}; unmapped {level} {expected}; mapping {level} {found} {expected}; highest {level}.
std::unique_ptr<const Rule> make_ladder_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
