#include <gtest/gtest.h>

#include <climits>

#include "parse/parse.hpp"
#include "waivers/inline_suppressions.hpp"

namespace plancheck::waivers {
namespace {

Document markdown(const std::string& text) {
  auto doc = parse::parse_document("plan.md", text::DecodedText{text, "UTF-8"}, parse::ParseOptions{});
  EXPECT_TRUE(doc.ok());
  return doc.take();
}

const std::string kHead = "# 某单位网络安全事件应急预案\n\n";  // line 1

TEST(InlineSuppressions, DisableRunsToTheMatchingEnable) {
  const Document doc = markdown(kHead +
                                "## 一、总则\n"                                   // 3
                                "\n"
                                "<!-- plancheck-disable a.b, c.d -- 理由 -->\n"  // 5
                                "\n"
                                "正文。\n"                                        // 7
                                "\n"
                                "<!-- plancheck-enable a.b -->\n"                // 9
                                "\n"
                                "## 二、组织\n");
  const InlineSuppressions s = scan_suppressions(doc);
  EXPECT_TRUE(s.errors.empty());
  ASSERT_EQ(s.suppressions.size(), 2u);
  EXPECT_EQ(s.suppressions[0].rule, "a.b");
  EXPECT_EQ(s.suppressions[0].first_line, 5);
  EXPECT_EQ(s.suppressions[0].last_line, 9);
  EXPECT_EQ(s.suppressions[0].reason, "理由");
  EXPECT_FALSE(s.suppressions[0].whole_file);
  EXPECT_EQ(s.suppressions[1].rule, "c.d");       // never enabled: to the end of the file
  EXPECT_EQ(s.suppressions[1].last_line, INT_MAX);
  EXPECT_FALSE(s.suppressions[1].whole_file);     // content (the heading on line 3) comes first
}

TEST(InlineSuppressions, NextLineCoversTheWholeNextBlock) {
  const Document doc = markdown(kHead +
                                "## 一、总则\n"                                         // 3
                                "\n"
                                "<!-- plancheck-disable-next-line a.b -- 理由 -->\n"   // 5
                                "\n"
                                "第一行\n"                                              // 7
                                "第二行，同一段。\n"                                    // 8
                                "\n"
                                "下一段。\n");                                          // 10
  const InlineSuppressions s = scan_suppressions(doc);
  ASSERT_EQ(s.suppressions.size(), 1u);
  EXPECT_EQ(s.suppressions[0].first_line, 7);
  EXPECT_EQ(s.suppressions[0].last_line, 8);
  EXPECT_EQ(s.suppressions[0].directive_line, 5);
}

TEST(InlineSuppressions, ADisableBeforeAnyContentCoversTheWholeFile) {
  const Document doc = markdown("<!-- plancheck-disable a.b -- 不适用 -->\n\n" + kHead + "## 一、总则\n\n正文。\n");
  const InlineSuppressions s = scan_suppressions(doc);
  ASSERT_EQ(s.suppressions.size(), 1u);
  EXPECT_TRUE(s.suppressions[0].whole_file);
  EXPECT_EQ(s.suppressions[0].first_line, 1);
}

TEST(InlineSuppressions, AWholeFileDisableThatIsEnabledAgainIsARange) {
  const Document doc = markdown("<!-- plancheck-disable a.b -- x -->\n\n" + kHead + "## 一、总则\n\n<!-- plancheck-enable -->\n");
  const InlineSuppressions s = scan_suppressions(doc);
  ASSERT_EQ(s.suppressions.size(), 1u);
  EXPECT_FALSE(s.suppressions[0].whole_file);
  EXPECT_EQ(s.suppressions[0].last_line, 7);
}

TEST(InlineSuppressions, BadCommentsAreErrorsAndNeverApplied) {
  const Document doc = markdown(kHead +
                                "<!-- plancheck-disable a.b -->\n"               // 3: no reason
                                "\n"
                                "<!-- plancheck-disable -- no rule -->\n"        // 5
                                "\n"
                                "<!-- plancheck-ignore a.b -- x -->\n"           // 7
                                "\n"
                                "<!-- plancheck-enable c.d -->\n"                // 9: nothing to enable
                                "\n"
                                "<!-- an ordinary comment -->\n");
  const InlineSuppressions s = scan_suppressions(doc);
  EXPECT_TRUE(s.suppressions.empty());
  using Kind = SuppressionError::Kind;
  const std::vector<std::pair<Kind, int>> expected{
      {Kind::MissingReason, 3}, {Kind::MissingRules, 5}, {Kind::UnknownDirective, 7}, {Kind::EnableWithoutDisable, 9}};
  ASSERT_EQ(s.errors.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(s.errors[i].kind, expected[i].first) << i;
    EXPECT_EQ(s.errors[i].location.line, expected[i].second) << i;
    EXPECT_EQ(s.errors[i].location.column, 1) << i;
  }
  EXPECT_EQ(s.errors[0].comment, "<!-- plancheck-disable a.b -->");
}

TEST(InlineSuppressions, APlanWithoutCommentsHasNone) {
  const InlineSuppressions s = scan_suppressions(markdown(kHead + "## 一、总则\n\n正文 <!-- 未闭合\n"));
  EXPECT_TRUE(s.suppressions.empty());
  EXPECT_TRUE(s.errors.empty());
}

// Each disable-next-line comment looked for its target by scanning every block (and every comment for each
// block): 100,000 of them took 32 s. Both are looked up now.
TEST(InlineSuppressions, ManyDisableNextLineCommentsEachFindTheirLine) {
  std::string text = kHead + "## 一、总则\n\n";  // the first comment is on line 5
  const int n = 100000;
  for (int i = 0; i < n; ++i) text += "<!-- plancheck-disable-next-line a.b -- 理由 -->\n第" + std::to_string(i) + "行。\n\n";
  text += "<!-- plancheck-disable-next-line a.b -- 理由 -->\n";  // nothing after it: no target
  const InlineSuppressions s = scan_suppressions(markdown(text));
  EXPECT_TRUE(s.errors.empty());
  ASSERT_EQ(s.suppressions.size(), static_cast<std::size_t>(n));
  EXPECT_EQ(s.suppressions.front().first_line, 6);
  EXPECT_EQ(s.suppressions.back().first_line, 5 + 3 * (n - 1) + 1);
  EXPECT_EQ(s.suppressions.back().last_line, s.suppressions.back().first_line);
}

}  // namespace
}  // namespace plancheck::waivers
