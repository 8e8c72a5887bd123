// The SARIF 2.1.0 report for code-scanning interfaces: one run, rules with their basis, one result per finding.
#pragma once

#include "report/writer.hpp"

namespace plancheck::report {

// Deterministic (no timestamps, paths as given). Failed findings are results; waived ones are results with
// a suppression; plans that could not be read are error notifications of the run's invocation. Columns
// count Unicode code points (columnKind "unicodeCodePoints"), like plancheck's Location.
class SarifWriter final : public Writer {
 public:
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;
};

}  // namespace plancheck::report
