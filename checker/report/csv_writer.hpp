// The CSV report for spreadsheets: one row per plan and rule, UTF-8 with a BOM so Excel reads Chinese.
#pragma once

#include "report/writer.hpp"

namespace plancheck::report {

// Columns: path, title, format, encoding, score, rule, severity, status, basis, line, column, message,
// remediation, note, baseline (with --baseline: `new` when a finding of the rule is new, else `unchanged`);
// the header row is in the run's language, the values are not (status is pass, fail,
// not-applicable, waived or error, as in the JSON report). A plan that could not be read is one row with
// status `error` and the cause as its message. Rows end in CRLF (RFC 4180).
class CsvWriter final : public Writer {
 public:
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;
};

}  // namespace plancheck::report
