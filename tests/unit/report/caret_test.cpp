#include "report/caret.hpp"

#include <gtest/gtest.h>

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
        CaretCase{"\t预案", 2, 2, "\t^^^^"}));

}  // namespace
}  // namespace plancheck::report
