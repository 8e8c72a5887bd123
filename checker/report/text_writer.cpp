#include "report/text_writer.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "report/caret.hpp"
#include "report/summary.hpp"

namespace plancheck::report {

namespace {

struct Labels {
  const char* basis;
  const char* fix;
  const char* section;
  const char* summary;     // {path} {score} {error} {warning} {info}
  const char* total;       // {plans} {checked} {failed} {errors} {error} {warning} {info}
  const char* not_checked;
  const char* note;
  const char* baseline_mark;  // {mark}: after a finding's rule id
  const char* baseline;       // {new} {unchanged}: appended to a summary when --baseline marked findings
  const char* waived;      // {waived}: appended to a summary when results were waived (shown with -v)
  const char* not_plans;   // {not_plans}: appended to the total when files were set apart as not plans
  const char* copied;      // {share}: appended to a summary when plan.copied-parent measured the copied share
};

const Labels& labels(Lang lang) {
  static const Labels zh{"依据", "建议", "章节",
                         "{path}: 得分 {score}/100；未通过规则：错误 {error}，警告 {warning}，提示 {info}",
                         "合计：{plans} 个预案，已检查 {checked}，未通过 {failed}，无法读取 {errors}；"
                         "未通过规则：错误 {error}，警告 {warning}，提示 {info}",
                         "未检查", "说明", "（{mark}）", "；相对基线：新增 {new}，未变 {unchanged}",
                         "；已豁免 {waived}", "；另有 {not_plans} 个文件不是预案，未评分", "；照抄上级预案 {share}"};
  static const Labels en{"basis", "fix", "section",
                         "{path}: score {score}/100; failed rules: {error} error, {warning} warning, {info} info",
                         "total: {plans} plans, {checked} checked, {failed} failed, {errors} unreadable; "
                         "failed rules: {error} error, {warning} warning, {info} info",
                         "not checked", "note", " ({mark})", "; against the baseline: {new} new, {unchanged} unchanged",
                         "; {waived} waived", "; {not_plans} file(s) not plans, not scored",
                         "; copied from the parent plan: {share}"};
  return lang == Lang::En ? en : zh;
}

// ANSI styling that collapses to nothing when colour is off.
struct Style {
  bool on;
  std::string wrap(std::string_view text, std::string_view code) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
  std::string severity(Severity s) const {
    const char* code = s == Severity::Error ? "1;31" : s == Severity::Warning ? "1;35" : "1;36";
    return wrap(to_string(s), code);
  }
};

struct Item {
  const Finding* finding;
  const RuleResult* result;
};

std::vector<Item> sorted_findings(const PlanResult& plan) {
  std::vector<Item> items;
  for (const RuleResult& r : plan.results) {
    if (r.status != Status::Fail) continue;
    for (const Finding& f : r.findings) items.push_back({&f, &r});
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.finding->location.line, a.finding->location.column, a.result->rule) <
           std::tie(b.finding->location.line, b.finding->location.column, b.result->rule);
  });
  return items;
}

void write_source_excerpt(const Finding& f, const Style& style, std::ostream& out) {
  if (!f.location.known() || f.source_line.empty()) return;
  // A long line (a whole paragraph, or a file with no line breaks) shows only a window around the caret.
  const SourceWindow shown = source_window(f, kTextSourceWidth);
  // Word, OpenDocument and PDF plans: the paragraph or page and line in the original, not the extracted text's line.
  const std::string line = f.place.known() ? place_label(f.place) : std::to_string(f.location.line);
  out << fmt::format("{:>5} | {}\n", line, shown.text);
  out << "      | " << style.wrap(caret_marks(shown.text, shown.column, shown.span), "1;32") << '\n';
}

void write_finding(const RunInfo& report, const PlanResult& plan, const Item& item, const Style& style,
                   std::ostream& out) {
  const Finding& f = *item.finding;
  const Labels& l = labels(report.lang);
  std::string where = plan.path + ":";
  if (f.place.known()) {
    where = fmt::format("{}:{}:", plan.path, place_label(f.place));
  } else if (f.location.known()) {
    where = fmt::format("{}:{}:{}:", plan.path, f.location.line, f.location.column);
  }
  out << style.wrap(where, "1") << ' ' << style.severity(item.result->severity) << ": " << f.message << " ["
      << item.result->rule << "]";
  const std::string_view mark = baseline_label(f.baseline, report.lang);
  if (!mark.empty()) {
    out << style.wrap(fmt::format(fmt::runtime(l.baseline_mark), fmt::arg("mark", mark)), f.baseline == "new" ? "1;33" : "2");
  }
  out << '\n';
  write_source_excerpt(f, style, out);
  if ((!f.location.known() || f.place.known()) && !f.section.empty()) {
    out << "  " << l.section << ": " << f.section << '\n';
  }
  const RuleMeta* meta = report.find_rule(item.result->rule);
  const std::string document = meta ? meta->basis_document : std::string();
  if (!item.result->basis.empty() || !document.empty()) {
    const std::string sep = item.result->basis.empty() || document.empty() ? "" : " ";
    out << "  " << l.basis << ": " << item.result->basis << sep << document << '\n';
  }
  if (!f.remediation.empty()) out << "  " << l.fix << ": " << f.remediation << '\n';
  // A failure's note says why it still fails, e.g. that the waiver covering it has expired.
  if (!item.result->note.empty()) out << "  " << l.note << ": " << item.result->note << '\n';
}

// --verbose: one line per rule that did not fail, saying where it is met or why it does not count.
void write_other_results(const RunInfo& report, const PlanResult& plan, std::ostream& out) {
  for (const RuleResult& r : plan.results) {
    if (r.status == Status::Fail) continue;
    std::string where = plan.path + ":";
    if (!r.evidence.empty() && r.evidence.front().place.known()) {
      where = fmt::format("{}:{}:", plan.path, place_label(r.evidence.front().place));
    } else if (!r.evidence.empty() && r.evidence.front().location.known()) {
      const Location& at = r.evidence.front().location;
      where = fmt::format("{}:{}:{}:", plan.path, at.line, at.column);
    }
    const RuleMeta* meta = report.find_rule(r.rule);
    out << where << ' ' << to_string(r.status) << ": " << (meta ? meta->title.in(report.lang) : std::string())
        << " [" << r.rule << "]";
    if (!r.note.empty()) out << " (" << r.note << ")";
    out << '\n';
  }
}

// The summary's baseline part: "" unless --baseline marked some finding.
std::string baseline_counts(Lang lang, int new_findings, int unchanged) {
  if (new_findings + unchanged == 0) return "";
  return fmt::format(fmt::runtime(labels(lang).baseline), fmt::arg("new", new_findings), fmt::arg("unchanged", unchanged));
}

void write_plan_summary(const RunInfo& report, const PlanResult& plan, std::ostream& out) {
  const PlanTally t = tally(plan);
  out << fmt::format(fmt::runtime(labels(report.lang).summary), fmt::arg("path", plan.path),
                     fmt::arg("score", plan.score), fmt::arg("error", at(t.failed_rules, Severity::Error)),
                     fmt::arg("warning", at(t.failed_rules, Severity::Warning)),
                     fmt::arg("info", at(t.failed_rules, Severity::Info)))
      << baseline_counts(report.lang, t.new_findings, t.unchanged_findings);
  if (t.waived > 0) out << fmt::format(fmt::runtime(labels(report.lang).waived), fmt::arg("waived", t.waived));
  if (plan.copied_share) out << fmt::format(fmt::runtime(labels(report.lang).copied), fmt::arg("share", copied_share_text(plan)));
  out << '\n';
}

void write_total(const RunInfo& report, const RunTally& t, std::ostream& out) {
  out << fmt::format(fmt::runtime(labels(report.lang).total), fmt::arg("plans", t.plans),
                     fmt::arg("checked", t.checked), fmt::arg("failed", t.failed), fmt::arg("errors", t.errors),
                     fmt::arg("error", at(t.failed_rules, Severity::Error)),
                     fmt::arg("warning", at(t.failed_rules, Severity::Warning)),
                     fmt::arg("info", at(t.failed_rules, Severity::Info)))
      << baseline_counts(report.lang, t.new_findings, t.unchanged_findings);
  if (t.waived > 0) out << fmt::format(fmt::runtime(labels(report.lang).waived), fmt::arg("waived", t.waived));
  if (t.not_plans > 0) out << fmt::format(fmt::runtime(labels(report.lang).not_plans), fmt::arg("not_plans", t.not_plans));
  out << '\n';
}

class TextStream final : public ReportStream {
 public:
  TextStream(const RunInfo& run, std::ostream& out, TextOptions options)
      : run_(run), out_(out), options_(options), style_{options.color} {}

  void plan(const PlanResult& plan) override {
    if (plan.error) {
      ToolError e = *plan.error;
      if (e.file.empty()) e.file = plan.path;
      out_ << e.to_string(run_.lang) << '\n';
      return;
    }
    for (const Item& item : sorted_findings(plan)) write_finding(run_, plan, item, style_, out_);
    if (options_.verbose) write_other_results(run_, plan, out_);
    if (!options_.quiet) write_plan_summary(run_, plan, out_);
  }

  void close(const RunTally& totals) override {
    if (!options_.quiet && totals.plans > 1) write_total(run_, totals, out_);
  }

 private:
  const RunInfo& run_;
  std::ostream& out_;
  TextOptions options_;
  Style style_;
};

}  // namespace

std::unique_ptr<ReportStream> TextWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<TextStream>(run, out, options_);
}

}  // namespace plancheck::report
