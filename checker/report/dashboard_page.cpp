#include "report/dashboard_page.hpp"

#include <fmt/format.h>

#include "report/dashboard_assets.hpp"
#include "report/dashboard_charts.hpp"
#include "report/html_builder.hpp"
#include "report/html_labels.hpp"
#include "report/svg_chart.hpp"

namespace plancheck::report {

namespace {

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

void write_head(HtmlBuilder& html, const RunInfo& run) {
  html.open("head");
  html.empty("meta", {{"charset", "utf-8"}});
  html.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  // Nothing may be fetched; the inline style and sorting script are the page's only code.
  html.empty("meta", {{"http-equiv", "Content-Security-Policy"},
                      {"content", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"}});
  html.empty("meta", {{"name", "generator"}, {"content", run.tool.name + " " + run.tool.version}});
  html.element("title", tr(run.lang, "应急预案批量审查总览", "Emergency plan batch review"));
  html.open("style").trusted(dashboard_stylesheet()).close();
  html.close();
}

void write_totals(HtmlBuilder& html, const DashboardData& data, Lang lang) {
  const RunTally& t = data.totals();
  const std::optional<double> score = data.mean_score();
  const std::string mean = score ? fmt::format("{:.1f}", *score) : "—";
  html.open("dl", {{"class", "totals"}});
  const std::pair<const char*, std::string> items[] = {
      {tr(lang, "预案", "Plans"), std::to_string(t.plans)},
      {tr(lang, "已检查", "Checked"), std::to_string(t.checked)},
      {tr(lang, "有不通过项", "With failures"), std::to_string(t.failed)},
      {tr(lang, "无法检查", "In error"), std::to_string(t.errors)},
      {tr(lang, "不是预案", "Not plans"), std::to_string(t.not_plans)},
      {tr(lang, "平均得分", "Mean score"), mean}};
  for (const auto& [label, value] : items) {
    html.open("div").element("dt", label).element("dd", value).close();
  }
  html.close();
}

void write_rules_table(HtmlBuilder& html, const DashboardData& data, const RunInfo& run) {
  const Lang lang = run.lang;
  html.open("table").open("thead").open("tr");
  html.element("th", tr(lang, "规则", "Rule")).element("th", tr(lang, "名称", "Title"));
  html.element("th", tr(lang, "严重级别", "Severity")).element("th", tr(lang, "依据", "Basis"));
  html.element("th", tr(lang, "不通过的预案", "Plans failing"), {{"class", "num"}});
  html.close().close().open("tbody");
  for (const auto& r : data.most_failed(kDashboardTopRules)) {
    const RuleMeta* meta = run.find_rule(r.rule);
    html.open("tr").open("td").element("code", r.rule).close();
    html.element("td", meta ? meta->title.in(lang) : "");
    html.element("td", meta ? std::string(severity_label(meta->severity, lang)) : "");
    html.element("td", meta ? meta->basis : "");
    html.element("td", fmt::format("{}/{}", r.plans, data.totals().checked), {{"class", "num"}}).close();
  }
  html.close().close();
}

void write_plan_row(HtmlBuilder& html, const DashboardPlan& p, Lang lang, bool copied_column) {
  html.open("tr").open("td", {{"class", "path"}});
  if (p.report_link.empty()) {
    html.text(p.path);
  } else {
    html.element("a", p.path, {{"href", p.report_link}});
  }
  html.close().element("td", p.title).element("td", p.organisation);
  if (p.score) {
    html.element("td", std::to_string(*p.score),
                 {{"class", std::string("num ") + std::string(score_band(*p.score))}, {"data-sort", std::to_string(*p.score)}});
  } else {
    html.element("td", p.not_a_plan ? tr(lang, "不是预案", "not a plan") : tr(lang, "无法检查", "error"),
                 {{"class", p.not_a_plan ? "num" : "num error"}, {"data-sort", "-1"}});
  }
  for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
    html.element("td", p.score ? std::to_string(at(p.failed, s)) : "", {{"class", "num"}});
  }
  if (copied_column) {
    const int percent = p.copied_share ? static_cast<int>(*p.copied_share * 100 + 1e-9) : -1;
    html.element("td", percent < 0 ? std::string() : std::to_string(percent) + "%",
                 {{"class", "num"}, {"data-sort", std::to_string(percent)}});
  }
  html.close();
}

void write_plans_table(HtmlBuilder& html, const DashboardData& data, Lang lang) {
  html.open("table", {{"class", "sortable"}}).open("thead").open("tr");
  html.element("th", tr(lang, "文件", "File")).element("th", tr(lang, "标题", "Title"));
  html.element("th", tr(lang, "单位", "Organisation"));
  html.element("th", tr(lang, "得分", "Score"), {{"class", "num"}});
  html.element("th", tr(lang, "不通过：错误", "Failed: error"), {{"class", "num"}});
  html.element("th", tr(lang, "警告", "warning"), {{"class", "num"}});
  html.element("th", tr(lang, "提示", "info"), {{"class", "num"}});
  if (data.has_copied_share()) html.element("th", tr(lang, "照抄上级预案", "Copied from parent"), {{"class", "num"}});
  html.close().close().open("tbody");
  for (const DashboardPlan& p : data.plans()) write_plan_row(html, p, lang, data.has_copied_share());
  html.close().close();
}

void write_errors(HtmlBuilder& html, const DashboardData& data, Lang lang) {
  html.element("h2", tr(lang, "无法检查的预案", "Plans that could not be checked"));
  if (data.totals().errors == 0) {
    html.element("p", tr(lang, "无。", "None."));
  } else {
    html.open("ul", {{"class", "errors"}});
    for (const DashboardPlan& p : data.plans()) {
      if (!p.error.empty() && !p.not_a_plan) html.open("li").element("code", p.error).close();
    }
    html.close();
  }
  if (data.totals().not_plans == 0) return;
  html.element("h2", tr(lang, "不是应急预案的文件（未评分）", "Files that are not emergency plans (not scored)"));
  html.open("ul", {{"class", "not-plans"}});
  for (const DashboardPlan& p : data.plans()) {
    if (p.not_a_plan) html.open("li").element("code", p.error).close();
  }
  html.close();
}

// The clusters of near-identical plans: each plan with its organisation, and the similarity range inside.
void write_near_identical(HtmlBuilder& html, const DashboardData::NearIdentical& found, Lang lang) {
  html.element("h2", tr(lang, "近似相同的预案", "Near-identical filings"));
  const std::string threshold = format_similarity(found.threshold);
  if (found.clusters.empty()) {
    html.element("p", fmt::format(tr(lang, "没有相似度达到 {} 的两份预案。", "No two plans are {} similar or more."), threshold));
    return;
  }
  html.element("p", fmt::format(tr(lang, "相似度（字符 5 元组的 Jaccard 相似度）达到 {} 的预案：{} 组，{} 对。",
                                   "Plans with a similarity (Jaccard similarity of 5-character shingles) of {} or more: {} clusters, {} pairs."),
                                threshold, found.clusters.size(), found.pairs.size()));
  html.open("table", {{"class", "similar"}}).open("thead").open("tr");
  html.element("th", tr(lang, "组", "Cluster"), {{"class", "num"}}).element("th", tr(lang, "预案（单位）", "Plans (organisation)"));
  html.element("th", tr(lang, "相似度", "Similarity"), {{"class", "num"}});
  html.close().close().open("tbody");
  for (std::size_t c = 0; c < found.clusters.size(); ++c) {
    const SimilarCluster& cluster = found.clusters[c];
    html.open("tr").element("td", std::to_string(c + 1), {{"class", "num"}}).open("td").open("ul");
    for (std::size_t i : cluster.plans) {
      const SimilarPlan& p = found.plans[i];
      html.open("li").element("code", p.path);
      if (!p.organisation.empty()) html.text(tr(lang, "（", " (") + p.organisation + tr(lang, "）", ")"));
      html.close();
    }
    html.close().close();
    const std::string range = cluster.min_similarity == cluster.max_similarity
                                  ? format_similarity(cluster.min_similarity)
                                  : format_similarity(cluster.min_similarity) + "–" + format_similarity(cluster.max_similarity);
    html.element("td", range, {{"class", "num"}}).close();
  }
  html.close().close();
}

void write_body(HtmlBuilder& html, const DashboardData& data, const RunInfo& run, const std::string& date) {
  const Lang lang = run.lang;
  html.open("body").open("header");
  html.element("h1", tr(lang, "应急预案批量审查总览", "Emergency plan batch review"));
  html.element("p", fmt::format("{} {} · {}", run.tool.name, run.tool.version, date), {{"class", "meta"}});
  html.close();
  write_totals(html, data, lang);
  html.element("h2", tr(lang, "得分分布", "Distribution of scores"));
  write_score_histogram(html, data, lang);
  html.element("h2", tr(lang, "最常不通过的规则", "Rules failed most often"));
  write_failed_rules_chart(html, data, run);
  write_rules_table(html, data, run);
  html.element("h2", tr(lang, "预案", "Plans"));
  write_plans_table(html, data, lang);
  if (data.near_identical()) write_near_identical(html, *data.near_identical(), lang);
  write_errors(html, data, lang);
  html.open("script").trusted(dashboard_script()).close();
  html.close();
}

}  // namespace

void write_dashboard_page(const DashboardData& data, const RunInfo& run, const std::string& date, std::ostream& out) {
  out << "<!DOCTYPE html>\n";
  HtmlBuilder html(out);
  html.open("html", {{"lang", run.lang == Lang::En ? "en" : "zh-CN"}});
  write_head(html, run);
  write_body(html, data, run, date);
  html.close_all();
}

}  // namespace plancheck::report
