// Loading and compiling the rulesets a command selected, and the rule metadata reports show.
#pragma once

#include <string>
#include <vector>

#include "batch/check_plan.hpp"
#include "core/tool_error.hpp"
#include "report/writer.hpp"

namespace plancheck::cli {

// Loads (schema, extends, merge) and compiles each of `ids_or_paths` in order; the first problem is the
// error. An empty list selects cn-national-2017.
Result<batch::Rulesets> load_rulesets(const std::vector<std::string>& ids_or_paths, const std::string& data_dir);

// The rulesets a check applies as of `as_of`: `ids_or_paths` (default cn-national-2017), then, unless
// `exact`, every bundled supplement ruleset (ruleset::Ruleset::supplement) in force on that date that is
// not named already, in id order. A later ruleset's rule replaces an earlier one's of the same id.
Result<batch::Rulesets> select_rulesets(const std::vector<std::string>& ids_or_paths, const std::string& data_dir,
                                        const std::string& as_of, bool exact);

// Every bundled ruleset, compiled, in id order (for `rules list` and `rules explain` with no --ruleset).
Result<batch::Rulesets> load_bundled_rulesets(const std::string& data_dir);

// Rule metadata of the rulesets merged by id; when a rule is in several, the later ruleset wins.
std::vector<report::RuleMeta> rule_metadata(const batch::Rulesets& rulesets);

// The review form of the rulesets: the first that has one, with the groups and elements of each later one
// laid over it (core/review.hpp: its rules join the elements of the same ids). The rating and conclusion
// thresholds are the first ruleset's; a later one's apply only where no earlier ruleset gave them.
ReviewSpec review_spec(const batch::Rulesets& rulesets);

}  // namespace plancheck::cli
