// The findings of one plan for the consultant to act on: errors first, each with where it points, the
// source line with the span marked, and the remediation.
#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "report/caret.hpp"
#include "report/html_parts.hpp"
#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

struct Item {
  const Finding* finding;
  const RuleResult* result;
};

std::vector<Item> by_severity_then_line(const PlanResult& plan) {
  std::vector<Item> items;
  for (const RuleResult& r : plan.results) {
    if (r.status != Status::Fail) continue;
    for (const Finding& f : r.findings) items.push_back({&f, &r});
  }
  // Severity descending; then line (a finding with no line, i.e. missing altogether, comes first).
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::make_tuple(-static_cast<int>(a.result->severity), a.finding->location.line, a.result->rule) <
           std::make_tuple(-static_cast<int>(b.result->severity), b.finding->location.line, b.result->rule);
  });
  return items;
}

// Byte offset of 1-based code point `column` in `line` (clamped to its end).
std::size_t byte_at_column(std::string_view line, int column) {
  std::size_t pos = 0;
  for (int c = 1; c < column && pos < line.size(); ++c) text::next_code_point(line, pos);
  return pos;
}

// "第57段" / "paragraph 57" for Word and OpenDocument plans, "第3页第12行" / "page 3, line 12" for PDF.
std::string place_text(const OriginalPlace& p, Lang lang) {
  if (p.paragraph > 0) return lang == Lang::En ? fmt::format("paragraph {}", p.paragraph) : fmt::format("第{}段", p.paragraph);
  return lang == Lang::En ? fmt::format("page {}, line {}", p.page, p.page_line)
                          : fmt::format("第{}页第{}行", p.page, p.page_line);
}

std::string line_text(const HtmlContext& context, const Finding& f) {
  if (f.place.known()) return place_text(f.place, context.run.lang);
  return fmt::format(fmt::runtime(context.labels.line), fmt::arg("line", f.location.line));
}

void write_source_line(HtmlBuilder& html, const HtmlContext& context, const Finding& f) {
  if (!f.location.known() || f.source_line.empty()) return;
  // A long line shows only a window around the span, as in the text report.
  const SourceWindow shown = source_window(f, kHtmlSourceWidth);
  const std::string_view line = shown.text;
  const std::size_t start = byte_at_column(line, shown.column);
  const std::size_t end = start + byte_at_column(line.substr(start), std::max(shown.span, 0) + 1);
  html.open("div", {{"class", "source"}});
  html.element("span", line_text(context, f), {{"class", "line-no"}});
  html.text(line.substr(0, start));
  if (end > start) html.element("mark", line.substr(start, end - start));
  html.text(line.substr(end));
  html.close();
}

void write_location(HtmlBuilder& html, const HtmlContext& context, const Finding& f) {
  const HtmlLabels& l = context.labels;
  std::string where;
  if (f.location.known()) {
    where = l.location + line_text(context, f);
    if (!f.section.empty()) where += " · " + std::string(l.section) + f.section;
  } else {
    // Nothing to point at: the requirement is missing, so say where it belongs.
    where = f.section.empty() ? std::string(l.location) + l.whole_plan : l.belongs_in + f.section;
  }
  html.element("p", where, {{"class", "where"}});
}

void write_item(HtmlBuilder& html, const HtmlContext& context, const Item& item) {
  const Lang lang = context.run.lang;
  const Finding& f = *item.finding;
  const RuleResult& r = *item.result;
  const RuleMeta* meta = context.run.find_rule(r.rule);
  const std::string severity(to_string(r.severity));
  html.open("div", {{"class", "finding severity-" + severity + "-item"}});
  html.open("h3");
  html.element("span", severity_label(r.severity, lang), {{"class", "badge severity-" + severity}});
  if (!f.baseline.empty()) html.text(" ");
  write_baseline_badge(html, f.baseline, lang);
  html.text(" " + (meta ? meta->title.in(lang) : r.rule) + " ");
  html.element("span", r.rule, {{"class", "rule-id"}}).close();
  html.element("p", f.message);
  write_location(html, context, f);
  write_source_line(html, context, f);
  if (f.source_line.empty() && !f.evidence.empty()) html.element("blockquote", f.evidence);
  if (!f.remediation.empty()) {
    html.open("p", {{"class", "remediation"}}).element("strong", context.labels.remediation);
    html.text(f.remediation).close();
  }
  html.close();
}

}  // namespace

void write_findings(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  html.open("section", {{"class", "part findings-part"}});
  html.element("h2", context.labels.findings);
  const std::vector<Item> items = by_severity_then_line(plan);
  if (items.empty()) html.element("p", context.labels.no_findings, {{"class", "no-findings"}});
  for (const Item& item : items) write_item(html, context, item);
  html.close();
}

}  // namespace plancheck::report
