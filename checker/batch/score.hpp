// The plan score and the per-area scores: how much of what applies is met, weighted by severity.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace plancheck::batch {

// Each rule weighs error 3, warning 2, info 1. score = round(100 × passed weight / applicable weight),
// where waived and not-applicable rules are left out of both; 100 when nothing applies. A failing error
// therefore costs more than a failing info, and waiving a rule neither helps nor hurts.
int score(const std::vector<RuleResult>& results);

// The same formula over each area's rules alone, where `area_of` names a rule's area (the `area`
// attribute of its ruleset entry). One entry per area that has at least one rule, sorted by area id; an
// area whose rules are all waived or not applicable scores 100 with no passed or failed rule.
std::vector<AreaScore> area_scores(const std::vector<RuleResult>& results,
                                   const std::function<std::string(const std::string& rule)>& area_of);

}  // namespace plancheck::batch
