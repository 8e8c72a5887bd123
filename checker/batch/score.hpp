// The plan score: how much of what applies is met, weighted by severity.
#pragma once

#include <vector>

#include "core/result.hpp"

namespace plancheck::batch {

// Each rule weighs error 3, warning 2, info 1. score = round(100 × passed weight / applicable weight),
// where waived and not-applicable rules are left out of both; 100 when nothing applies. A failing error
// therefore costs more than a failing info, and waiving a rule neither helps nor hurts.
int score(const std::vector<RuleResult>& results);

}  // namespace plancheck::batch
