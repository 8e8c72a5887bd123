#include "report/caret.hpp"

#include <gtest/gtest.h>

#include "../../support/test_names.hpp"
#include "text/utf8.hpp"

namespace plancheck::report {
namespace {

struct CaretCase {
  const char* line;
  int column;
  int span;
  const char* expected;
};

class CaretTest : public ::testing::TestWithParam<CaretCase> {};

TEST_P(CaretTest, MarksSitUnderTheSpanInDisplayColumns) {
  const CaretCase& c = GetParam();
  EXPECT_EQ(caret_marks(c.line, c.column, c.span), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CaretTest,
    ::testing::Values(
        // 要 is two columns wide, so 定期 starts at display column 3 and covers four columns.
        CaretCase{"要定期组织开展演练", 2, 2, "  ^^^^"},
        CaretCase{"要定期组织开展演练", 1, 1, "^^"},
        CaretCase{"要定期组织开展演练", 8, 2, "              ^^^^"},
        // ASCII is one column per code point; mixed text adds the widths.
        CaretCase{"abc 定期", 5, 2, "    ^^^^"},
        CaretCase{"24小时值班", 3, 2, "  ^^^^"},
        // Full-width digits and punctuation are wide too.
        CaretCase{"（１）每年", 4, 2, "      ^^^^"},
        // A zero span still points somewhere; a span past the end is clamped to the line.
        CaretCase{"abc", 2, 0, " ^"},
        CaretCase{"ab定", 3, 10, "  ^^"},
        // A column past the end of the line points just after it.
        CaretCase{"ab", 9, 1, "  ^"},
        // Tabs stay tabs so the terminal aligns the caret as it aligned the text.
        CaretCase{"\t预案", 2, 2, "\t^^^^"}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.line); });

// Issue 11.13: a finding on a 22,504-column line printed the whole line. The window holds the span, stays
// within its width, marks each cut end with …, and keeps the caret under the span.
std::string repeat(const std::string& unit, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}

TEST(SourceWindow, AShortLineIsShownWhole) {
  const SourceWindow w = source_window("要定期组织开展演练", 2, 2, 40);
  EXPECT_EQ(w.text, "要定期组织开展演练");
  EXPECT_EQ(w.column, 2);
  EXPECT_EQ(w.span, 2);
}

TEST(SourceWindow, AHugeCjkLineIsCutAroundTheCaretWhichStaysAligned) {
  // 11,252 CJK characters (22,504 columns), the finding's 定期 at code point 6001.
  const std::string line = repeat("预", 6000) + "定期" + repeat("案", 5250);
  const SourceWindow w = source_window(line, 6001, 2, 160);
  EXPECT_LE(text::display_width(w.text), 160);
  EXPECT_GE(text::display_width(w.text), 150) << "the window uses its width";
  EXPECT_EQ(w.text.rfind("…预", 0), 0u) << w.text;
  EXPECT_EQ(w.text.substr(w.text.size() - 6), "案…");
  // The caret marks the same characters in the window as in the line.
  const std::string marks = caret_marks(w.text, w.column, w.span);
  const std::size_t lead = marks.find('^');
  ASSERT_NE(lead, std::string::npos);
  EXPECT_EQ(marks.substr(lead), "^^^^");
  // Columns before the caret: one for "…" and two per 预, so the caret starts on a CJK boundary after it.
  EXPECT_EQ((lead - 1) % 2, 0u);
  EXPECT_EQ(text::display_width(w.text.substr(0, w.text.find("定期"))), static_cast<int>(lead));
  // Context on both sides is about even.
  const int before = text::display_width(w.text.substr(0, w.text.find("定期")));
  EXPECT_NEAR(before, text::display_width(w.text) - before - 4, 4);
}

TEST(SourceWindow, AtTheStartOrEndOnlyTheOtherSideIsCut) {
  const std::string line = "定期" + repeat("a", 1000);
  const SourceWindow head = source_window(line, 1, 2, 80);
  EXPECT_EQ(head.text.rfind("定期aaa", 0), 0u) << head.text;
  EXPECT_EQ(head.column, 1);
  EXPECT_EQ(head.text.substr(head.text.size() - 3), "…");
  EXPECT_EQ(caret_marks(head.text, head.column, head.span), "^^^^");

  const std::string tail_line = repeat("a", 1000) + "定期";
  const SourceWindow tail = source_window(tail_line, 1001, 2, 80);
  EXPECT_EQ(tail.text.rfind("…", 0), 0u);
  EXPECT_EQ(tail.text.substr(tail.text.size() - 6), "定期") << "no … after the end of the line";
  EXPECT_LE(text::display_width(tail.text), 80);
  EXPECT_EQ(caret_marks(tail.text, tail.column, tail.span), std::string(static_cast<std::size_t>(text::display_width(tail.text) - 4), ' ') + "^^^^");
}

TEST(SourceWindow, ASpanWiderThanTheWindowIsCutNotTheStart) {
  const std::string line = repeat("x", 50) + repeat("定", 500) + repeat("y", 50);
  const SourceWindow w = source_window(line, 51, 500, 100);
  EXPECT_LE(text::display_width(w.text), 100);
  EXPECT_GT(w.span, 10);
  EXPECT_LT(w.span, 500);
  const std::string marks = caret_marks(w.text, w.column, w.span);
  EXPECT_EQ(text::display_width(w.text.substr(0, w.text.find("定"))), static_cast<int>(marks.find('^')));
}

TEST(SourceWindow, AColumnPastTheEndPointsJustAfterTheWindow) {
  const std::string line = repeat("a", 500);
  const SourceWindow w = source_window(line, 900, 1, 60);
  EXPECT_LE(text::display_width(w.text), 60);
  EXPECT_EQ(caret_marks(w.text, w.column, w.span).size(), static_cast<std::size_t>(text::display_width(w.text)) + 1);
}

}  // namespace
}  // namespace plancheck::report
