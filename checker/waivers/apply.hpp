// Applying inline suppressions and the waiver file to one plan's results: failures become `waived`.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/lang.hpp"
#include "core/result.hpp"
#include "waivers/inline_suppressions.hpp"
#include "waivers/waiver_file.hpp"

namespace plancheck::waivers {

// The id of the synthetic result that reports suppression comments plancheck cannot honour.
inline constexpr const char* kSuppressionRule = "plancheck.suppression";

struct WaiverSettings {
  bool inline_suppressions = true;                     // false: --no-inline-suppressions (regulators)
  std::shared_ptr<const std::vector<Waiver>> waivers;  // the --waivers file; null when none
  std::string today;                                   // YYYY-MM-DD, for expiry (today.hpp)
};

// Removes from failed results the findings inside a suppressed line range of their rule (a whole-file
// suppression also takes findings with no location). A result left with no finding becomes `waived`
// with the reason in its note and keeps the suppressed findings (reports show what was waived); a
// result that keeps some findings stays `fail` and says in its note how many were suppressed. Each
// error becomes a finding of a failed, error-severity `plancheck.suppression` result, inserted in id
// order: a suppression without a reason is never applied, and the run fails on it like on any error.
void apply_inline(std::vector<RuleResult>& results, const InlineSuppressions& inline_suppressions, Lang lang);

// Waives each failed result that an unexpired waiver covers (the first in file order wins). When only
// expired waivers cover it, it stays failed and its note says when the waiver expired.
void apply_waiver_list(std::vector<RuleResult>& results, const std::string& plan_path,
                       const std::vector<Waiver>& waivers, const std::string& today, Lang lang);

// Inline suppressions (Markdown and XML plans only, unless switched off), then the waiver file.
void apply_waivers(PlanResult& result, const Document& doc, const WaiverSettings& settings, Lang lang);

// Settings for a run: reads and validates the waiver file when `waiver_file` is not empty, against the
// schema at `schema_path`; today's date from today().
Result<WaiverSettings> load_settings(const std::string& waiver_file, const std::string& schema_path,
                                     bool inline_suppressions);

}  // namespace plancheck::waivers
