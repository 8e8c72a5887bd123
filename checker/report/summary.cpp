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

void RunTally::add(const PlanResult& plan) {
  ++plans;
  if (plan.error) {
    ++errors;
    return;
  }
  ++checked;
  const PlanTally t = tally(plan);
  if (t.total_failed() > 0) ++failed;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    failed_rules[i] += t.failed_rules[i];
    findings[i] += t.findings[i];
  }
}

RunTally tally(const std::vector<PlanResult>& plans) {
  RunTally run;
  for (const PlanResult& plan : plans) run.add(plan);
  return run;
}

}  // namespace plancheck::report
