#include "report/summary.hpp"

namespace plancheck::report {

PlanTally tally(const PlanResult& plan) {
  PlanTally t;
  for (const RuleResult& r : plan.results) {
    switch (r.status) {
      case Status::Pass: ++t.passed; break;
      case Status::NotApplicable: ++t.not_applicable; break;
      case Status::Waived: ++t.waived; break;
      case Status::Fail:
        ++at(t.failed_rules, r.severity);
        at(t.findings, r.severity) += static_cast<int>(r.findings.size());
        break;
    }
  }
  return t;
}

RunTally tally(const std::vector<PlanResult>& plans) {
  RunTally run;
  for (const PlanResult& plan : plans) {
    ++run.plans;
    if (plan.error) {
      ++run.errors;
      continue;
    }
    ++run.checked;
    const PlanTally t = tally(plan);
    if (t.total_failed() > 0) ++run.failed;
    for (std::size_t i = 0; i < run.findings.size(); ++i) {
      run.failed_rules[i] += t.failed_rules[i];
      run.findings[i] += t.findings[i];
    }
  }
  return run;
}

}  // namespace plancheck::report
