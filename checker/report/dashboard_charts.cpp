#include "report/dashboard_charts.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "report/dashboard_page.hpp"
#include "report/svg_chart.hpp"

namespace plancheck::report {

namespace {

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

constexpr int kHistogramWidth = 600;
constexpr int kHistogramHeight = 240;
constexpr int kPlotLeft = 40;
constexpr int kPlotTop = 20;
constexpr int kPlotHeight = 180;
constexpr int kColumn = 54;

std::string decile_label(int i) { return i == 9 ? "90–100" : fmt::format("{}–{}", i * 10, i * 10 + 9); }

void open_svg(HtmlBuilder& html, const std::string& id, int width, int height, const std::string& title,
              const std::string& description) {
  html.open("svg", {{"viewBox", fmt::format("0 0 {} {}", width, height)},
                    {"width", std::to_string(width)},
                    {"height", std::to_string(height)},
                    {"role", "img"},
                    {"aria-labelledby", id + "-title " + id + "-desc"}});
  html.element("title", title, {{"id", id + "-title"}});
  html.element("desc", description, {{"id", id + "-desc"}});
}

void write_column(HtmlBuilder& html, int index, int count, int max_count) {
  const int height = max_count == 0 ? 0 : kPlotHeight * count / max_count;
  const int x = kPlotLeft + index * kColumn + 4;
  const int bottom = kPlotTop + kPlotHeight;
  const std::string centre = std::to_string(x + (kColumn - 8) / 2);
  html.open("g");
  html.empty("rect", {{"class", score_band(index * 10)}, {"x", std::to_string(x)},
                      {"y", std::to_string(bottom - height)}, {"width", std::to_string(kColumn - 8)},
                      {"height", std::to_string(height)}});
  html.element("text", std::to_string(count),
               {{"x", centre}, {"y", std::to_string(bottom - height - 4)}, {"text-anchor", "middle"}});
  html.element("text", decile_label(index), {{"class", "area-detail"}, {"x", centre},
                                             {"y", std::to_string(bottom + 16)}, {"text-anchor", "middle"}});
  html.close();
}

}  // namespace

void write_score_histogram(HtmlBuilder& html, const DashboardData& data, Lang lang) {
  const std::vector<int>& bins = data.histogram();
  std::string description;
  for (std::size_t i = 0; i < bins.size(); ++i) {
    description += fmt::format(tr(lang, "{}{} 分：{} 份", "{}{}: {} plans"), description.empty() ? "" : tr(lang, "；", "; "),
                               decile_label(static_cast<int>(i)), bins[i]);
  }
  open_svg(html, "score-histogram", kHistogramWidth, kHistogramHeight, tr(lang, "得分分布", "Distribution of scores"),
           description);
  const int bottom = kPlotTop + kPlotHeight;
  html.empty("line", {{"class", "axis"}, {"x1", std::to_string(kPlotLeft)}, {"x2", std::to_string(kPlotLeft + 10 * kColumn)},
                      {"y1", std::to_string(bottom)}, {"y2", std::to_string(bottom)}});
  const int max_count = *std::max_element(bins.begin(), bins.end());
  for (std::size_t i = 0; i < bins.size(); ++i) write_column(html, static_cast<int>(i), bins[i], max_count);
  html.close();
}

void write_failed_rules_chart(HtmlBuilder& html, const DashboardData& data, const RunInfo& run) {
  const Lang lang = run.lang;
  const int checked = std::max(data.totals().checked, 1);
  const auto rules = data.most_failed(kDashboardTopRules);
  constexpr int kRow = 24, kLabel = 220, kBar = 300;
  const int height = 8 + static_cast<int>(rules.size()) * kRow;
  std::string description;
  for (const auto& r : rules) {
    description += fmt::format(tr(lang, "{}{}：{} 份不通过", "{}{}: {} plans fail"),
                               description.empty() ? "" : tr(lang, "；", "; "), r.rule, r.plans);
  }
  open_svg(html, "failed-rules", kLabel + kBar + 120, height, tr(lang, "最常不通过的规则", "Rules failed most often"),
           description);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const int y = 4 + static_cast<int>(i) * kRow;
    const int width = kBar * rules[i].plans / checked;
    html.open("g");
    html.element("text", rules[i].rule, {{"x", std::to_string(kLabel - 8)}, {"y", std::to_string(y + 16)}, {"text-anchor", "end"}});
    html.empty("rect", {{"class", "track"}, {"x", std::to_string(kLabel)}, {"y", std::to_string(y + 4)},
                        {"width", std::to_string(kBar)}, {"height", "14"}});
    html.empty("rect", {{"class", "poor"}, {"x", std::to_string(kLabel)},
                        {"y", std::to_string(y + 4)}, {"width", std::to_string(width)}, {"height", "14"}});
    html.element("text", fmt::format("{}/{}", rules[i].plans, data.totals().checked),
                 {{"class", "area-detail"}, {"x", std::to_string(kLabel + kBar + 8)}, {"y", std::to_string(y + 16)}});
    html.close();
  }
  html.close();
}

}  // namespace plancheck::report
