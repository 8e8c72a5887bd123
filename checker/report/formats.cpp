#include "report/formats.hpp"

#include "report/csv_writer.hpp"
#include "report/html_writer.hpp"
#include "report/json_writer.hpp"
#include "report/review_writer.hpp"
#include "report/junit_writer.hpp"
#include "report/sarif_writer.hpp"
#include "report/run_date.hpp"
#include "report/text_writer.hpp"

namespace plancheck::report {

namespace {

std::unique_ptr<Writer> make_text(const WriterOptions& o) {
  return std::make_unique<TextWriter>(TextOptions{o.color, o.verbose, o.quiet});
}

std::unique_ptr<Writer> make_json(const WriterOptions&) { return std::make_unique<JsonWriter>(); }

std::unique_ptr<Writer> make_sarif(const WriterOptions&) { return std::make_unique<SarifWriter>(); }

std::unique_ptr<Writer> make_junit(const WriterOptions&) { return std::make_unique<JunitWriter>(); }

std::unique_ptr<Writer> make_csv(const WriterOptions&) { return std::make_unique<CsvWriter>(); }

// Dated from SOURCE_DATE_EPOCH when set, so reports rendered in tests and examples are reproducible.
std::unique_ptr<Writer> make_html(const WriterOptions& o) {
  return std::make_unique<HtmlWriter>(HtmlOptions{run_date(), o.html_findings_only, o.html_back_link});
}

std::unique_ptr<Writer> make_review(const WriterOptions&) { return std::make_unique<ReviewHtmlWriter>(ReviewOptions{run_date()}); }

std::unique_ptr<Writer> make_review_csv(const WriterOptions&) { return std::make_unique<ReviewCsvWriter>(); }

}  // namespace

// One row per format; adding a format means adding a row here.
const std::vector<ReportFormat>& report_formats() {
  static const std::vector<ReportFormat> table = {
      {"text", "txt", {"编译器风格的文本报告", "compiler-style text report"}, make_text},
      {"json", "json", {"JSON 报告（plancheck-report/1）", "JSON report (plancheck-report/1)"}, make_json},
      {"sarif", "sarif", {"SARIF 2.1.0（代码扫描界面）", "SARIF 2.1.0 (code-scanning interfaces)"}, make_sarif},
      {"junit", "xml", {"JUnit XML（每个预案一个 testsuite）", "JUnit XML (one testsuite per plan)"}, make_junit},
      {"csv", "csv", {"CSV（每个预案×规则一行，带 BOM 的 UTF-8）", "CSV (one row per plan × rule, UTF-8 with BOM)"}, make_csv},
      {"html", "html", {"HTML 合规审查报告（可打印 A4）", "HTML audit report (A4 print-ready)"}, make_html},
      {"review", "html", {"HTML 预案评审表（形式评审、要素评审、结论；可打印 A4）", "HTML review form (formal and element review, conclusion; A4 print-ready)"}, make_review},
      {"review-csv", "csv", {"评审表 CSV（每个预案×评审要素一行）", "review form as CSV (one row per plan × review element)"}, make_review_csv},
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
