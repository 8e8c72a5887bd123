// The character-pair filter may say "maybe" wrongly, never "absent" wrongly: a search it skips could not
// have matched.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "facts/char_pair_filter.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

TEST(CharPairFilter, HoldsEverySubstringOfItsText) {
  const std::vector<std::string> alphabet = {"应", "急", "响", "级", "a", "1", "。", "事", "件", "红", "色"};
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> chars;
    const std::size_t n = 1 + rng() % 60;
    std::string text;
    for (std::size_t k = 0; k < n; ++k) {
      chars.push_back(alphabet[rng() % alphabet.size()]);
      text += chars.back();
    }
    const CharPairFilter filter = CharPairFilter::of(text);
    for (int probe = 0; probe < 20; ++probe) {
      const std::size_t b = rng() % n;
      const std::size_t e = b + 1 + rng() % (n - b);
      std::string piece;
      for (std::size_t k = b; k < e; ++k) piece += chars[k];
      ASSERT_TRUE(filter.may_contain(CharPairKeys::of(piece))) << text << " / " << piece;
    }
  }
}

// Adding a text's code points one by one (as the passages do while splitting sentences) sets the same bits
// as of(text), whatever the text: Han, ASCII, symbols, four-byte characters, U+0000.
TEST(CharPairFilter, AddingCodePointsInOrderEqualsOf) {
  const std::vector<std::u32string> alphabet = {U"应", U"急", U"a", U"1", U"。", U"𠀀", std::u32string(1, U'\0'), U"\n", U"™"};
  std::mt19937 rng(5);
  for (int round = 0; round < 300; ++round) {
    std::u32string cps;
    const std::size_t n = rng() % 40;
    for (std::size_t k = 0; k < n; ++k) cps += alphabet[rng() % alphabet.size()];
    std::string text;
    for (const char32_t cp : cps) text::append_utf8(text, cp);
    CharPairFilter added;
    for (std::size_t k = 0; k < cps.size(); ++k) {
      if (k == 0) {
        added.add(cps[k]);
      } else {
        added.add(cps[k - 1], cps[k]);
      }
    }
    ASSERT_TRUE(added == CharPairFilter::of(text)) << text;
  }
  EXPECT_FALSE(CharPairFilter::of("预警") == CharPairFilter::of("警预"));  // the pairs differ
}

TEST(CharPairFilter, RulesOutTextThatIsAbsent) {
  const CharPairFilter filter = CharPairFilter::of("本预案适用于网络安全事件的应对工作。");
  EXPECT_TRUE(filter.may_contain(CharPairKeys::of("网络安全")));
  EXPECT_FALSE(filter.may_contain(CharPairKeys::of("演练")));
  EXPECT_FALSE(filter.may_contain(CharPairKeys::of("红色预警")));
}

TEST(CharPairFilter, EmptyKeysAreAlwaysContained) {
  EXPECT_TRUE(CharPairFilter::of("").may_contain(CharPairKeys::of("")));
}

TEST(CharPairKeys, MergedHoldsBothSidesOnce) {
  const CharPairKeys a = CharPairKeys::of("预警");
  const CharPairKeys b = CharPairKeys::of("解除");
  const CharPairKeys m = CharPairKeys::merged(a, b);
  EXPECT_TRUE(CharPairFilter::of("预警解除").may_contain(m));
  EXPECT_FALSE(CharPairFilter::of("预警发布").may_contain(m));
  EXPECT_TRUE(std::is_sorted(m.bits.begin(), m.bits.end()));
  EXPECT_EQ(std::adjacent_find(m.bits.begin(), m.bits.end()), m.bits.end());
}

TEST(WordKeys, MayHoldAnyIsFalseOnlyWhenNoWordOccurs) {
  WordKeys units;
  units.add_all(std::vector<std::string_view>{"小时", "工作日"});
  units.add("分钟");
  EXPECT_TRUE(units.may_hold_any(CharPairFilter::of("应在2小时内报告。")));
  EXPECT_TRUE(units.may_hold_any(CharPairFilter::of("三个工作日内")));
  EXPECT_TRUE(units.may_hold_any(CharPairFilter::of("30分钟")));
  EXPECT_FALSE(units.may_hold_any(CharPairFilter::of("本预案适用于网络安全事件的应对工作。")));
  EXPECT_FALSE(WordKeys().may_hold_any(CharPairFilter::of("小时")));  // no words: nothing can occur
}

// Words that share characters (every liaison phrase holds 联) are first asked for those: the answer is the
// same as asking each word, whichever word comes first and whether or not they share any.
TEST(WordKeys, SharedKeysGiveTheSameAnswerAsEachWord) {
  const std::vector<std::string_view> shared{"指定联络员", "联络员负责", "联络人名单"};
  const std::vector<std::string_view> apart{"值班", "联络员", "备份"};
  const std::vector<std::string_view> texts{"各部门指定一名联络员。", "联络员负责报送。", "联络人名单见附件",
                                            "实行24小时值班。", "联合检查", "本预案适用于本单位。", ""};
  for (const auto* words : {&shared, &apart}) {
    WordKeys keys;
    keys.add_all(*words);
    for (std::string_view text : texts) {
      const CharPairFilter f = CharPairFilter::of(text);
      const bool any = std::any_of(words->begin(), words->end(),
                                   [&](std::string_view w) { return f.may_contain(CharPairKeys::of(w)); });
      EXPECT_EQ(keys.may_hold_any(f), any) << text;
    }
  }
  WordKeys liaison;
  liaison.add_all(shared);
  EXPECT_TRUE(liaison.may_hold_any(CharPairFilter::of("联络员负责报送。")));
  EXPECT_FALSE(liaison.may_hold_any(CharPairFilter::of("实行24小时值班。")));
}

}  // namespace
}  // namespace plancheck::facts
