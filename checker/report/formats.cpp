#include "report/formats.hpp"

#include "report/html_writer.hpp"
#include "report/json_writer.hpp"
#include "report/run_date.hpp"
#include "report/text_writer.hpp"

namespace plancheck::report {

namespace {

std::unique_ptr<Writer> make_text(const WriterOptions& o) {
  return std::make_unique<TextWriter>(TextOptions{o.color, o.verbose, o.quiet});
}

std::unique_ptr<Writer> make_json(const WriterOptions&) { return std::make_unique<JsonWriter>(); }

// Dated from SOURCE_DATE_EPOCH when set, so reports rendered in tests and examples are reproducible.
std::unique_ptr<Writer> make_html(const WriterOptions&) { return std::make_unique<HtmlWriter>(HtmlOptions{run_date()}); }

}  // namespace

// One row per format; adding a format means adding a row here.
const std::vector<ReportFormat>& report_formats() {
  static const std::vector<ReportFormat> table = {
      {"text", "txt", {"编译器风格的文本报告", "compiler-style text report"}, make_text},
      {"json", "json", {"JSON 报告（plancheck-report/1）", "JSON report (plancheck-report/1)"}, make_json},
      {"html", "html", {"HTML 合规审查报告（可打印 A4）", "HTML audit report (A4 print-ready)"}, make_html},
  };
  return table;
}

const ReportFormat* find_format(std::string_view name) {
  for (const ReportFormat& f : report_formats()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const ReportFormat& f : report_formats()) names.emplace_back(f.name);
  return names;
}

}  // namespace plancheck::report
