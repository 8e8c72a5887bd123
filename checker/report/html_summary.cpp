// The cover of one plan's audit report: what was checked, the score, the counts and the per-area chart.
#include <algorithm>

#include <fmt/format.h>

#include "report/area_names.hpp"
#include "report/html_parts.hpp"
#include "report/summary.hpp"
#include "report/svg_chart.hpp"

namespace plancheck::report {

namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

void write_facts(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  const HtmlLabels& l = context.labels;
  const std::pair<const char*, std::string> facts[] = {
      {l.file, plan.path},
      {l.organisation, plan.organisation},
      {l.format, plan.format},
      {l.encoding, plan.encoding},
      {l.rulesets, joined(plan.rulesets, ", ")},
      {l.run_date, context.run_date},
      {l.as_of, plan.as_of},
      {l.org_kind, plan.as_of.empty() ? std::string() : org_kind_label(plan.org, context.run.lang)},
      {context.run.lang == Lang::En ? "Copied from the parent plan" : "照抄上级预案", copied_share_text(plan)},
      {l.tool, context.run.tool.name + " " + context.run.tool.version},
  };
  html.open("dl", {{"class", "facts"}});
  for (const auto& [label, value] : facts) {
    if (value.empty()) continue;
    html.element("dt", label).element("dd", value);
  }
  html.close();
}

void write_score_card(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  const std::string card = "score-card " + std::string(score_band(plan.score));
  html.open("div", {{"class", card}});
  html.element("div", context.labels.score, {{"class", "label"}});
  html.open("div").element("span", std::to_string(plan.score), {{"class", "score"}});
  html.element("span", " / 100", {{"class", "out-of"}}).close();
  html.close();
}

void write_counts(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  const PlanTally t = tally(plan);
  const HtmlLabels& l = context.labels;
  const std::tuple<const char*, int, Status> counts[] = {
      {l.passed_count, t.passed, Status::Pass},
      {l.failed_count, t.total_failed(), Status::Fail},
      {l.not_applicable_count, t.not_applicable, Status::NotApplicable},
      {l.waived_count, t.waived, Status::Waived},
  };
  html.open("ul", {{"class", "counts"}});
  for (const auto& [label, count, status] : counts) {
    html.open("li", {{"class", status_class(status)}}).element("strong", std::to_string(count)).text(label).close();
  }
  // With --baseline: how many of the findings are new since it and how many were already there.
  if (t.new_findings + t.unchanged_findings > 0) {
    html.open("li", {{"class", "baseline-new"}}).element("strong", std::to_string(t.new_findings)).text(l.new_count).close();
    html.open("li", {{"class", "baseline-unchanged"}})
        .element("strong", std::to_string(t.unchanged_findings))
        .text(l.unchanged_count)
        .close();
  }
  html.close();
}

std::vector<ChartBar> area_bars(const HtmlContext& context, const PlanResult& plan) {
  std::vector<AreaScore> areas = plan.area_scores;
  std::stable_sort(areas.begin(), areas.end(),
                   [](const AreaScore& a, const AreaScore& b) { return area_rank(a.area) < area_rank(b.area); });
  std::vector<ChartBar> bars;
  for (const AreaScore& a : areas) {
    const int applicable = a.passed + a.failed;
    if (applicable == 0) continue;  // nothing to measure: a 100 here would flatter the plan
    bars.push_back(ChartBar{area_name(a.area).in(context.run.lang), a.score,
                            fmt::format(fmt::runtime(context.labels.chart_detail), fmt::arg("passed", a.passed),
                                        fmt::arg("applicable", applicable))});
  }
  return bars;
}

void write_chart(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  const std::vector<ChartBar> bars = area_bars(context, plan);
  if (bars.empty()) return;
  std::string description;
  for (const ChartBar& b : bars) {
    description += (description.empty() ? "" : "; ") + b.label + ": " + std::to_string(b.value) + " (" + b.detail + ")";
  }
  html.open("figure", {{"class", "chart"}});
  html.element("figcaption", context.labels.chart_title);
  write_bar_chart(html, bars,
                  ChartText{"area-chart-" + std::to_string(context.plan_index + 1), context.labels.chart_title,
                            description});
  html.close();
}

}  // namespace

void write_summary(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  html.open("section", {{"class", "cover"}});
  html.element("p", context.labels.kicker, {{"class", "kicker"}});
  html.element("h1", display_title(plan, context.labels));
  html.element("p", context.labels.report_title, {{"class", "subtitle"}});
  html.element("h2", context.labels.summary);
  html.open("div", {{"class", "summary-grid"}});
  if (!plan.error) write_score_card(html, context, plan);
  write_facts(html, context, plan);
  html.close();
  if (!plan.error) {
    write_counts(html, context, plan);
    write_chart(html, context, plan);
    html.element("p", context.labels.formula, {{"class", "note"}});
  }
  html.close();
}

}  // namespace plancheck::report
