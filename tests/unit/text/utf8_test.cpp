// UTF-8 helpers: validation, decoding of bad bytes, CJK classes and terminal width.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/utf8.hpp"

namespace plancheck::text {
namespace {

struct Validity {
  const char* name;
  std::string bytes;
  std::size_t valid_prefix;
  std::size_t multibyte;
};

class ChecksUtf8 : public ::testing::TestWithParam<Validity> {};

TEST_P(ChecksUtf8, FindsFirstIllFormedSequence) {
  const Utf8Check c = check_utf8(GetParam().bytes);
  EXPECT_EQ(c.valid_prefix, GetParam().valid_prefix);
  EXPECT_EQ(c.multibyte_before, GetParam().multibyte);
}

INSTANTIATE_TEST_SUITE_P(Cases, ChecksUtf8,
                         ::testing::Values(Validity{"Ascii", "abc", 3, 0}, Validity{"Han", "应急", 6, 2},
                                           Validity{"Emoji", "\xF0\x9F\x98\x80", 4, 1},
                                           Validity{"Overlong", "a\xC0\x80", 1, 0},
                                           Validity{"Surrogate", "\xED\xA0\x80", 0, 0},
                                           Validity{"AboveMax", "\xF4\x90\x80\x80", 0, 0},
                                           Validity{"Truncated", "应\xE6\x80", 3, 1},
                                           Validity{"StrayContinuation", "应\x80", 3, 1}),
                         [](const auto& info) { return std::string(info.param.name); });

// Long texts, so that whole blocks of sixteen bytes are read at once: every kind of byte the block test tells
// apart, at every position against the block edges, against a walk sequence by sequence.
TEST(Utf8, ChecksLongTextsAsASequenceWalkDoes) {
  const std::vector<std::string> pieces = {
      "网络安全", "事件", "a", "\t\n", "\"\\", "\x7f", "\u1234", "\u20AC", "\u3001", "\uFF0C", "\uE000", "\u0800",
      "\uD7FF", "\u00E9", "\U0001F600", "\U0010FFFF", "\xE4\xB8", "\xED\xA0\x80", "\xE0\x80\x80", "\xC0\xAF", "\x80",
      "\xFF", "\xF4\x90\x80\x80"};
  std::mt19937 random(20261205);
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    const std::size_t last = round % 2 == 0 ? 15 : pieces.size() - 1;  // half of them well-formed throughout
    for (int n = std::uniform_int_distribution<int>(0, 40)(random); n > 0; --n) {
      s += pieces[std::uniform_int_distribution<std::size_t>(0, last)(random)];
    }
    std::size_t prefix = 0;
    std::size_t multibyte = 0;
    while (prefix < s.size()) {
      const std::size_t len = utf8_sequence_length(s, prefix);
      if (len == 0) break;
      multibyte += len > 1;
      prefix += len;
    }
    const Utf8Check c = check_utf8(s);
    ASSERT_EQ(c.valid_prefix, prefix) << s;
    ASSERT_EQ(c.multibyte_before, multibyte) << s;
  }
}

TEST(Utf8, NextCodePointSkipsOneBadByte) {
  const std::string s = "\xE6\x80" "a";
  std::size_t pos = 0;
  EXPECT_EQ(next_code_point(s, pos), 0xFFFDu);
  EXPECT_EQ(pos, 1u);
  pos = 2;
  EXPECT_EQ(next_code_point(s, pos), U'a');
}

// The shortcuts for three-byte characters in next_code_point and utf8_sequence_length agree with RFC 3629's
// table on every lead E0..EF with every second and third byte, whole and cut short by the end of the text.
TEST(Utf8, EveryThreeByteSequenceIsDecodedAsRfc3629Says) {
  std::size_t well_formed = 0;
  for (unsigned b0 = 0xE0; b0 <= 0xEF; ++b0) {
    const unsigned low = b0 == 0xE0 ? 0xA0 : 0x80;   // E0 80..9F would be overlong
    const unsigned high = b0 == 0xED ? 0x9F : 0xBF;  // ED A0..BF would be surrogates
    for (unsigned b1 = 0; b1 < 256; ++b1) {
      for (unsigned b2 = 0; b2 < 256; ++b2) {
        for (const std::size_t size : {std::size_t{2}, std::size_t{3}}) {
          const std::string s = std::string{static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2)}.substr(0, size);
          const bool valid = size == 3 && b1 >= low && b1 <= high && (b2 & 0xC0) == 0x80;
          const char32_t expected = valid ? ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)) : 0xFFFD;
          std::size_t pos = 0;
          ASSERT_EQ(next_code_point(s, pos), expected) << std::hex << b0 << ' ' << b1 << ' ' << b2 << " size " << size;
          ASSERT_EQ(pos, valid ? 3u : 1u) << std::hex << b0 << ' ' << b1 << ' ' << b2 << " size " << size;
          ASSERT_EQ(utf8_sequence_length(s, 0), valid ? 3u : 0u) << std::hex << b0 << ' ' << b1 << ' ' << b2;
          well_formed += valid ? 1 : 0;
        }
      }
    }
  }
  EXPECT_EQ(well_formed, 14u * 64 * 64 + 2u * 32 * 64);
}

TEST(Utf8, RoundTripsThroughAppend) {
  for (char32_t cp : {U'a', U'\u00E9', U'应', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, cp);
    std::size_t pos = 0;
    EXPECT_EQ(next_code_point(s, pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Utf8, ToUtf8EncodesEveryWidth) {
  EXPECT_EQ(to_utf8(U"a\u00E9应\U0001F600"), "a\xC3\xA9\xE5\xBA\x94\xF0\x9F\x98\x80");
  EXPECT_EQ(to_utf8(U""), "");
}

TEST(Utf8, DisplayWidth) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("应急"), 4);
  EXPECT_EQ(display_width("ＡＢ"), 4);
  EXPECT_EQ(display_width("（一）"), 6);
  EXPECT_EQ(display_width("e\u0301"), 1);
  EXPECT_EQ(display_width("a\u200Bb"), 2);
  EXPECT_EQ(code_point_count("a应\U0001F600"), 3u);
}

TEST(Utf8, CjkClasses) {
  EXPECT_TRUE(is_cjk(U'应'));
  EXPECT_TRUE(is_cjk(U'〇'));
  EXPECT_FALSE(is_cjk(U'A'));
  EXPECT_TRUE(is_cjk_punctuation(U'，'));
  EXPECT_TRUE(is_cjk_punctuation(U'。'));
  EXPECT_FALSE(is_cjk_punctuation(U','));
}


TEST(Utf8, ToValidUtf8EscapesOnlyTheIllFormedBytes) {
  EXPECT_EQ(to_valid_utf8("预案/plan.md"), "预案/plan.md");
  EXPECT_EQ(to_valid_utf8("\xB0\xB8\xC0\xFD.txt"), "\\xB0\\xB8\\xC0\\xFD.txt");  // GBK 案例
  EXPECT_EQ(to_valid_utf8("cut \xE5\xBA"), "cut \\xE5\\xBA");                       // a character cut in two
  EXPECT_TRUE(check_utf8(to_valid_utf8("\xFF\xC0\x80\xED\xA0\x80")).valid(to_valid_utf8("\xFF\xC0\x80\xED\xA0\x80")));
}

TEST(Utf8, HexRoundTripsEveryByte) {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  EXPECT_EQ(bytes_to_hex("\xB0\xB8" "a"), "b0b861");
  EXPECT_EQ(hex_to_bytes(bytes_to_hex(all)), all);
  EXPECT_FALSE(hex_to_bytes("abc"));
  EXPECT_FALSE(hex_to_bytes("zz"));
}

}  // namespace
}  // namespace plancheck::text
