// Kind `report-deadline`: the first external report of a 较大-or-bigger event, judged against the limit the
// 2025 reporting measures set for the organisation's kind (RuleContext::when.org). What it shares with
// report-recipient is in reporting.hpp.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// report-deadline parameters: <level> event levels that must be reported, highest first (特别重大, 重大,
// 较大; "较大以上" in a plan covers the higher ones); one <limit org-kind="cii|central|other" name-zh name-en
// recipient-zh recipient-en>1小时</limit> per kind; <not-a-limit> prompt words that state no limit
// (第一时间); <external> words that make a report external (网信, 公安 …: when some report names one,
// only those are judged). 立即 passes; 及时 / 尽快 / a <not-a-limit> word alone is vague.
// Messages (all with {limit} {kind} {recipient} {others}): missing; vague {found}; too-long {found}.
// Fragments the rule formats itself: other-kind {name} {limit} {recipient}; default-kind {kind} {limits} (filling
// {others} when the kind was not declared, profiled or read from the plan).
std::unique_ptr<const Rule> make_report_deadline_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
