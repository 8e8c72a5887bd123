// What the batch dashboard keeps while a run streams past: one small row per plan and a count per failed
// rule, never the plans' full results.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "report/similarity.hpp"
#include "report/summary.hpp"

namespace plancheck::report {

struct DashboardPlan {
  std::string path;
  std::string title;
  std::string organisation;
  std::optional<int> score;    // absent when the plan could not be checked
  SeverityCounts failed{};     // failed rules by severity
  std::string error;           // the one-line tool error, "" when checked
  bool not_a_plan = false;     // `error` says why the file is not a plan (counted apart from errors)
  std::string report_link;     // relative link to the plan's own report, "" when none was written
  std::optional<double> copied_share;  // plan.copied-parent's measure, when taken
};

class DashboardData {
 public:
  // Records `plan` (with the link to its report, if any) and forgets its details.
  void add(const PlanResult& plan, std::string report_link, Lang lang);

  const std::vector<DashboardPlan>& plans() const { return plans_; }
  // True when some plan's copied share was measured (the table then has its column).
  bool has_copied_share() const { return has_copied_share_; }
  const RunTally& totals() const { return totals_; }
  // The mean score of the checked plans; none when no plan was checked.
  std::optional<double> mean_score() const;
  // Plans per score decile: [0] counts 0–9, …, [9] counts 90–100.
  const std::vector<int>& histogram() const { return histogram_; }

  struct RuleCount {
    std::string rule;
    int plans = 0;  // plans that fail it
  };
  // The rules failed by the most plans, most first (ties by id), at most `limit`.
  std::vector<RuleCount> most_failed(std::size_t limit) const;

  // Near-identical filings, when the run compared the plans' texts: the plans compared (those checked),
  // the pairs at or above `threshold` and their clusters.
  struct NearIdentical {
    double threshold = 0;
    std::vector<SimilarPlan> plans;
    std::vector<SimilarPair> pairs;
    std::vector<SimilarCluster> clusters;
  };
  void set_near_identical(NearIdentical found) { near_identical_ = std::move(found); }
  const std::optional<NearIdentical>& near_identical() const { return near_identical_; }

 private:
  std::optional<NearIdentical> near_identical_;
  bool has_copied_share_ = false;
  std::vector<DashboardPlan> plans_;
  std::map<std::string, int> failures_;
  std::vector<int> histogram_ = std::vector<int>(10, 0);
  RunTally totals_;
};

}  // namespace plancheck::report
