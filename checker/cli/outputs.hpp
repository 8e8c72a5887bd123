// Every output of a run — the primary --format/--output report, each --report FORMAT:PATH, and the
// non-stream sinks (results store, dashboard) — fed the same plans in the same order.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "report/plan_sink.hpp"
#include "report/similarity.hpp"
#include "cli/options.hpp"
#include "core/result.hpp"
#include "core/tool_error.hpp"
#include "report/summary.hpp"
#include "report/writer.hpp"

namespace plancheck::cli {

class FdOStream;

// Where one report goes: a format from report::report_formats() and a file ("" = standard output).
struct OutputTarget {
  std::string format;
  std::string path;
};

// The targets `options` asks for: --format/--output first, then every --report in order. A --report
// whose FORMAT is neither a report format nor a sink format (see make_sink) is a usage error.
Result<std::vector<OutputTarget>> output_targets(const Options& options);

// The sink for `--report FORMAT:PATH` when FORMAT is a non-stream output (e.g. "dashboard"); null when
// FORMAT is not one. The formats are rows of sink_formats() in outputs.cpp (one row per format). `texts`
// reads a plan's shingles again for the outputs that compare plans' texts (similar, the dashboard's
// near-identical filings); null when the plans' texts are not at hand (merge).
Result<std::unique_ptr<report::PlanSink>> make_sink(const OutputTarget& target, const Options& options,
                                                    const report::ShingleLoader* texts);
bool is_sink_format(const std::string& name);

// True when some output compares the plans' texts, so that checking must sketch each one
// (batch::CheckOptions::sketch_text).
bool compares_texts(const Options& options);

// The sinks asked for by options of their own (e.g. --db FILE); one line per such option.
std::vector<std::unique_ptr<report::PlanSink>> option_sinks(const Options& options);

// The fan-out. Files are written to temporaries and appear only when finish() succeeds; abort() (or
// destruction without finish) removes them, so each report is whole or absent.
class Outputs {
 public:
  // Opens every output; on error nothing is left on disk. `texts` as for make_sink.
  static Result<std::unique_ptr<Outputs>> open(const Options& options, const report::RunInfo& run,
                                               const report::ShingleLoader* texts = nullptr);
  ~Outputs();
  Outputs(const Outputs&) = delete;
  Outputs& operator=(const Outputs&) = delete;

  void plan(const PlanResult& plan);
  // Closes every report and commits every file and sink; the first error is returned, and outputs not
  // yet committed are then discarded.
  std::optional<ToolError> finish(const report::RunTally& totals);
  void abort();

  // True when some report goes to standard output in the text format (it then shows plans in error).
  bool text_on_stdout() const { return text_on_stdout_; }

 private:
  struct Stream;
  Outputs();

  std::unique_ptr<FdOStream> stdout_;  // the reports that go to standard output (every write checked)
  std::vector<Stream> streams_;
  std::vector<std::unique_ptr<report::PlanSink>> sinks_;
  bool text_on_stdout_ = false;
  Lang lang_ = Lang::Zh;
  bool done_ = false;
};

}  // namespace plancheck::cli
