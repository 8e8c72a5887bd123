// SourceText: line index and code-point columns, including lines far longer than its counting blocks.
#include "core/source_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace plancheck {
namespace {

// The column of `offset` counted the slow way: one per non-continuation byte since the line start.
int naive_column(const std::string& text, std::size_t offset) {
  std::size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  start = (start == std::string::npos || (offset == 0)) ? 0 : start + 1;
  int column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

TEST(CountCodePoints, MixedWidths) {
  const struct {
    std::string text;
    std::size_t expected;
  } cases[] = {
      {"", 0},
      {"abc", 3},
      {"应急预案", 4},
      {"a应b急c预d案e", 9},
      {"12345678应急", 10},             // a whole ASCII word, then a tail
      {"𠀀x", 2},                        // four-byte character
      {std::string(1000, 'x') + "预", 1001},
  };
  for (const auto& c : cases) EXPECT_EQ(count_code_points(c.text), c.expected) << c.text;
}

TEST(SourceTextLocate, LinesAndColumns) {
  const SourceText s("一、总则\n应急 plan\r\nlast");
  EXPECT_EQ(s.line_count(), 3);
  EXPECT_EQ(s.locate(0), (Location{0, 1, 1}));
  EXPECT_EQ(s.locate(6), (Location{6, 1, 3}));       // after 一、
  EXPECT_EQ(s.locate(13), (Location{13, 2, 1}));     // 应
  EXPECT_EQ(s.locate(20), (Location{20, 2, 4}));     // p of plan
  EXPECT_EQ(s.line(2), "应急 plan");
  EXPECT_EQ(s.locate(1000).offset, s.size());        // clamped to the end
}

TEST(SourceTextLocate, LongLinesMatchNaiveCount) {
  // One very long line (plan XML on a single line) and short ones, offsets on every kind of byte.
  std::string text;
  for (int i = 0; i < 400; ++i) text += (i % 3 == 0) ? "网络安全" : "ab 1.2 ";
  text += "\n短行\n";
  for (int i = 0; i < 200; ++i) text += "事件x";
  const SourceText s(text);
  for (std::size_t offset = 0; offset <= text.size(); offset += 7) {
    EXPECT_EQ(s.locate(offset).column, naive_column(text, offset)) << offset;
  }
  EXPECT_EQ(s.locate(text.size()).line, 3);
}

}  // namespace
}  // namespace plancheck
