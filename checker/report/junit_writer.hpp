// The JUnit XML report for CI dashboards: one testsuite per plan, one testcase per rule.
#pragma once

#include "report/writer.hpp"

namespace plancheck::report {

// Failed rules are <failure>s listing each finding with its path:line:col; not-applicable and waived rules
// are <skipped>; a plan that could not be read is a testsuite holding one <error>. Deterministic.
class JunitWriter final : public Writer {
 public:
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;
};

}  // namespace plancheck::report
