// Issue 11.10: with --baseline, each finding's mark (new / unchanged) shows in every report format, in the
// run's language, and the text and HTML summaries count them.
#include <gtest/gtest.h>

#include "render.hpp"
#include "report/csv_writer.hpp"
#include "report/html_writer.hpp"
#include "report/junit_writer.hpp"
#include "report/text_writer.hpp"
#include "report_fixture.hpp"

namespace plancheck::report {
namespace {

using testing::render;

// The shared fixture as a --baseline run marks it: the drill finding is new, the liaison one was there.
RunReport marked(Lang lang) {
  RunReport report = testing::sample_report(lang);
  report.plans[0].results[0].findings[0].baseline = "new";
  report.plans[0].results[2].findings[0].baseline = "unchanged";
  return report;
}

TEST(BaselineMarks, TextMarksEachFindingAndCountsThem) {
  const std::string zh = render(TextWriter({}), marked(Lang::Zh));
  EXPECT_NE(zh.find("[drill.frequency]（新增）\n"), std::string::npos) << zh;
  EXPECT_NE(zh.find("[role.contact]（未变）\n"), std::string::npos) << zh;
  EXPECT_NE(zh.find("；相对基线：新增 1，未变 1\n"), std::string::npos) << zh;
  const std::string en = render(TextWriter({}), marked(Lang::En));
  EXPECT_NE(en.find("[drill.frequency] (new)\n"), std::string::npos) << en;
  EXPECT_NE(en.find("; against the baseline: 1 new, 1 unchanged\n"), std::string::npos) << en;
}

TEST(BaselineMarks, TextWithoutABaselineIsAsBefore) {
  const std::string out = render(TextWriter({}), testing::sample_report());
  EXPECT_EQ(out.find("新增"), std::string::npos) << out;
  EXPECT_EQ(out.find("基线"), std::string::npos) << out;
}

TEST(BaselineMarks, HtmlBadgesInFindingsMatrixAndCounts) {
  std::ostringstream out;
  HtmlWriter(HtmlOptions{"2024-05-01"}).write(marked(Lang::Zh), out);
  const std::string html = out.str();
  const std::string badge = "<span class=\"badge baseline-new\">新增</span>";
  const auto first = html.find(badge);
  ASSERT_NE(first, std::string::npos) << html;
  EXPECT_NE(html.find(badge, first + 1), std::string::npos) << "in the matrix and the findings";
  EXPECT_NE(html.find("<span class=\"badge baseline-unchanged\">未变</span>"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"baseline-new\"><strong>1</strong>新增问题</li>"), std::string::npos);
  std::ostringstream plain;
  HtmlWriter(HtmlOptions{"2024-05-01"}).write(testing::sample_report(), plain);
  EXPECT_EQ(plain.str().find("baseline-new\""), std::string::npos);
}

TEST(BaselineMarks, CsvHasABaselineColumn) {
  const std::string csv = render(CsvWriter(), marked(Lang::Zh));
  EXPECT_NE(csv.find(",备注,基线,法规依据日期,"), std::string::npos) << csv;
  EXPECT_NE(render(CsvWriter(), marked(Lang::En)).find(",note,baseline,as_of,"), std::string::npos);
  const auto drill = csv.find(",drill.frequency,");
  const auto contact = csv.find(",role.contact,");
  ASSERT_NE(drill, std::string::npos);
  ASSERT_NE(contact, std::string::npos);
  // The baseline column comes before the date and the organisation's kind the plan was judged by (and the
  // copied share, empty here: not measured).
  const std::string new_end = ",new,2026-12-03,cii,plan,";
  const std::string unchanged_end = ",unchanged,2026-12-03,cii,plan,";
  EXPECT_EQ(csv.substr(csv.find("\r\n", drill) - new_end.size(), new_end.size()), new_end);
  EXPECT_EQ(csv.substr(csv.find("\r\n", contact) - unchanged_end.size(), unchanged_end.size()), unchanged_end);
}

TEST(BaselineMarks, JunitMessagesCarryTheMark) {
  const std::string xml = render(JunitWriter(), marked(Lang::Zh));
  EXPECT_NE(xml.find("message=\"[新增] 演练频次不明确"), std::string::npos) << xml;
  EXPECT_NE(xml.find("plans/xinzhou.txt: [未变] 未指定联络员"), std::string::npos) << xml;
  EXPECT_NE(render(JunitWriter(), marked(Lang::En)).find("message=\"[new] "), std::string::npos);
}

}  // namespace
}  // namespace plancheck::report
