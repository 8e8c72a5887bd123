// Normalisation for matching: NFKC, traditional→simplified, white space folding and the origin map.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "../../support/test_names.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::text {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

class Normalizes : public ::testing::TestWithParam<Case> {};

TEST_P(Normalizes, ToExpectedText) { EXPECT_EQ(normalized(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Cases, Normalizes,
    ::testing::Values(
        Case{"３０", "30"}, Case{"（一）", "(一)"}, Case{"ＡＢＣ ｄｅｆ", "ABC def"}, Case{"Ⅰ级", "I级"},
        Case{"Ⅳ级（一般）", "IV级(一般)"}, Case{"①", "1"}, Case{"ｶﾞ", "ガ"},
        Case{"系統", "系统"}, Case{"報告", "报告"}, Case{"應急預案", "应急预案"}, Case{"發生", "发生"},
        Case{"於", "于"}, Case{"網絡安全事件", "网络安全事件"}, Case{"应急预案", "应急预案"},
        Case{"30 日", "30日"}, Case{"OA 和", "OA和"}, Case{"和 OA", "和OA"}, Case{"hello  world", "hello world"},
        Case{"  lead and trail \n", "lead and trail"}, Case{"a\r\n\tb", "a b"}, Case{"第一章\n总则", "第一章总则"},
        Case{"网络　安全", "网络安全"}, Case{"1 ２ 3", "1 2 3"}, Case{"A\u00A0B", "A B"},
        Case{"应急 ，处置", "应急,处置"}, Case{"OA （系统）", "OA(系统)"}, Case{"应\u200B急", "应急"},
        Case{"\uFEFF预案", "预案"}, Case{"e\u0301", "\u00E9"}, Case{"cafe\u0301 bar", "caf\u00E9 bar"},
        Case{"\u1100\u1161", "\uAC00"}, Case{"😀 ok", "😀 ok"}, Case{"", ""}, Case{" \t\n ", ""}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.expected); });

// Every byte of the output maps to the start of the input character that produced it.
void expect_origin_consistent(std::string_view input) {
  const NormalizedText n = normalize_for_matching(input);
  ASSERT_FALSE(n.origin_runs.empty());
  EXPECT_EQ(n.origin_runs.front().norm, 0u);
  EXPECT_EQ(n.origin_runs.back().norm, n.text.size());
  EXPECT_EQ(n.origin_of(n.text.size()), input.size());
  EXPECT_EQ(n.origin_of(n.text.size() + 5), input.size());
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    const std::size_t o = n.origin_of(i);
    ASSERT_LT(o, input.size());
    EXPECT_NE(static_cast<unsigned char>(input[o]) & 0xC0, 0x80u) << "not a character start, byte " << i;
    if (i > 0) {
      EXPECT_GE(o, n.origin_of(i - 1));
    }
  }
}

TEST(Normalize, OriginPointsAtTheOriginalCharacter) {
  const std::string input = "３０ 日，系統\n  OA 和Ⅰ级";
  const NormalizedText n = normalize_for_matching(input);
  ASSERT_EQ(n.text, "30日,系统OA和I级");
  const struct {
    const char* norm;
    const char* orig;
  } pairs[] = {{"0", "０"}, {"日", "日"}, {",", "，"}, {"统", "統"}, {"O", "OA"}, {"和", "和"},
               {"I", "Ⅰ"}, {"级", "级"}};
  for (const auto& p : pairs) {
    const std::size_t at = n.text.find(p.norm);
    ASSERT_NE(at, std::string::npos) << p.norm;
    EXPECT_EQ(n.origin_of(at), input.find(p.orig)) << p.norm;
  }
  EXPECT_EQ(n.origin_of(n.text.size()), input.size());
  expect_origin_consistent(input);
}

TEST(Normalize, OriginInsideARunOfHanCharacters) {
  const std::string input = "ab 应急预案。系統";
  const NormalizedText n = normalize_for_matching(input);
  ASSERT_EQ(n.text, "ab应急预案。系统");
  for (std::size_t i = 2; i < n.text.size(); ++i) {
    EXPECT_EQ(n.origin_of(i), 3 + (i - 2) / 3 * 3) << "byte " << i;
  }
}

TEST(Normalize, OriginOfCombiningSequenceIsItsBaseCharacter) {
  const std::string input = "x e\u0301";
  const NormalizedText n = normalize_for_matching(input);
  ASSERT_EQ(n.text, "x \u00E9");
  EXPECT_EQ(n.origin_of(2), 2u);
  EXPECT_EQ(n.origin_of(3), 2u);
}

TEST(Normalize, OriginConsistentOnARealPlan) {
  std::ifstream in(std::string(PLANCHECK_TEST_DATA) + "/seeds/003_xinzhou.txt", std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string plan = ss.str();
  ASSERT_FALSE(plan.empty());
  expect_origin_consistent(plan);
  EXPECT_TRUE(check_utf8(normalized(plan)).valid(normalized(plan)));
}

TEST(Normalize, IsIdempotent) {
  for (const char* s : {"３０ 日，系統", "Ⅳ级（一般） OA 和", "cafe\u0301  ｶﾞ\u3000應急"}) {
    const std::string once = normalized(s);
    EXPECT_EQ(normalized(once), once) << s;
  }
}

TEST(Normalize, InvalidUtf8DoesNotBreakTheOutput) {
  const std::string out = normalized("a\xFF\xE5\xBA");
  EXPECT_TRUE(check_utf8(out).valid(out));
}

TEST(Normalize, ThreadsGetTheSameResult) {
  const std::string input = "網絡安全事件應急預案 ３０ 日 Ⅰ级";
  const std::string expected = "网络安全事件应急预案30日I级";
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] { results[t] = normalized(input); });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

}  // namespace
}  // namespace plancheck::text
