// The compiler-style text report: one diagnostic per finding with a CJK-aware caret, then summaries.
#pragma once

#include "report/writer.hpp"

namespace plancheck::report {

struct TextOptions {
  bool color = false;    // ANSI colours (the caller decides: --color, or auto on a TTY)
  bool verbose = false;  // also list passing, waived and not-applicable rules
  bool quiet = false;    // findings and errors only: no per-plan summary or total
};

class TextWriter final : public Writer {
 public:
  explicit TextWriter(TextOptions options) : options_(options) {}
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;

 private:
  TextOptions options_;
};

}  // namespace plancheck::report
