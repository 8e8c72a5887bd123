#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "../../support/test_names.hpp"
#include "golden.hpp"
#include "report/html_writer.hpp"
#include "report/run_date.hpp"
#include "report_fixture.hpp"

namespace plancheck::report {
namespace {

using testing::expect_golden;

// The shared fixture plus what only the HTML report shows: area scores and the outline.
RunReport html_sample(Lang lang = Lang::Zh) {
  RunReport report = testing::sample_report(lang);
  PlanResult& plan = report.plans[0];
  plan.area_scores = {{"basis", 100, 1, 0, 0}, {"prevention", 0, 0, 1, 1}, {"roles", 0, 0, 1, 0}};
  plan.outline = {{"一、", "总则", 1, 3}, {"（二）", "编制依据", 2, 5}, {"六、", "预防工作", 1, 90},
                  {"（二）", "应急演练", 2, 95}};
  return report;
}

std::string render(const RunReport& report, HtmlOptions options = HtmlOptions{"2024-05-01"}) {
  std::ostringstream out;
  HtmlWriter(std::move(options)).write(report, out);
  return out.str();
}

TEST(HtmlWriter, MatchesGoldenInChinese) { expect_golden("report_zh.html", render(html_sample(Lang::Zh))); }

TEST(HtmlWriter, MatchesGoldenInEnglish) { expect_golden("report_en.html", render(html_sample(Lang::En))); }

TEST(HtmlWriter, ReferencesNothingOutsideTheFile) {
  for (Lang lang : {Lang::Zh, Lang::En}) {
    const std::string html = render(html_sample(lang));
    for (const char* needle : {"http://", "https://", "<script", "<link", "src=", "@import", "url(", "file:"}) {
      EXPECT_EQ(html.find(needle), std::string::npos) << needle;
    }
    EXPECT_EQ(html.find("{{"), std::string::npos) << "every template slot is filled";
    EXPECT_NE(html.find("@page"), std::string::npos) << "the stylesheet is inline";
  }
}

TEST(HtmlWriter, ComplianceMatrixListsEveryRuleWithStatusTextAndBasis) {
  const std::string html = render(html_sample());
  const auto matrix = html.find("<h2>合规对照表</h2>");
  ASSERT_NE(matrix, std::string::npos);
  const struct {
    const char* rule;
    const char* status;
  } rows[] = {{"structure.basis", "✓ 通过"}, {"drill.frequency", "✗ 未通过"}, {"prevention.publicity", "– 不适用"},
              {"role.contact", "✗ 未通过"}};
  for (const auto& row : rows) {
    const auto at = html.find("<tr id=\"p1-" + std::string(row.rule) + "\">", matrix);
    ASSERT_NE(at, std::string::npos) << row.rule;
    const auto end = html.find("</tr>", at);
    EXPECT_NE(html.substr(at, end - at).find(row.status), std::string::npos) << row.rule;
  }
  EXPECT_NE(html.find("<blockquote>各地区、各部门每年至少组织一次预案演练</blockquote>"), std::string::npos);
  EXPECT_NE(html.find("<blockquote>（二）编制依据</blockquote>"), std::string::npos) << "pass evidence quoted";
  EXPECT_NE(html.find("第 5 行 · 一、总则 › （二）编制依据"), std::string::npos) << "with its line";
}

TEST(HtmlWriter, FindingsMarkTheSpanAndGiveTheRemediation) {
  const std::string html = render(html_sample());
  EXPECT_NE(html.find("要<mark>定期</mark>组织开展演练"), std::string::npos);
  EXPECT_NE(html.find("写明“每年至少组织一次预案演练”"), std::string::npos);
  // Errors come before warnings.
  const auto findings = html.find("<h2>问题与整改建议</h2>");
  ASSERT_NE(findings, std::string::npos);
  EXPECT_LT(html.find("演练频次不明确", findings), html.find("未指定联络员", findings));
}

TEST(HtmlWriter, RunningHeaderCarriesPlanTitleAndRunDate) {
  const std::string html = render(html_sample());
  const std::regex header(R"(<thead>\s*<tr>\s*<td>\s*<div class="running-header">)"
                          R"(\s*<span class="plan-name">忻州经济开发区网络安全事件应急预案</span><span>[^<]*2024-05-01</span>)");
  EXPECT_TRUE(std::regex_search(html, header)) << html.substr(0, 4000);
}

TEST(HtmlWriter, EachPlanHasItsOwnFrameAndAnUnreadablePlanSaysWhy) {
  const std::string html = render(html_sample());
  std::size_t frames = 0;
  for (auto at = html.find("<table class=\"plan-frame\""); at != std::string::npos;
       at = html.find("<table class=\"plan-frame\"", at + 1)) {
    ++frames;
  }
  EXPECT_EQ(frames, 2u);
  EXPECT_NE(html.find("无法读取该预案"), std::string::npos);
  EXPECT_NE(html.find("invalid GB18030 sequence"), std::string::npos);
}

TEST(HtmlWriter, HostilePlanTextIsEscaped) {
  RunReport report = html_sample();
  report.plans[0].title = "<script>alert('x')</script>";
  report.plans[0].results[0].findings[0].message = "\"><img src=x onerror=alert(1)>";
  const std::string html = render(report);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
}

TEST(HtmlWriter, EnglishReportIsMarkedEnglish) {
  const std::string html = render(html_sample(Lang::En));
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("Compliance matrix"), std::string::npos);
  EXPECT_NE(render(html_sample()).find("<html lang=\"zh-CN\">"), std::string::npos);
}

// Issue 11.18: printed pages are numbered by the stylesheet's @page margin box (tests/e2e/html_print_test.cpp
// shows the numbers in the PDF).
TEST(HtmlWriter, PrintedPagesAreNumbered) {
  const std::string html = render(html_sample());
  const std::regex numbered(R"(@page\s*\{[^}]*@bottom-center\s*\{\s*content:\s*counter\(page\) " / " counter\(pages\);)");
  EXPECT_TRUE(std::regex_search(html, numbered));
}

// Issue 11.18: a report on several plans opens with a cover of its own and a contents list linking to
// each plan's frame; a report on one plan does not.
TEST(HtmlWriter, SeveralPlansGetARunCoverWithLinkedContents) {
  const std::string html = render(html_sample());
  const auto cover = html.find("<section class=\"run-cover\">");
  ASSERT_NE(cover, std::string::npos);
  EXPECT_LT(cover, html.find("<table class=\"plan-frame\""));
  EXPECT_NE(html.find("<p class=\"subtitle\">共 2 个预案 · 审查日期 2024-05-01 · plancheck 0.1.0</p>", cover), std::string::npos);
  EXPECT_NE(html.find("<h2>目录</h2>", cover), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#plan-1\">忻州经济开发区网络安全事件应急预案</a>", cover), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#plan-2\">plans/broken.txt</a>", cover), std::string::npos) << "untitled: its path";
  EXPECT_NE(html.find("<td class=\"num\">1 / 1 / 0</td>"), std::string::npos) << "failed error/warning/info";
  EXPECT_NE(html.find("<table class=\"plan-frame\" id=\"plan-1\">"), std::string::npos);
  EXPECT_NE(html.find("<table class=\"plan-frame\" id=\"plan-2\">"), std::string::npos);
  EXPECT_NE(html.find("<dt>平均得分</dt>\n<dd>38.0</dd>"), std::string::npos) << "the unreadable plan has no score";

  RunReport one = html_sample(Lang::En);
  one.plans.pop_back();
  EXPECT_EQ(render(one).find("run-cover\">"), std::string::npos);
  EXPECT_NE(render(html_sample(Lang::En)).find("<h2>Contents</h2>"), std::string::npos);
}

// Issue 11.18: --html-findings-only keeps the failed requirements and their findings, nothing else.
TEST(HtmlWriter, FindingsOnlyListsOnlyTheFailedRequirements) {
  HtmlOptions options{"2024-05-01"};
  options.findings_only = true;
  const std::string html = render(html_sample(), options);
  EXPECT_NE(html.find("<tr id=\"p1-drill.frequency\">"), std::string::npos);
  EXPECT_NE(html.find("<tr id=\"p1-role.contact\">"), std::string::npos);
  EXPECT_EQ(html.find("<tr id=\"p1-structure.basis\">"), std::string::npos) << "passed";
  EXPECT_EQ(html.find("<tr id=\"p1-prevention.publicity\">"), std::string::npos) << "not applicable";
  EXPECT_EQ(html.find("附录：预案结构"), std::string::npos) << "no outline";
  EXPECT_NE(html.find("本报告只列出未通过的要求"), std::string::npos) << "it says what it leaves out";
  EXPECT_NE(html.find("要<mark>定期</mark>组织开展演练"), std::string::npos) << "findings stay";
  EXPECT_NE(html.find("<table class=\"plan-frame findings-only\""), std::string::npos);
  EXPECT_LT(html.size(), render(html_sample()).size());

  // A plan that fails nothing has no matrix at all, and says so in its findings part.
  RunReport clean = html_sample();
  clean.plans.pop_back();
  clean.plans[0].results = {testing::basis_pass()};
  const std::string short_report = render(clean, options);
  EXPECT_EQ(short_report.find("matrix-part"), std::string::npos);
  EXPECT_NE(short_report.find("未发现问题。"), std::string::npos);
}

TEST(HtmlWriter, BackLinkShowsOnlyWhenGiven) {
  HtmlOptions options{"2024-05-01"};
  options.back_link = "../index.html";
  const std::string html = render(html_sample(), options);
  EXPECT_NE(html.find("<nav class=\"back-link\">\n<a href=\"../index.html\">← 返回批量审查总览</a>"), std::string::npos);
  EXPECT_EQ(render(html_sample()).find("back-link\">"), std::string::npos);
}

// Issue 11.13: the HTML report shows a window of a long line around the marked span, not the whole line.
TEST(HtmlWriter, ALongSourceLineIsCutAroundTheMark) {
  RunReport report = html_sample();
  Finding& f = report.plans[0].results[0].findings[0];
  f.source_line = std::string();
  for (int i = 0; i < 5000; ++i) f.source_line += "预";
  f.location.column = 2501;
  f.source_line.replace(2500 * 3, 6, "定期");
  const std::string html = render(report);
  const auto source = html.find("<div class=\"source\">");
  ASSERT_NE(source, std::string::npos);
  const std::string div = html.substr(source, html.find("</div>", source) - source);
  EXPECT_LT(div.size(), 3200u) << "about 1,000 columns, not 5,000 characters";
  EXPECT_NE(div.find("</span>…预"), std::string::npos) << div;
  EXPECT_NE(div.find("预<mark>定期</mark>预"), std::string::npos);
  EXPECT_EQ(div.substr(div.size() - 3), "…");
}

struct EpochCase {
  const char* value;
  std::optional<std::string> date;
};

class RunDateTest : public ::testing::TestWithParam<EpochCase> {};

TEST_P(RunDateTest, ReadsSourceDateEpoch) { EXPECT_EQ(date_from_epoch(GetParam().value), GetParam().date); }

INSTANTIATE_TEST_SUITE_P(Table, RunDateTest,
                         ::testing::Values(EpochCase{"0", "1970-01-01"}, EpochCase{"1714521600", "2024-05-01"},
                                           EpochCase{"1714607999", "2024-05-01"}, EpochCase{nullptr, std::nullopt},
                                           EpochCase{"", std::nullopt}, EpochCase{"-1", std::nullopt},
                                           EpochCase{"12abc", std::nullopt}, EpochCase{"+5", std::nullopt},
                                           EpochCase{"99999999999999", std::nullopt}),
                         [](const auto& info) {
                           return plancheck::testing::numbered_name(info.index, info.param.value ? info.param.value : "unset");
                         });

}  // namespace
}  // namespace plancheck::report
