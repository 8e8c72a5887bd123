// find_text must give exactly std::string_view::find's answers; it is only faster.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/search.hpp"

namespace plancheck::text {
namespace {

struct Case {
  const char* name;
  std::string hay;
  std::string needle;
  std::size_t from;
};

class FindsText : public ::testing::TestWithParam<Case> {};

TEST_P(FindsText, AgreesWithStringViewFind) {
  const Case& c = GetParam();
  EXPECT_EQ(find_text(c.hay, c.needle, c.from), std::string_view(c.hay).find(c.needle, c.from));
}

const std::string kLong = std::string(40, 'x') + "应急响应" + std::string(40, 'y') + "应急响应";

INSTANTIATE_TEST_SUITE_P(
    Cases, FindsText,
    ::testing::Values(Case{"EmptyNeedle", "abc", "", 1}, Case{"EmptyNeedlePastEnd", "abc", "", 4},
                      Case{"EmptyHay", "", "a", 0}, Case{"FromPastEnd", "abc", "a", 9},
                      Case{"OneByte", "abcabc", "c", 3}, Case{"TwoBytes", "abcabc", "ca", 0},
                      Case{"NeedleLongerThanHay", "应急", "应急响应", 0}, Case{"WholeHay", "应急", "应急", 0},
                      Case{"OneHanCharacter", "网络安全事件", "事", 0}, Case{"AtTheVeryEnd", "网络安全事件", "事件", 0},
                      Case{"InLongText", kLong, "应急响应", 0}, Case{"SecondInLongText", kLong, "应急响应", 41},
                      Case{"AbsentInLongText", kLong, "响应应急", 0},
                      Case{"ProbeBytesAgreeElsewhere", std::string(30, 'a') + "ab" + std::string(30, 'b'), "ab", 0},
                      Case{"JustBeforeFromInTheLastBlock", std::string(20, 'x') + "ab" + std::string(5, 'c'), "ab", 21},
                      Case{"AtFromInTheLastBlock", std::string(20, 'x') + "ab" + std::string(5, 'c'), "ab", 20},
                      Case{"LastStartOfALongText", std::string(37, 'x') + "应急", "应急", 3},
                      Case{"FourByteCharacter", "a\xF0\x9F\x98\x80" "b", "\xF0\x9F\x98\x80", 0}),
    [](const auto& info) { return std::string(info.param.name); });

// Random texts over a small alphabet of ASCII and Han characters, so that near-misses are frequent.
TEST(FindsText, AgreesWithStringViewFindOnRandomText) {
  const std::vector<std::string> alphabet = {"a", "b", "事", "件", "应", "急", "。", "1"};
  std::mt19937 rng(7);
  auto random_text = [&](std::size_t pieces) {
    std::string s;
    for (std::size_t k = 0; k < pieces; ++k) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 4000; ++round) {
    const std::string hay = random_text(rng() % 80);
    const std::string needle = random_text(1 + rng() % 3);
    const std::size_t from = hay.empty() ? 0 : rng() % (hay.size() + 2);
    ASSERT_EQ(find_text(hay, needle, from), std::string_view(hay).find(needle, from))
        << "hay=" << hay << " needle=" << needle << " from=" << from;
  }
}

}  // namespace
}  // namespace plancheck::text

namespace plancheck::text {
namespace {

TEST(EndsWithAt, TheBytesJustBeforeEnd) {
  const std::string_view s = "向领导小组报告";
  EXPECT_TRUE(ends_with_at(s, 3, "向"));
  EXPECT_TRUE(ends_with_at(s, s.size(), "报告"));
  EXPECT_TRUE(ends_with_at(s, s.size(), s));
  EXPECT_FALSE(ends_with_at(s, s.size(), "布告"));      // the same last character is not enough
  EXPECT_FALSE(ends_with_at(s, s.size(), "汇报"));
  EXPECT_FALSE(ends_with_at(s, 3, "小组"));             // longer than what lies before `end`
  EXPECT_FALSE(ends_with_at(s, s.size() + 3, "报告"));  // past the end
  EXPECT_FALSE(ends_with_at("", 0, "向"));
  EXPECT_TRUE(ends_with_at(s, 0, ""));
  EXPECT_TRUE(ends_with_at(s, s.size() + 1, ""));
}

}  // namespace
}  // namespace plancheck::text
