// The HTML audit report for consultants: one self-contained, A4-printable page per run (inline CSS and
// SVG, no script, no external reference), Chinese by default.
#pragma once

#include <string>

#include "report/writer.hpp"

namespace plancheck::report {

struct HtmlOptions {
  std::string run_date;     // "YYYY-MM-DD" on the cover and in the running header (see run_date.hpp)
  bool findings_only = false;  // --html-findings-only: the matrix lists only failed rules; no outline
  std::string back_link{};  // a link (e.g. "../index.html") shown on screen above the report; "" for none
};

// Per plan: a cover with the score and a per-area chart, the compliance matrix (合规对照表) of every
// rule, the findings with evidence and remediation, and the recovered outline as an appendix. Several
// plans share one file, each starting on a new printed page, after a cover for the run with a contents
// list linking to each plan. Printed pages are numbered "n / total".
class HtmlWriter final : public Writer {
 public:
  explicit HtmlWriter(HtmlOptions options) : options_(std::move(options)) {}
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;

 private:
  HtmlOptions options_;
};

}  // namespace plancheck::report
