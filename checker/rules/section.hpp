// Kind `section`: a required topic of the plan (purpose, scope, organisation, …) has a heading or a paragraph.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <heading> names (several), <keyword> phrases for the paragraph fallback ("…" = any text
// within one sentence), <exclude> headings that never count, <front-matter>pass|fail</front-matter>.
std::unique_ptr<const Rule> make_section_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

// Whether a heading title (normalised, without its number) names one of the topic's `names`: equal, or
// as a part of a combined heading ("应急处置与事后评估"), a part beginning or ending with the name, or
// containing a name of three or more characters. A part containing an `excludes` entry never counts.
bool heading_names_topic(const std::string& title, const std::vector<std::string>& names,
                         const std::vector<std::string>& excludes);

}  // namespace plancheck::rules
