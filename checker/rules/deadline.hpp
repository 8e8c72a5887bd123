// Kind `deadline`: the unit's own deadline for something (the investigation and summary report) is stated
// and no longer than the limit; calendar and working days compare correctly (10 working days = 14 days).
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <subject> words the deadline's sentence names (several: 总结, 调查, 评估 …), <anchor> words the
// clause before the number names (several: 结束后 …; none = any), <max-days> and/or <max-working-days> (both
// must hold when both are given), <section> heading names where a missing deadline belongs. A deadline for
// a body's consolidated (汇总) report is not the unit's own. <inside> / <outside> phrase patterns (optional,
// together): a deadline whose sentence names a recipient inside the organisation (报…领导小组) and none outside
// (原渠道, 网信 …) does not count.
// Messages: missing {days} {working_days}; too-long {found} {days} {working_days}; authority-only {found}.
std::unique_ptr<const Rule> make_deadline_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
