#include "cli/outputs.hpp"

#include <cstdlib>
#include <unistd.h>

#include "cli/fd_stream.hpp"
#include "cli/messages.hpp"
#include "cli/output_file.hpp"
#include "cli/report_file.hpp"
#include "cli/similar_sink.hpp"
#include "report/dashboard_sink.hpp"
#include "report/formats.hpp"
#include "store/store_sink.hpp"

namespace plancheck::cli {

namespace {

bool use_color(const Options& o, const OutputTarget& target) {
  if (!target.path.empty()) return false;
  if (o.color != ColorMode::Auto) return o.color == ColorMode::Always;
  const char* term = std::getenv("TERM");
  return std::getenv("NO_COLOR") == nullptr && (term == nullptr || std::string(term) != "dumb") &&
         ::isatty(STDOUT_FILENO) == 1;
}

report::WriterOptions writer_options(const Options& o, bool color) {
  report::WriterOptions w;
  w.lang = o.lang;
  w.color = color;
  w.verbose = o.verbose;
  w.quiet = o.quiet;
  w.html_findings_only = o.html_findings_only;
  return w;
}

ToolError bad_report(const std::string& value) {
  std::vector<std::string> names = report::format_names();
  std::string allowed;
  for (const std::string& n : names) allowed += (allowed.empty() ? "" : "|") + n;
  return ToolError{ErrorKind::Usage, "", {},
                   Message{Msg::BadValue, {{"option", "--report"}, {"value", value}, {"allowed", allowed + " : PATH"}}}};
}

}  // namespace

Result<std::vector<OutputTarget>> output_targets(const Options& o) {
  std::vector<OutputTarget> targets{{o.format_name, o.output}};
  for (const std::string& value : o.reports) {
    const std::size_t colon = value.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == value.size()) return bad_report(value);
    OutputTarget t{value.substr(0, colon), value.substr(colon + 1)};
    if (!report::find_format(t.format) && !is_sink_format(t.format)) return bad_report(value);
    targets.push_back(std::move(t));
  }
  return targets;
}

namespace {

using SinkFactory = std::unique_ptr<report::PlanSink> (*)(const std::string& path, const Options& options,
                                                          const report::ShingleLoader* texts);

struct SinkFormat {
  std::string_view name;
  SinkFactory make;
  bool uses_texts;   // compares the plans' texts when they are at hand
  bool needs_texts;  // … and is not available without them
};

// The --report formats that are not report streams. One row per format.
std::unique_ptr<report::PlanSink> make_dashboard(const std::string& path, const Options& o, const report::ShingleLoader* texts) {
  auto sink = std::make_unique<report::DashboardSink>(path, writer_options(o, false));
  if (texts) sink->compare_texts(o.similar_threshold, *texts);
  return sink;
}

std::unique_ptr<report::PlanSink> make_similar(const std::string& path, const Options& o, const report::ShingleLoader* texts) {
  return std::make_unique<SimilarSink>(path, o.similar_threshold, texts ? *texts : report::ShingleLoader(), o.lang);
}

const std::vector<SinkFormat>& sink_formats() {
  static const std::vector<SinkFormat> table = {
      {"dashboard", make_dashboard, true, false},
      {"similar", make_similar, true, true},
  };
  return table;
}

}  // namespace

Result<std::unique_ptr<report::PlanSink>> make_sink(const OutputTarget& target, const Options& options,
                                                    const report::ShingleLoader* texts) {
  for (const SinkFormat& f : sink_formats()) {
    if (f.name != target.format) continue;
    if (f.needs_texts && !texts) {
      return ToolError{ErrorKind::Usage, "", {}, Message{Msg::NeedsPlanTexts, {{"format", target.format}}}};
    }
    return f.make(target.path, options, texts);
  }
  return std::unique_ptr<report::PlanSink>();
}

bool is_sink_format(const std::string& name) {
  for (const SinkFormat& f : sink_formats()) {
    if (f.name == name) return true;
  }
  return false;
}

bool compares_texts(const Options& options) {
  Result<std::vector<OutputTarget>> targets = output_targets(options);
  if (!targets) return false;
  for (const OutputTarget& t : targets.value()) {
    for (const SinkFormat& f : sink_formats()) {
      if (f.name == t.format && f.uses_texts) return true;
    }
  }
  return false;
}

std::vector<std::unique_ptr<report::PlanSink>> option_sinks(const Options& o) {
  std::vector<std::unique_ptr<report::PlanSink>> sinks;
  // Ruleset ids are taken from the plans: the command line may name files or nothing (the default).
  if (!o.db.empty()) sinks.push_back(std::make_unique<store::StoreSink>(o.db, store::RunRecord{{}, {}, {}, o.arguments, o.lang, {}}));
  return sinks;
}

// The file is declared before the stream so the stream, which writes into it, is destroyed first.
struct Outputs::Stream {
  std::unique_ptr<report::Writer> writer;
  std::unique_ptr<ReportFile> file;  // null: standard output
  std::unique_ptr<report::ReportStream> stream;
};

Outputs::Outputs() = default;

Outputs::~Outputs() {
  if (!done_) abort();
}

Result<std::unique_ptr<Outputs>> Outputs::open(const Options& o, const report::RunInfo& run,
                                               const report::ShingleLoader* texts) {
  Result<std::vector<OutputTarget>> targets = output_targets(o);
  if (!targets) return targets.error();
  std::unique_ptr<Outputs> out(new Outputs());
  out->lang_ = o.lang;
  for (const OutputTarget& t : targets.value()) {
    if (run.review.empty() && (t.format == "review" || t.format == "review-csv")) {
      return ToolError{ErrorKind::Usage, "", {}, Message{Msg::ReviewNotDefined, {{"format", t.format}}}};
    }
    if (const report::ReportFormat* format = report::find_format(t.format)) {
      Stream s;
      s.writer = format->make(writer_options(o, use_color(o, t)));
      if (!t.path.empty()) {
        Result<std::unique_ptr<ReportFile>> file = ReportFile::create(t.path, o.lang);
        if (!file) return file.error();
        s.file = file.take();
      } else if (!out->stdout_) {
        out->stdout_ = std::make_unique<FdOStream>(STDOUT_FILENO);
      }
      s.stream = s.writer->open(run, s.file ? s.file->stream() : *out->stdout_);
      if (t.path.empty() && t.format == "text") out->text_on_stdout_ = true;
      out->streams_.push_back(std::move(s));
    } else {
      Result<std::unique_ptr<report::PlanSink>> sink = make_sink(t, o, texts);
      if (!sink) return sink.error();
      out->sinks_.push_back(sink.take());
    }
  }
  for (auto& sink : option_sinks(o)) out->sinks_.push_back(std::move(sink));
  for (auto& sink : out->sinks_) {
    if (auto e = sink->begin(run)) return *e;
  }
  return Result<std::unique_ptr<Outputs>>(std::move(out));
}

void Outputs::plan(const PlanResult& plan) {
  for (Stream& s : streams_) s.stream->plan(plan);
  for (auto& sink : sinks_) sink->plan(plan);
  if (stdout_) stdout_->flush();  // a reader at a terminal or a pipe sees each plan as it is done
}

std::optional<ToolError> Outputs::finish(const report::RunTally& totals) {
  for (Stream& s : streams_) s.stream->close(totals);
  std::optional<ToolError> error;
  if (stdout_) {
    if (const int cause = stdout_->finish()) error = stdout_error(cause, lang_);
  }
  for (Stream& s : streams_) {
    if (!s.file) continue;
    if (!error) error = s.file->commit();
    if (error) s.file->discard();
  }
  for (auto& sink : sinks_) {
    if (!error) error = sink->finish(totals);
    if (error) sink->abort();
  }
  done_ = true;
  return error;
}

void Outputs::abort() {
  for (Stream& s : streams_) {
    if (s.file) s.file->discard();
  }
  for (auto& sink : sinks_) sink->abort();
  if (stdout_) stdout_->flush();
  done_ = true;
}

}  // namespace plancheck::cli
