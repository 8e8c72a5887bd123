// The review form (评审表) a regulator fills in for each filed plan, filled from the findings: the 形式评审
// and 要素评审 tables of the selected rulesets' <review> block (core/review.hpp), each element rated, the
// findings behind each rating, the conclusion, and lines for the reviewers' signatures.
#pragma once

#include <string>

#include "report/writer.hpp"

namespace plancheck::report {

struct ReviewOptions {
  std::string run_date;  // "YYYY-MM-DD": the form's date (see run_date.hpp)
};

// HTML (--format review): one self-contained, A4-printable page holding one form per plan, each starting on
// a new printed page; the audit report's template and stylesheet. Chinese by default, English with
// RunInfo::lang. A run whose RunInfo::review is empty gets forms without tables (the command line refuses it).
class ReviewHtmlWriter final : public Writer {
 public:
  explicit ReviewHtmlWriter(ReviewOptions options) : options_(std::move(options)) {}
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;

 private:
  ReviewOptions options_;
};

// CSV (--report review-csv:FILE): one row per plan × element in the form's order — path, organisation,
// group, element, key, rating, the failed rules that caused it, conclusion — UTF-8 with BOM, fields as the
// CSV report writes them (csv_field.hpp). A plan that could not be read is one row with its error.
class ReviewCsvWriter final : public Writer {
 public:
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;
};

}  // namespace plancheck::report
