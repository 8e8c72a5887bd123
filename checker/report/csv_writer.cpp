#include "report/csv_writer.hpp"

#include <array>
#include <string_view>

#include <fmt/format.h>

#include "report/csv_field.hpp"
#include "report/summary.hpp"

namespace plancheck::report {

namespace {

constexpr std::size_t kColumns = 19;
using Row = std::array<std::string, kColumns>;

const Row& header(Lang lang) {
  static const Row zh{"路径", "标题", "格式", "编码", "得分", "规则", "严重级别", "状态", "依据", "行", "列", "问题",
                      "整改建议", "备注", "基线", "法规依据日期", "机构类型", "机构类型来源", "照抄上级预案比例"};
  static const Row en{"path", "title", "format", "encoding", "score", "rule", "severity", "status", "basis", "line",
                      "column", "message", "remediation", "note", "baseline", "as_of", "org_kind", "org_kind_source",
                      "copied_share"};
  return lang == Lang::En ? en : zh;
}

void write_row(std::ostream& out, const Row& row) { write_csv_row(out, row); }

std::string position(int value) { return value > 0 ? std::to_string(value) : std::string(); }

// Appends `item` on a line of its own unless it is empty or already there (rules often repeat one fix).
void add_line(std::string& lines, const std::string& item) {
  if (item.empty()) return;
  if (("\n" + lines + "\n").find("\n" + item + "\n") != std::string::npos) return;
  lines += (lines.empty() ? "" : "\n") + item;
}

// Where the row points: the first located finding of a failed (or waived) rule, else where a passed rule is met.
Location row_location(const RuleResult& r) {
  for (const Finding& f : r.findings) {
    if (f.location.known()) return f.location;
  }
  for (const Evidence& e : r.evidence) {
    if (e.location.known()) return e.location;
  }
  return {};
}

Row plan_columns(const PlanResult& plan) {
  Row row;
  row[0] = plan.path;
  row[1] = plan.title;
  row[2] = plan.format;
  row[3] = plan.encoding;
  if (!plan.error) row[4] = std::to_string(plan.score);
  row[15] = plan.as_of;
  if (!plan.as_of.empty()) {
    row[16] = std::string(to_string(plan.org.kind));
    row[17] = std::string(to_string(plan.org.source));
  }
  if (const std::optional<double> share = copied_share_value(plan)) row[18] = fmt::format("{}", *share);
  return row;
}

Row rule_row(const PlanResult& plan, const RuleResult& r) {
  Row row = plan_columns(plan);
  row[5] = r.rule;
  row[6] = std::string(to_string(r.severity));
  row[7] = std::string(to_string(r.status));
  row[8] = r.basis;
  const Location at = row_location(r);
  row[9] = position(at.line);
  row[10] = position(at.column);
  for (const Finding& f : r.findings) {
    add_line(row[11], f.message);
    add_line(row[12], f.remediation);
  }
  row[13] = r.note;
  row[14] = std::string(baseline_mark(r));
  return row;
}

Row error_row(const PlanResult& plan, Lang lang) {
  Row row = plan_columns(plan);
  const bool not_a_plan = plan.error->kind == ErrorKind::NotAPlan;
  row[6] = not_a_plan ? "not-a-plan" : "error";
  row[7] = not_a_plan ? "" : "error";
  row[9] = position(plan.error->location.line);
  row[10] = position(plan.error->location.column);
  row[11] = plan.error->message.text(lang);
  row[13] = std::string(to_string(plan.error->kind));
  return row;
}

class CsvStream final : public ReportStream {
 public:
  CsvStream(Lang lang, std::ostream& out) : out_(out), lang_(lang) {
    out_ << "\xEF\xBB\xBF";  // the BOM: without it Excel reads UTF-8 as the system's ANSI code page
    write_row(out_, header(lang));
  }

  void plan(const PlanResult& plan) override {
    if (plan.error) {
      write_row(out_, error_row(plan, lang_));
      return;
    }
    for (const RuleResult& r : plan.results) write_row(out_, rule_row(plan, r));
  }

  void close(const RunTally&) override {}

 private:
  std::ostream& out_;
  Lang lang_;
};

}  // namespace

std::unique_ptr<ReportStream> CsvWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<CsvStream>(run.lang, out);
}

}  // namespace plancheck::report
