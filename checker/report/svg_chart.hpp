// The horizontal bar chart of scores (0–100) drawn as inline SVG, accessible through its title and desc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/html_builder.hpp"

namespace plancheck::report {

struct ChartBar {
  std::string label;   // e.g. the area's name
  int value = 0;       // 0..100 (clamped)
  std::string detail;  // small text after the value, e.g. "4/5"
};

struct ChartText {
  std::string id;           // unique in the page: the title and desc ids derive from it
  std::string title;        // what the chart shows
  std::string description;  // the same data as words, for screen readers and text extraction
};

// Geometry, shared with tests: bars start at kChartBarX and are kChartBarWidth long at 100.
inline constexpr int kChartBarX = 170;
inline constexpr int kChartBarWidth = 340;

// "good" (≥ 80), "fair" (≥ 60) or "poor": the colour band of a score, also used as a CSS class.
std::string_view score_band(int score);

// Writes <svg role="img"> with one row per bar, in the given order, and dashed grid lines at 0, 50, 100.
void write_bar_chart(HtmlBuilder& html, const std::vector<ChartBar>& bars, const ChartText& text);

}  // namespace plancheck::report
