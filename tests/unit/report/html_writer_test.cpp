#include <gtest/gtest.h>

#include <regex>
#include <sstream>

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

std::string render(const RunReport& report) {
  std::ostringstream out;
  HtmlWriter(HtmlOptions{"2024-05-01"}).write(report, out);
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
  for (auto at = html.find("<table class=\"plan-frame\">"); at != std::string::npos;
       at = html.find("<table class=\"plan-frame\">", at + 1)) {
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
                                           EpochCase{"99999999999999", std::nullopt}));

}  // namespace
}  // namespace plancheck::report
