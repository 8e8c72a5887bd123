// Kind `report-recipient`: the first external report of a 较大-or-bigger event names the recipients the 2025
// reporting measures set for the organisation's kind (RuleContext::when.org). What it shares with
// report-deadline is in reporting.hpp.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// report-recipient parameters: <recipient org-kind="…" group="保护工作部门">pattern</recipient>, several
// patterns per group (phrase patterns: 省…网信办); every group of the kind must be named in a sentence
// that reports; <level> as for report-deadline (a report naming only lower levels does not count);
// <limit> as for report-deadline (names and recipients per kind, for messages).
// Messages (all with {kind} {recipient} {others}): missing {missing}; no-report.
std::unique_ptr<const Rule> make_report_recipient_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
