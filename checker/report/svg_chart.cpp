#include "report/svg_chart.hpp"

#include <algorithm>

namespace plancheck::report {

namespace {

constexpr int kRowHeight = 26;
constexpr int kBarHeight = 14;
constexpr int kTop = 18;  // room for the 0 / 50 / 100 scale above the first bar
constexpr int kWidth = 660;  // room after the bar for "12/13 passed"

std::string_view fill(std::string_view band) {
  if (band == "good") return "#2e7d4f";
  if (band == "fair") return "#c27c0e";
  return "#c0392b";
}

void write_scale(HtmlBuilder& html, int height) {
  for (int mark : {0, 50, 100}) {
    const std::string x = std::to_string(kChartBarX + kChartBarWidth * mark / 100);
    html.empty("line", {{"class", "grid"}, {"x1", x}, {"x2", x}, {"y1", "14"}, {"y2", std::to_string(height - 2)}});
    html.element("text", std::to_string(mark),
                 {{"class", "area-detail"}, {"x", x}, {"y", "10"}, {"text-anchor", "middle"}});
  }
}

void write_row(HtmlBuilder& html, const ChartBar& bar, int index) {
  const int value = std::clamp(bar.value, 0, 100);
  const int top = kTop + index * kRowHeight;
  const std::string bar_y = std::to_string(top + (kRowHeight - kBarHeight) / 2);
  const std::string text_y = std::to_string(top + kRowHeight / 2 + 4);
  const std::string_view band = score_band(value);
  html.open("g");
  html.element("text", bar.label,
               {{"class", "area-label"}, {"x", std::to_string(kChartBarX - 8)}, {"y", text_y}, {"text-anchor", "end"}});
  html.empty("rect", {{"class", "track"}, {"x", std::to_string(kChartBarX)}, {"y", bar_y},
                      {"width", std::to_string(kChartBarWidth)}, {"height", std::to_string(kBarHeight)}, {"rx", "2"}});
  html.empty("rect", {{"class", band}, {"fill", fill(band)}, {"x", std::to_string(kChartBarX)}, {"y", bar_y},
                      {"width", std::to_string(kChartBarWidth * value / 100)}, {"height", std::to_string(kBarHeight)},
                      {"rx", "2"}});
  const std::string value_x = std::to_string(kChartBarX + kChartBarWidth + 10);
  html.element("text", std::to_string(value), {{"class", "area-value"}, {"fill", fill(band)}, {"x", value_x}, {"y", text_y}});
  html.element("text", bar.detail,
               {{"class", "area-detail"}, {"x", std::to_string(kChartBarX + kChartBarWidth + 40)}, {"y", text_y}});
  html.close();
}

}  // namespace

std::string_view score_band(int score) {
  if (score >= 80) return "good";
  if (score >= 60) return "fair";
  return "poor";
}

void write_bar_chart(HtmlBuilder& html, const std::vector<ChartBar>& bars, const ChartText& text) {
  const int height = kTop + static_cast<int>(bars.size()) * kRowHeight + 4;
  const std::string title_id = text.id + "-title";
  const std::string desc_id = text.id + "-desc";
  // No xmlns: inline SVG in HTML takes its namespace from the parser, and the report names no URL at all.
  html.open("svg", {{"viewBox", "0 0 " + std::to_string(kWidth) + " " + std::to_string(height)},
                    {"width", std::to_string(kWidth)},
                    {"height", std::to_string(height)},
                    {"role", "img"},
                    {"aria-labelledby", title_id + " " + desc_id}});
  html.element("title", text.title, {{"id", title_id}});
  html.element("desc", text.description, {{"id", desc_id}});
  write_scale(html, height);
  for (std::size_t i = 0; i < bars.size(); ++i) write_row(html, bars[i], static_cast<int>(i));
  html.close();
}

}  // namespace plancheck::report
