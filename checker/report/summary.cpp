#include "report/summary.hpp"

#include <cmath>

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
        for (const Finding& f : r.findings) {
          if (f.baseline == "new") ++t.new_findings;
          if (f.baseline == "unchanged") ++t.unchanged_findings;
        }
        break;
    }
  }
  return t;
}

void RunTally::add(const PlanResult& plan) {
  ++plans;
  if (plan.error) {
    ++(plan.error->kind == ErrorKind::NotAPlan ? not_plans : errors);
    return;
  }
  ++checked;
  const PlanTally t = tally(plan);
  waived += t.waived;
  if (t.total_failed() > 0) ++failed;
  new_findings += t.new_findings;
  unchanged_findings += t.unchanged_findings;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    failed_rules[i] += t.failed_rules[i];
    findings[i] += t.findings[i];
  }
}

std::string_view baseline_label(std::string_view mark, Lang lang) {
  const bool en = lang == Lang::En;
  if (mark == "new") return en ? "new" : "新增";
  if (mark == "unchanged") return en ? "unchanged" : "未变";
  return "";
}

std::string_view baseline_mark(const RuleResult& r) {
  std::string_view mark;
  for (const Finding& f : r.findings) {
    if (f.baseline == "new") return "new";
    if (f.baseline == "unchanged") mark = "unchanged";
  }
  return mark;
}

RunTally tally(const std::vector<PlanResult>& plans) {
  RunTally run;
  for (const PlanResult& plan : plans) run.add(plan);
  return run;
}

std::optional<double> copied_share_value(const PlanResult& plan) {
  if (!plan.copied_share) return std::nullopt;
  return std::round(*plan.copied_share * 10000) / 10000;
}

std::string copied_share_text(const PlanResult& plan) {
  if (!plan.copied_share) return {};
  return std::to_string(static_cast<int>(*plan.copied_share * 100 + 1e-9)) + "%";
}

}  // namespace plancheck::report
