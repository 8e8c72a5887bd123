// Kind `immediate-report`: after an incident the unit immediately starts the plan and reports, and the
// given event levels are reported immediately (立即 / 第一时间, or within stated minutes or hours).
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <level> event levels that must be reported immediately (several: 特别重大, 重大); a report
// naming no level covers them all. <immediate-within> the longest stated deadline that still counts as
// immediate (1小时): "30分钟内" passes, "24小时内" / "1个工作日内" is too slow. "及时" / "尽快" alone is not
// immediate. Every message has {max} (that duration, in the run's language); the remediation has {max_zh}
// and {max_en}.
// Messages: start-missing; start-vague {found}; start-slow {found}; level-missing {level};
// level-vague {level} {found}; level-slow {level} {found}.
std::unique_ptr<const Rule> make_immediate_report_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
