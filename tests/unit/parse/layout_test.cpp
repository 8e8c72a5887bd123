// How a plan's layout is read: the width plain text and PDF lines were wrapped at, and what it tells of
// where a paragraph goes on and where a heading stands without a number.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "dump_outline.hpp"
#include "parse/line_joining.hpp"
#include "parse_test_support.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse::testing {
namespace {

// `n` copies of `s`.
std::string times(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Paragraphs as a word processor saves them with line breaks: each cut into lines of `columns` (a Chinese
// character two, ASCII one), a blank line between paragraphs. A one-line paragraph that is a heading
// stays as it is.
std::string wrapped(const std::vector<std::string>& paragraphs, int columns) {
  std::string out;
  for (const std::string& p : paragraphs) {
    int used = 0;
    for (std::size_t pos = 0; pos < p.size();) {
      const std::size_t start = pos;
      const char32_t cp = text::next_code_point(p, pos);
      const int w = cp < 0x80 ? 1 : 2;
      if (used + w > columns) {
        out += '\n';
        used = 0;
      }
      out.append(p, start, pos - start);
      used += w;
    }
    out += "\n\n";
  }
  return out;
}

// A paragraph long enough to fill several wrapped lines.
const std::string kFiller = "各单位应当按照统一领导、分级负责的原则，做好本单位网络安全事件的预防、监测、报告和应急处置工作，" +
                            times("落实网络安全责任制，加强日常管理和技术防护，", 3) + "确保网络和信息系统安全稳定运行。";

// The text of every block of every section, in order.
std::vector<std::string> block_texts(const Document& d) {
  std::vector<std::string> out;
  for_each_section(d.sections, [&](const Section& s, const std::string&) {
    for (const Block& b : s.blocks) out.push_back(b.text);
  });
  return out;
}

TEST(LayoutWidth, CountsColumnsAsAChineseFontSetsThem) {
  EXPECT_EQ(layout_width("abc"), 3);
  EXPECT_EQ(layout_width("应急"), 4);
  EXPECT_EQ(layout_width("“Ⅰ级”"), 8);  // ambiguous in a terminal, full width in Chinese type
  EXPECT_EQ(layout_width("ｱｲ"), 2);     // half-width katakana
  EXPECT_EQ(layout_width("e\u0301"), 1);  // a combining accent takes no column
  EXPECT_EQ(layout_width("\u200B\u2060\uFEFF"), 0);
  EXPECT_EQ(layout_width("\t应急  "), 4);  // a tab takes none; trailing space is not counted
  EXPECT_EQ(layout_width("　　应急"), 8);   // a paragraph's indent is
}

// layout_width reads sixteen bytes at a time where it can: over long texts of every kind of character it
// must count what a walk character by character counts.
TEST(LayoutWidth, LongTextsCountAsACharacterWalkDoes) {
  const std::vector<char32_t> pool = {0x09,   0x1F,   0x20,   'a',    0x7E,   0x7F,   0xE9,   0x300,  0x36F,
                                      0x370,  0x200A, 0x200B, 0x200F, 0x2010, 0x201C, 0x205F, 0x2060, 0x2064,
                                      0x2065, 0x3000, 0x4E00, 0x9FA5, 0xFEFF, 0xFF0C, 0xFF60, 0xFF61, 0xFFDC,
                                      0xFFDD, 0x1F600, 0x20000};
  const auto columns = [](char32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F ? 1 : 0;
    if (cp >= 0xFF61 && cp <= 0xFFDC) return 1;
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF) {
      return 0;
    }
    return 2;
  };
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string s = "x";  // never white space at the end, which is not counted
    int expected = 1;
    const int length = static_cast<int>(random() % 120);
    for (int i = 0; i < length; ++i) {
      const char32_t cp = pool[random() % pool.size()];
      std::string one;
      text::append_utf8(one, cp);
      s = one + s;
      expected += columns(cp);
    }
    ASSERT_EQ(layout_width(s), expected) << s;
  }
}

TEST(Layout, WrappedTextGoesOnAfterAColonThatReachesTheWidth) {
  // The first line of the paragraph ends at the width on the colon; the list after it is the same sentence.
  const std::string opening = times("预", 19) + "：";
  const Document d = parse_text(wrapped({"一、预警分级", kFiller, kFiller, opening + "由高到低依次用红色、橙色、黄色和蓝色表示。", kFiller}, 40));
  const std::vector<std::string> blocks = block_texts(d);
  ASSERT_EQ(blocks.size(), 4u) << dump_document(d);
  EXPECT_EQ(blocks[2], opening + "由高到低依次用红色、橙色、黄色和蓝色表示。");
}

TEST(Layout, ALineOfWholeParagraphsEndingInAColonStaysApart) {
  // Written one line per paragraph, the colon ends what the line says: the next line is another paragraph.
  std::string plan = "一、预警分级\n";
  for (int i = 0; i < 8; ++i) plan += kFiller + "\n";
  plan += "预警级别分为以下四级，由高到低依次为：\n红色、橙色、黄色和蓝色预警。\n";
  const Document d = parse_text(plan);
  const std::vector<std::string> blocks = block_texts(d);
  ASSERT_EQ(blocks.size(), 10u) << dump_document(d);
  EXPECT_EQ(blocks[8], "预警级别分为以下四级，由高到低依次为：");
}

TEST(Layout, AShortTitleLineInWrappedTextIsAHeading) {
  for (const std::string& label : {std::string("IV级响应"), std::string("• IV级响应")}) {
    const Document d = parse_text(wrapped({"一、应急响应", kFiller, kFiller, label, "事件发生处室按预案会同专业服务机构响应处置，记录处置情况。"}, 40));
    const std::string text = wrapped({"一、应急响应", kFiller, kFiller}, 40);
    const auto line = 1 + std::count(text.begin(), text.end(), '\n');
    EXPECT_EQ(dump_outline(d), "一、|应急响应 @1:1 [chinese-comma]\n  |IV级响应 @" + std::to_string(line) + ":1 [none]\n")
        << label << "\n" << dump_document(d);
    ASSERT_EQ(d.sections.size(), 1u);
    ASSERT_EQ(d.sections[0].children.size(), 1u);
    ASSERT_EQ(d.sections[0].children[0].blocks.size(), 1u);
    EXPECT_EQ(d.sections[0].children[0].title, "IV级响应");
    EXPECT_EQ(d.sections[0].children[0].blocks[0].text, "事件发生处室按预案会同专业服务机构响应处置，记录处置情况。");
  }
}

TEST(Layout, AShortTitleLineAmongWholeParagraphsIsAHeading) {
  std::string plan = "一、总则\n";
  for (int i = 0; i < 8; ++i) plan += kFiller + "\n";
  plan += "编制目的\n为提高应对网络安全事件的能力，制定本预案。\n";
  const Document d = parse_text(plan);
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  ASSERT_EQ(d.sections[0].children.size(), 1u) << dump_document(d);
  EXPECT_EQ(d.sections[0].children[0].title, "编制目的");
  ASSERT_EQ(d.sections[0].children[0].blocks.size(), 1u);
  EXPECT_EQ(d.sections[0].children[0].blocks[0].text, "为提高应对网络安全事件的能力，制定本预案。");
}

TEST(Layout, TextWrappedUnevenlyStillJoinsByItsPunctuation) {
  // No width stands out and the lines rarely end a sentence: a short line is read as before, as the start
  // of a sentence that goes on.
  const Document d = parse_text("一、总则\n编制目的\n为提高应对网络安全事件的能力，\n制定本预案。\n");
  EXPECT_EQ(dump_outline(d), "一、|总则 @1:1 [chinese-comma]\n");
  EXPECT_EQ(block_texts(d), std::vector<std::string>{"编制目的为提高应对网络安全事件的能力，制定本预案。"});
}

TEST(Layout, TheTailOfAWrappedSentenceIsNoHeading) {
  // "规定" is short and reads as a title, but the line before reaches the width without ending its sentence.
  const std::string first = times("依", 18) + "相关";
  const Document d = parse_text(wrapped({"一、总则", kFiller, kFiller, kFiller}, 40) + first + "\n规定\n\n" + kFiller + "\n");
  EXPECT_EQ(dump_outline(d), "一、|总则 @1:1 [chinese-comma]\n") << dump_document(d);
  const std::vector<std::string> blocks = block_texts(d);
  ASSERT_EQ(blocks.size(), 5u) << dump_document(d);
  EXPECT_EQ(blocks[3], first + "规定");
}

TEST(Layout, ANumberedLineThatReachesTheWidthOpensAListItem) {
  // Short of a sentence as its first line reads, it goes on in the next: a list item, not a heading.
  const std::string first = "（5）设备设施故障分为软硬件自身故障、外围保障设施故障、人为";
  ASSERT_EQ(layout_width(first), 59);
  const Document d = parse_text(wrapped({"一、事件分类", kFiller, kFiller, kFiller}, 60) + first + "\n破坏事故和其他设备设施故障。\n");
  EXPECT_EQ(dump_outline(d), "一、|事件分类 @1:1 [chinese-comma]\n") << dump_document(d);
  const std::vector<std::string> blocks = block_texts(d);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[3], first + "破坏事故和其他设备设施故障。");
  EXPECT_EQ(d.sections[0].blocks[3].marker, "（5）");
}

TEST(Layout, AWrapThroughALatinTokenInChineseTextAddsNoSpace) {
  const Document d = parse_text("一、响应分级\n应急响应分为四级：I级、II级、I\nII级和IV级。\n");
  EXPECT_EQ(block_texts(d), std::vector<std::string>{"应急响应分为四级：I级、II级、III级和IV级。"});
  // At the width a number is cut as readily as a word: "20986-200" / "7" is one number.
  const std::string first = times("依", 20) + "（GB/Z 20986-200";
  const Document w = parse_text(wrapped({"一、编制依据", kFiller, kFiller, kFiller}, 55) + first + "\n7）等相关规定。\n");
  const std::vector<std::string> blocks = block_texts(w);
  ASSERT_EQ(blocks.size(), 4u) << dump_document(w);
  EXPECT_EQ(blocks[3], times("依", 20) + "（GB/Z 20986-2007）等相关规定。");
}

}  // namespace
}  // namespace plancheck::parse::testing
