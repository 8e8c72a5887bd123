// Kind `response-procedure`: for each response level the plan names who starts it, or how it ends and who
// decides.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <aspect>start|end</aspect>; <level> response levels to check (several: I级, II级; none = every
// level the plan defines). An end provision naming no level (应急结束 … 由领导小组决定) covers every level.
// Messages: no-levels; missing {level}; no-authority {level}.
std::unique_ptr<const Rule> make_response_procedure_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
