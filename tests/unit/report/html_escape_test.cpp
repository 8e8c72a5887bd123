#include <gtest/gtest.h>

#include <sstream>

#include "report/html_builder.hpp"
#include "report/html_escape.hpp"

namespace plancheck::report {
namespace {

struct EscapeCase {
  const char* name;
  std::string input;
  std::string expected;
};

class HtmlEscapeTest : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(HtmlEscapeTest, EscapesHostileText) { EXPECT_EQ(html_escape(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Table, HtmlEscapeTest,
    ::testing::Values(
        EscapeCase{"plain", "应急预案 plan", "应急预案 plan"},
        EscapeCase{"script", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        EscapeCase{"double_quote_attribute", "\" onload=\"x", "&quot; onload=&quot;x"},
        EscapeCase{"single_quote_attribute", "' onclick='x", "&#39; onclick=&#39;x"},
        EscapeCase{"ampersand_not_double_escaped", "&amp; & &lt;", "&amp;amp; &amp; &amp;lt;"},
        EscapeCase{"comment_and_cdata", "<!-- --><![CDATA[x]]>", "&lt;!-- --&gt;&lt;![CDATA[x]]&gt;"},
        EscapeCase{"full_width_brackets_untouched", "＜脚本＞“引号”", "＜脚本＞“引号”"},
        EscapeCase{"newline_and_tab_kept", "a\tb\nc\r\n", "a\tb\nc\r\n"},
        EscapeCase{"nul_and_controls_replaced", std::string("a\0b\x1b", 4), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD"},
        EscapeCase{"c1_control_replaced", "x\xC2\x85y", "x\xEF\xBF\xBDy"},
        EscapeCase{"ill_formed_utf8_replaced", "\xE5\x9B<\xFF", "\xEF\xBF\xBD\xEF\xBF\xBD&lt;\xEF\xBF\xBD"},
        EscapeCase{"replacement_character_kept", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
        EscapeCase{"empty", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(HtmlBuilder, EscapesTextAndAttributeValuesAndClosesWhatItOpened) {
  std::ostringstream out;
  {
    HtmlBuilder html(out);
    html.open("div", {{"title", "\"><script>"}}).element("span", "<b>&</b>").text("'x'");
  }
  EXPECT_EQ(out.str(), "<div title=\"&quot;&gt;&lt;script&gt;\">\n<span>&lt;b&gt;&amp;&lt;/b&gt;</span>&#39;x&#39;</div>\n");
}

TEST(HtmlBuilder, CloseOnNothingOpenWritesNothing) {
  std::ostringstream out;
  HtmlBuilder html(out);
  html.close();
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace plancheck::report
