#include "report/dashboard_data.hpp"

#include <algorithm>

namespace plancheck::report {

void DashboardData::add(const PlanResult& plan, std::string report_link, Lang lang) {
  totals_.add(plan);
  DashboardPlan row;
  row.path = plan.path;
  row.title = plan.title;
  row.organisation = plan.organisation;
  row.report_link = std::move(report_link);
  row.copied_share = plan.copied_share;
  if (plan.copied_share) has_copied_share_ = true;
  if (plan.error) {
    row.error = plan.error->to_string(lang);
    row.not_a_plan = plan.error->kind == ErrorKind::NotAPlan;
  } else {
    row.score = plan.score;
    row.failed = tally(plan).failed_rules;
    ++histogram_[static_cast<std::size_t>(std::clamp(plan.score / 10, 0, 9))];
  }
  for (const RuleResult& r : plan.results) {
    if (r.status == Status::Fail) ++failures_[r.rule];
  }
  plans_.push_back(std::move(row));
}

std::optional<double> DashboardData::mean_score() const {
  if (totals_.checked == 0) return std::nullopt;
  long sum = 0;
  for (const DashboardPlan& p : plans_) sum += p.score.value_or(0);
  return static_cast<double>(sum) / totals_.checked;
}

std::vector<DashboardData::RuleCount> DashboardData::most_failed(std::size_t limit) const {
  std::vector<RuleCount> counts;
  for (const auto& [rule, n] : failures_) counts.push_back({rule, n});
  // Stable on the id-sorted map: equal counts stay in id order.
  std::stable_sort(counts.begin(), counts.end(), [](const RuleCount& a, const RuleCount& b) { return a.plans > b.plans; });
  if (counts.size() > limit) counts.resize(limit);
  return counts;
}

}  // namespace plancheck::report
