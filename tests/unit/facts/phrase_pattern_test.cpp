#include "facts/phrase_pattern.hpp"
#include "facts/scan.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace plancheck::facts {
namespace {

Span whole(const std::string& s) { return {0, static_cast<std::uint32_t>(s.size())}; }

struct Case {
  const char* pattern;
  const char* text;
  const char* expected;  // matched text, "" for no match
};

TEST(PhrasePattern, MatchesAlternativesAndOrderedPieces) {
  const Case cases[] = {
      {"迟报|谎报", "不得谎报、瞒报", "谎报"},
      {"迟报｜瞒报", "不得谎报、瞒报", "瞒报"},
      {"报…网信办", "将演练情况报市委网信办", "报市委网信办"},
      {"报...网信办", "将演练情况报市委网信办", "报市委网信办"},
      {"网信办…报", "将演练情况报市委网信办", ""},
      {"演练…报", "演练情况报上级", "演练情况报"},
      {"A|演练…报|报上级", "演练情况报上级", "演练情况报"},
      {"起始时间", "预警级别、时间", ""},
      {"保存…证据", "注意保存网络攻击的证据", "保存网络攻击的证据"},
  };
  for (const Case& c : cases) {
    const PhrasePattern p = PhrasePattern::compile(c.pattern);
    const std::string text = c.text;
    const auto m = p.find(text, whole(text));
    const std::string got = m ? text.substr(m->begin, m->end - m->begin) : std::string();
    EXPECT_EQ(got, c.expected) << c.pattern << " in " << c.text;
  }
}

TEST(PhrasePattern, StaysInsideTheGivenRange) {
  const PhrasePattern p = PhrasePattern::compile("演练…报");
  const std::string text = "定期演练。报上级";
  EXPECT_FALSE(p.find(text, {0, 15}).has_value());  // "定期演练。" only
  EXPECT_TRUE(p.find(text, whole(text)).has_value());
}

TEST(PhrasePattern, SkipsExcludedSpans) {
  const PhrasePattern p = PhrasePattern::compile("联络");
  const std::string text = "负责联络工作，指定联络员";
  const std::uint32_t excl_begin = static_cast<std::uint32_t>(text.find("联络工作"));
  const auto m = p.find(text, whole(text), SpanSet({{excl_begin, excl_begin + 12}}));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(text.substr(m->begin, 9), "联络员");
}

// SpanSet answers what testing each span in turn answered, for spans in any order, nested, touching or empty.
TEST(SpanSet, OverlapsAsTestingEverySpan) {
  const std::vector<Span> spans = {{40, 50}, {3, 30}, {10, 12}, {30, 31}, {60, 60}, {5, 8}};
  const SpanSet set(spans);
  for (std::uint32_t b = 0; b < 70; ++b) {
    for (std::uint32_t e = b; e < 72; ++e) {
      const bool expected = std::any_of(spans.begin(), spans.end(),
                                        [&](const Span& s) { return b < s.end && s.begin < e; });
      EXPECT_EQ(set.overlaps({b, e}), expected) << b << ".." << e;
      const bool held = std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return s.begin <= b && e <= s.end; });
      EXPECT_EQ(set.covers({b, e}), held) << b << ".." << e;
    }
  }
  EXPECT_TRUE(SpanSet().empty());
  EXPECT_FALSE(SpanSet().overlaps({0, 100}));
  EXPECT_TRUE(set.overlaps({29, 31}));
  EXPECT_FALSE(set.overlaps({31, 40}));
}

TEST(PhrasePattern, EmptyAndDegenerateSources) {
  EXPECT_TRUE(PhrasePattern::compile("").empty());
  EXPECT_TRUE(PhrasePattern::compile("|…|").empty());
  EXPECT_FALSE(PhrasePattern::compile("|宣传|").empty());
}

TEST(PhrasePattern, FindAllListsEveryMatch) {
  PatternList list;
  list.patterns.push_back(PhrasePattern::compile("迟报|瞒报"));
  const std::string text = "迟报、谎报、瞒报";
  EXPECT_EQ(list.find_all(text, whole(text)).size(), 2u);
}

}  // namespace
}  // namespace plancheck::facts

// A table cell standing for no value: a dash, a slash or 无, with blanks around.
TEST(BlankCell, DashesSlashesAndNothingSayNothing) {
  for (const char* cell : {"", " ", "—", "——", "-", "－", " / ", "／", "无", " 无 ", "暂无", "…"}) {
    EXPECT_TRUE(plancheck::facts::is_blank_cell(cell)) << cell;
  }
  for (const char* cell : {"应急办", "网信办发布", "无线网络组", "0551-63900000", "/应急办"}) {
    EXPECT_FALSE(plancheck::facts::is_blank_cell(cell)) << cell;
  }
}
