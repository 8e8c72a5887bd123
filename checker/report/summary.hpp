// Counting a run's outcome the same way in every report format: plans, failures, findings by severity.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.hpp"
#include "core/result.hpp"
#include "core/severity.hpp"

namespace plancheck::report {

// Counts indexed by Severity (Info, Warning, Error).
using SeverityCounts = std::array<int, 3>;

struct PlanTally {
  SeverityCounts failed_rules{};  // rules with status Fail, by severity
  SeverityCounts findings{};      // findings of failed rules, by the rule's severity
  int passed = 0;
  int not_applicable = 0;
  int waived = 0;
  int new_findings = 0;        // findings of failed rules marked "new" by --baseline
  int unchanged_findings = 0;  // … marked "unchanged"

  int total_failed() const { return failed_rules[0] + failed_rules[1] + failed_rules[2]; }
};

struct RunTally {
  int plans = 0;    // inputs: checked + errors + not_plans
  int checked = 0;  // plans read and checked
  int failed = 0;   // checked plans with at least one failed rule
  int errors = 0;   // plans that could not be read
  int not_plans = 0;  // files that are not emergency plans (ErrorKind::NotAPlan): neither checked nor errors
  int waived = 0;   // waived results of checked plans
  SeverityCounts failed_rules{};
  SeverityCounts findings{};
  int new_findings = 0;        // as PlanTally's, over every checked plan
  int unchanged_findings = 0;

  // Counts one more plan.
  void add(const PlanResult& plan);
};

PlanTally tally(const PlanResult& plan);

// The plan's copied share (plan.copied-parent) as a whole percentage rounded down, "62%"; "" when not measured.
std::string copied_share_text(const PlanResult& plan);
// The same as a number rounded to four decimals (0.6248), as JSON, CSV, SARIF and the store give it.
std::optional<double> copied_share_value(const PlanResult& plan);
RunTally tally(const std::vector<PlanResult>& plans);

// How a --baseline mark reads in a report: "新增" / "new", "未变" / "unchanged"; "" for no mark.
std::string_view baseline_label(std::string_view mark, Lang lang);

// A rule's --baseline mark as a whole: "new" when any of its findings is new, "unchanged" when every
// marked one was in the baseline, "" without marks.
std::string_view baseline_mark(const RuleResult& r);

inline int& at(SeverityCounts& c, Severity s) { return c[static_cast<std::size_t>(s)]; }
inline int at(const SeverityCounts& c, Severity s) { return c[static_cast<std::size_t>(s)]; }

}  // namespace plancheck::report
