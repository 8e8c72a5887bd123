#include "office/number_format.hpp"

#include <gtest/gtest.h>

namespace plancheck::office {
namespace {

struct Case {
  int value;
  const char* format;
  const char* expected;
};

TEST(NumberFormat, WritesNumbersAsWordDoes) {
  const Case cases[] = {
      {1, "decimal", "1"},
      {12, "decimal", "12"},
      {7, "decimalZero", "07"},
      {1, "chineseCounting", "一"},
      {10, "chineseCounting", "十"},
      {11, "chineseCounting", "十一"},
      {20, "chineseCounting", "二十"},
      {35, "chineseCounting", "三十五"},
      {101, "chineseCounting", "一百零一"},
      {110, "chineseCountingThousand", "一百一十"},
      {8, "chineseCountingThousand", "八"},
      {3, "chineseLegalSimplified", "叁"},
      {1, "ideographTraditional", "甲"},
      {10, "ideographTraditional", "癸"},
      {11, "ideographTraditional", "甲"},
      {2, "ideographZodiac", "丑"},
      {1, "decimalEnclosedCircle", "①"},
      {20, "decimalEnclosedCircle", "⑳"},
      {21, "decimalEnclosedCircle", "21"},
      {3, "decimalEnclosedCircleChinese", "③"},
      {2, "decimalEnclosedParen", "⑵"},
      {12, "decimalFullWidth", "１２"},
      {2, "upperLetter", "B"},
      {28, "lowerLetter", "bb"},
      {14, "upperRoman", "XIV"},
      {9, "lowerRoman", "ix"},
      {105, "ideographDigital", "一〇五"},
      {4, "none", ""},
      {4, "someFutureFormat", "4"},
  };
  for (const Case& c : cases) EXPECT_EQ(format_number(c.value, c.format), c.expected) << c.value << " " << c.format;
}

TEST(NumberFormat, RendersLevelTexts) {
  const std::array<std::string, 9> numbers = {"三", "2", "①", "", "", "", "", "", ""};
  EXPECT_EQ(render_level_text("第%1章", numbers), "第三章");
  EXPECT_EQ(render_level_text("%1、", numbers), "三、");
  EXPECT_EQ(render_level_text("（%1）", numbers), "（三）");
  EXPECT_EQ(render_level_text("%1.%2", numbers), "三.2");
  EXPECT_EQ(render_level_text("%3", numbers), "①");
  EXPECT_EQ(render_level_text("100%", numbers), "100%");
}

}  // namespace
}  // namespace plancheck::office
