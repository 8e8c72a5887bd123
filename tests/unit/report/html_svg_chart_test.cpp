#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "report/svg_chart.hpp"

namespace plancheck::report {
namespace {

std::string chart(const std::vector<ChartBar>& bars) {
  std::ostringstream out;
  {
    HtmlBuilder html(out);
    write_bar_chart(html, bars, ChartText{"c1", "各领域得分", "结构: 0"});
  }
  return out.str();
}

// The widths of the coloured bars (rects with a band class), in order.
std::vector<int> bar_widths(const std::string& svg) {
  static const std::regex bar(R"re(<rect class="(good|fair|poor)"[^>]* width="(\d+)")re");
  std::vector<int> widths;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it) {
    widths.push_back(std::stoi((*it)[2]));
  }
  return widths;
}

struct ChartCase {
  const char* name;
  std::vector<ChartBar> bars;
  std::vector<int> widths;
  std::vector<std::string> bands;
};

class SvgChartTest : public ::testing::TestWithParam<ChartCase> {};

TEST_P(SvgChartTest, BarLengthAndColourFollowTheScore) {
  const ChartCase& c = GetParam();
  const std::string svg = chart(c.bars);
  EXPECT_EQ(bar_widths(svg), c.widths) << svg;
  std::size_t from = 0;
  for (const std::string& band : c.bands) {
    from = svg.find("<rect class=\"" + band + "\"", from);
    ASSERT_NE(from, std::string::npos) << band << " in " << svg;
    ++from;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, SvgChartTest,
    ::testing::Values(
        ChartCase{"zero", {{"结构", 0, "0/3"}}, {0}, {"poor"}},
        ChartCase{"hundred", {{"结构", 100, "3/3"}}, {kChartBarWidth}, {"good"}},
        ChartCase{"mixed",
                  {{"分级", 85, ""}, {"预警", 60, ""}, {"响应", 59, ""}, {"演练", 50, ""}},
                  {kChartBarWidth * 85 / 100, kChartBarWidth * 60 / 100, kChartBarWidth * 59 / 100, kChartBarWidth / 2},
                  {"good", "fair", "poor", "poor"}},
        ChartCase{"out_of_range_clamped", {{"x", 140, ""}, {"y", -5, ""}}, {kChartBarWidth, 0}, {"good", "poor"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(SvgChart, IsAnAccessibleImageWithTitleAndDescription) {
  const std::string svg = chart({{"<结构>", 50, "1/2"}});
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("aria-labelledby=\"c1-title c1-desc\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"c1-title\">各领域得分</title>"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"c1-desc\">结构: 0</desc>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;结构&gt;"), std::string::npos) << "labels are escaped";
  EXPECT_EQ(svg.find("http"), std::string::npos) << "no namespace URL or other reference";
}

TEST(SvgChart, HeightGrowsWithTheNumberOfBars) {
  const std::string one = chart({{"a", 1, ""}});
  const std::string three = chart({{"a", 1, ""}, {"b", 2, ""}, {"c", 3, ""}});
  static const std::regex height(R"re(height="(\d+)")re");
  std::smatch m1, m3;
  ASSERT_TRUE(std::regex_search(one, m1, height));
  ASSERT_TRUE(std::regex_search(three, m3, height));
  EXPECT_GT(std::stoi(m3[1]), std::stoi(m1[1]));
}

}  // namespace
}  // namespace plancheck::report
