// Reading numbers as Chinese plans write them.
#include <gtest/gtest.h>

#include "../../support/test_names.hpp"
#include "text/numerals.hpp"

namespace plancheck::text {
namespace {

struct Whole {
  const char* text;
  std::optional<std::int64_t> value;
};

class ParsesNumber : public ::testing::TestWithParam<Whole> {};

TEST_P(ParsesNumber, WholeText) { EXPECT_EQ(parse_number(GetParam().text), GetParam().value) << GetParam().text; }

constexpr std::optional<std::int64_t> kNone = std::nullopt;

INSTANTIATE_TEST_SUITE_P(
    Table, ParsesNumber,
    ::testing::Values(
        Whole{"30", 30}, Whole{"0", 0}, Whole{"１２", 12}, Whole{"10,000", 10000}, Whole{"三十", 30},
        Whole{"十五", 15}, Whole{"十", 10}, Whole{"九", 9}, Whole{"两", 2}, Whole{"〇", 0}, Whole{"零", 0},
        Whole{"一百二十", 120}, Whole{"一百零五", 105}, Whole{"一千零五十", 1050}, Whole{"二十万", 200000},
        Whole{"一千万", 10000000}, Whole{"两万", 20000}, Whole{"一万二千", 12000},
        Whole{"一亿二千万", 120000000}, Whole{"一万亿", 1000000000000}, Whole{"一百二", 120},
        Whole{"三万五", 35000}, Whole{"1千万", 10000000}, Whole{"10万", 100000}, Whole{"1亿", 100000000},
        Whole{"1百万", 1000000}, Whole{"5000万", 50000000}, Whole{"1万5000", 15000}, Whole{"二〇二三", 2023},
        Whole{"一九九八", 1998},
        // not (exactly) one number
        Whole{"", kNone}, Whole{"半", kNone}, Whole{"百", kNone}, Whole{"千万", kNone}, Whole{"万", kNone},
        Whole{"abc", kNone}, Whole{"三五", kNone}, Whole{"十百", kNone}, Whole{"一亿亿", kNone},
        Whole{"3.5", kNone}, Whole{"30 ", kNone}, Whole{"一千零", kNone}, Whole{"99999999999999999999", kNone},
        Whole{"九千九百万亿亿", kNone}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.text); });

struct Prefix {
  const char* text;
  std::size_t pos;
  std::optional<std::int64_t> value;
  std::size_t length;
};

class ReadsNumber : public ::testing::TestWithParam<Prefix> {};

TEST_P(ReadsNumber, LongestNumberAtPosition) {
  const Prefix& c = GetParam();
  const auto m = read_number(c.text, c.pos);
  ASSERT_EQ(m.has_value(), c.value.has_value()) << c.text;
  if (!m) return;
  EXPECT_EQ(m->value, *c.value) << c.text;
  EXPECT_EQ(m->length, c.length) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ReadsNumber,
    ::testing::Values(Prefix{"30日内", 0, 30, 2}, Prefix{"每年至少一次", 12, 1, 3}, Prefix{"三五天", 0, 3, 3},
                      Prefix{"一千零", 0, 1000, 6}, Prefix{"半年", 0, kNone, 0}, Prefix{"第二十四条", 3, 24, 9},
                      Prefix{"1,2,3", 0, 1, 1}, Prefix{"一二级", 0, 1, 3}, Prefix{"百姓", 0, kNone, 0},
                      Prefix{"千万不要", 0, kNone, 0}, Prefix{"两个半小时", 0, 2, 3},
                      Prefix{"二〇二三年二月八日", 0, 2023, 12}, Prefix{"24小时", 0, 24, 2}, Prefix{"ab", 5, kNone, 0}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.text); });

}  // namespace
}  // namespace plancheck::text

namespace plancheck::text {
namespace {

std::string utf8_of(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

// Scanners skip read_number where can_start_number says no: that must never hide a number.
TEST(CanStartNumber, IsTrueWhereverANumberStarts) {
  int starts = 0;
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    for (const char* tail : {"", "十", "0", "万"}) {
      if (!read_number(utf8_of(cp) + tail)) continue;
      ++starts;
      ASSERT_TRUE(can_start_number(cp)) << "U+" << std::hex << static_cast<std::uint32_t>(cp);
    }
  }
  EXPECT_GT(starts, 20);
  EXPECT_FALSE(can_start_number(U'年'));
  EXPECT_FALSE(can_start_number(U'a'));
}

// A run of digits (a paragraph of ① is one after NFKC) was read to its end from every position: 32 KB took
// 12 s. An overflowing run is no number wherever it ends, so reading stops there: every position of a
// 100,000-digit run now costs a few digits (read to the end each time, this took minutes).
TEST(Numerals, ReadingInsideALongRunOfDigitsStopsAtTheOverflow) {
  const std::string digits(100000, '1');
  std::size_t numbers = 0;
  for (std::size_t pos = 0; pos < digits.size(); ++pos) numbers += read_number(digits, pos).has_value() ? 1 : 0;
  EXPECT_EQ(numbers, 19u);  // only the last 19 positions start a number that fits in 64 bits
  EXPECT_EQ(read_number(digits, digits.size() - 19)->value, 1111111111111111111);
  const std::string spaced = digits + " 30天";
  EXPECT_EQ(read_number(spaced, spaced.size() - 5)->value, 30);
}

}  // namespace
}  // namespace plancheck::text
