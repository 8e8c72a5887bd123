// 合规对照表: one row per requirement of the selected rulesets, grouped by area, with its status, where the
// plan meets it or what is missing, and the clause it rests on.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "report/area_names.hpp"
#include "report/html_parts.hpp"
#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

struct Row {
  std::string id;
  const RuleMeta* meta = nullptr;      // null for a result of a rule the run's metadata lacks
  const RuleResult* result = nullptr;  // null for a rule this plan was not checked against
  std::string area;
};

std::vector<Row> rows(const RunInfo& run, const PlanResult& plan) {
  std::map<std::string, Row> by_id;
  for (const RuleMeta& m : run.rules) by_id[m.id] = Row{m.id, &m, nullptr, m.area};
  for (const RuleResult& r : plan.results) {
    Row& row = by_id[r.rule];
    row.id = r.rule;
    row.result = &r;
  }
  std::vector<Row> out;
  for (auto& [id, row] : by_id) out.push_back(std::move(row));
  // Areas in reading order (unknown areas by id after them); rules by id within an area.
  std::stable_sort(out.begin(), out.end(), [](const Row& a, const Row& b) {
    return std::make_pair(area_rank(a.area), a.area) < std::make_pair(area_rank(b.area), b.area);
  });
  return out;
}

// Evidence is often a whole paragraph; the matrix quotes its start, enough to find it at the given line.
std::string excerpt(const std::string& text) {
  constexpr int kMaxCodePoints = 150;
  std::size_t pos = 0;
  for (int n = 0; n < kMaxCodePoints && pos < text.size(); ++n) text::next_code_point(text, pos);
  return pos < text.size() ? text.substr(0, pos) + "…" : text;
}

std::string place(const HtmlContext& context, int line, const std::string& section) {
  std::string out = line > 0 ? fmt::format(fmt::runtime(context.labels.line), fmt::arg("line", line)) : "";
  if (!section.empty()) out += (out.empty() ? "" : " · ") + section;
  return out;
}

void write_area_row(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan, const std::string& area) {
  html.open("tr", {{"class", "area-row"}}).open("td", {{"colspan", "5"}});
  html.text(area_name(area).in(context.run.lang));
  for (const AreaScore& a : plan.area_scores) {
    if (a.area != area || a.passed + a.failed == 0) continue;
    html.element("span", fmt::format(fmt::runtime(context.labels.area_score), fmt::arg("score", a.score)),
                 {{"class", "area-score"}});
  }
  html.close().close();
}

void write_where(HtmlBuilder& html, const HtmlContext& context, const RuleResult* r) {
  if (r == nullptr) {
    html.element("span", context.labels.no_result, {{"class", "where"}});
    return;
  }
  for (const Finding& f : r->findings) {
    if (f.baseline.empty()) {
      html.element("div", f.message, {{"class", "missing"}});
    } else {
      html.open("div", {{"class", "missing"}});
      write_baseline_badge(html, f.baseline, context.run.lang);
      html.text(" " + f.message).close();
    }
    const std::string where = place(context, f.location.line, f.section);
    if (!where.empty()) html.element("div", where, {{"class", "where"}});
  }
  for (const Evidence& e : r->evidence) {
    html.element("blockquote", excerpt(e.text));
    const std::string where = place(context, e.location.line, e.section);
    if (!where.empty()) html.element("div", where, {{"class", "where"}});
  }
  if (!r->note.empty()) html.element("div", r->note, {{"class", "where"}});
}

void write_basis(HtmlBuilder& html, const Row& row, const HtmlLabels& labels, Lang lang) {
  const std::string basis = row.result && !row.result->basis.empty() ? row.result->basis
                            : row.meta                               ? row.meta->basis
                                                                     : "";
  html.element("div", basis, {{"class", "basis-ref"}});
  if (row.meta == nullptr) return;
  if (!row.meta->basis_document.empty()) html.element("div", row.meta->basis_document, {{"class", "where"}});
  if (!row.meta->basis_quote.empty()) html.element("blockquote", row.meta->basis_quote);
  const RuleMeta& m = *row.meta;
  if (!m.effective_from.empty() || !m.effective_until.empty()) {
    const bool en = lang == Lang::En;
    std::string when = m.effective_from.empty() ? "" : en ? "from " + m.effective_from : m.effective_from + " 起";
    if (!m.effective_until.empty()) when += (when.empty() ? "" : en ? " " : "，") + (en ? "until " + m.effective_until : "至 " + m.effective_until + "（不含）");
    html.element("div", std::string(labels.applies) + when, {{"class", "where"}});
  }
}

void write_row(HtmlBuilder& html, const HtmlContext& context, const Row& row) {
  const Lang lang = context.run.lang;
  const Severity severity = row.result ? row.result->severity : row.meta ? row.meta->severity : Severity::Info;
  html.open("tr", {{"id", fmt::format("p{}-{}", context.plan_index + 1, row.id)}});
  html.open("td");
  html.element("div", row.meta ? row.meta->title.in(lang) : row.id, {{"class", "rule-title"}});
  html.element("div", row.id, {{"class", "rule-id"}}).close();
  html.open("td").element("span", severity_label(severity, lang),
                          {{"class", "badge severity-" + std::string(to_string(severity))}}).close();
  html.open("td");
  if (row.result) {
    html.element("span", status_label(row.result->status, lang),
                 {{"class", "badge " + std::string(status_class(row.result->status))}});
  } else {
    html.element("span", context.labels.no_result, {{"class", "badge status-not-checked"}});
  }
  html.close();
  html.open("td");
  write_where(html, context, row.result);
  html.close().open("td");
  write_basis(html, row, context.labels, lang);
  html.close().close();
}

void write_head(HtmlBuilder& html, const HtmlLabels& l) {
  html.open("colgroup");
  for (const char* c : {"c-req", "c-sev", "c-status", "c-where", "c-basis"}) html.empty("col", {{"class", c}});
  html.close();
  html.open("thead").open("tr");
  for (const char* h : {l.requirement, l.severity, l.status, l.where, l.basis}) html.element("th", h, {{"scope", "col"}});
  html.close().close();
}

}  // namespace

void write_compliance_matrix(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  std::vector<Row> all = rows(context.run, plan);
  if (context.findings_only) {
    // The short report: only what the plan fails; nothing at all when it fails nothing.
    all.erase(std::remove_if(all.begin(), all.end(),
                             [](const Row& r) { return r.result == nullptr || r.result->status != Status::Fail; }),
              all.end());
    if (all.empty()) return;
  }
  html.open("section", {{"class", "part matrix-part"}});
  html.element("h2", context.labels.matrix);
  html.element("p", context.findings_only ? context.labels.findings_only : context.labels.matrix_intro,
               {{"class", "note"}});
  html.open("table", {{"class", "matrix"}});
  write_head(html, context.labels);
  html.open("tbody");
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i == 0 || all[i].area != all[i - 1].area) write_area_row(html, context, plan, all[i].area);
    write_row(html, context, all[i]);
  }
  html.close().close().close();
}

}  // namespace plancheck::report
