// Kind `frequency`: an activity (drills, plan reviews) happens at least N times a year, stated as a number.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <subject> activity words (several, e.g. 演练), <min-per-year> (default 1), <context> words the
// sentence must also hold (optional, e.g. 预案 so that 风险评估 is not a plan review), <section> heading
// names where a missing provision belongs. A quantified frequency anywhere wins over a vague 定期.
// Messages: missing {subject} {min}; no-frequency {subject} {min}; vague {found} {min}; too-rare {found} {min}.
std::unique_ptr<const Rule> make_frequency_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
