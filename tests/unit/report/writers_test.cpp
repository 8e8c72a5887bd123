#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "../../support/test_names.hpp"
#include "golden.hpp"
#include "report/json_writer.hpp"
#include "report/text_writer.hpp"
#include "report_fixture.hpp"

namespace plancheck::report {
namespace {

using testing::expect_golden;
using testing::sample_report;

std::string render(const Writer& writer, const RunReport& report) {
  std::ostringstream out;
  writer.write(report, out);
  return out.str();
}

struct GoldenCase {
  const char* file;
  Lang lang;
  TextOptions options;
};

class TextGoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(TextGoldenTest, MatchesExpectedFile) {
  const GoldenCase& c = GetParam();
  expect_golden(c.file, render(TextWriter(c.options), sample_report(c.lang)));
}

INSTANTIATE_TEST_SUITE_P(Table, TextGoldenTest,
                         ::testing::Values(GoldenCase{"text_zh.txt", Lang::Zh, {}},
                                           GoldenCase{"text_en.txt", Lang::En, {}},
                                           GoldenCase{"text_verbose.txt", Lang::Zh, {false, true, false}},
                                           GoldenCase{"text_quiet.txt", Lang::Zh, {false, false, true}},
                                           GoldenCase{"text_color.txt", Lang::Zh, {true, false, false}}),
                         [](const auto& info) { return plancheck::testing::identifier(info.param.file); });

TEST(TextWriter, FindingShapeIsCompilerStyleWithCaretUnderTheSpan) {
  const std::string out = render(TextWriter({}), sample_report());
  EXPECT_NE(out.find("plans/xinzhou.txt:96:2: error: 演练频次不明确"), std::string::npos) << out;
  EXPECT_NE(out.find("   96 | 要定期组织开展演练"), std::string::npos) << out;
  EXPECT_NE(out.find("\n      |   ^^^^\n"), std::string::npos) << out;
  EXPECT_NE(out.find("  依据: NAT 6.2 国家网络安全事件应急预案\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("\x1b["), std::string::npos) << "no colour unless asked";
}

TEST(TextWriter, FindingWithoutLocationNamesTheSectionInstead) {
  const std::string out = render(TextWriter({}), sample_report());
  EXPECT_NE(out.find("plans/xinzhou.txt: warning: 未指定联络员 [role.contact]\n  章节: 二、组织机构与职责\n"),
            std::string::npos)
      << out;
}

TEST(TextWriter, PassingRulesAreListedOnlyWhenVerbose) {
  EXPECT_EQ(render(TextWriter({}), sample_report()).find("structure.basis"), std::string::npos);
  EXPECT_NE(render(TextWriter({false, true, false}), sample_report()).find("[structure.basis]"), std::string::npos);
}

TEST(TextWriter, TheSummaryGivesTheCopiedShareWhenMeasured) {
  RunReport report = sample_report();
  EXPECT_EQ(render(TextWriter({}), report).find("照抄上级预案"), std::string::npos) << "not measured: not shown";
  report.plans[0].copied_share = 0.6249;
  const std::string zh = render(TextWriter({}), report);
  EXPECT_NE(zh.find("；照抄上级预案 62%\n"), std::string::npos) << zh;
  report.lang = Lang::En;
  const std::string en = render(TextWriter({}), report);
  EXPECT_NE(en.find("; copied from the parent plan: 62%\n"), std::string::npos) << en;
}

TEST(TextWriter, PlansKeepTheGivenOrderAndErrorsAreOneLine) {
  const std::string out = render(TextWriter({}), sample_report());
  const auto broken = out.find("plans/broken.txt: byte 17: error: invalid GB18030 sequence\n");
  ASSERT_NE(broken, std::string::npos) << out;
  EXPECT_GT(broken, out.find("plans/xinzhou.txt"));
}

TEST(TextWriter, FindingsWithinAPlanAreSortedByLineThenRule) {
  RunReport report = sample_report();
  RuleResult early = testing::drill_frequency_fail();
  early.rule = "aaa.early";
  early.findings[0].location = Location{10, 3, 1};
  report.plans[0].results.push_back(early);
  const std::string out = render(TextWriter({}), report);
  const auto missing = out.find("[role.contact]");
  const auto line3 = out.find(":3:1: error");
  const auto line96 = out.find(":96:2: error");
  ASSERT_NE(line3, std::string::npos);
  EXPECT_LT(missing, line3);  // no location sorts as line 0, before every located finding
  EXPECT_LT(line3, line96);
}

TEST(JsonWriter, MatchesExpectedFile) { expect_golden("report.json", render(JsonWriter(), sample_report())); }

TEST(JsonWriter, ParsesBackWithEveryRequiredKey) {
  const auto doc = nlohmann::json::parse(render(JsonWriter(), sample_report()));
  EXPECT_EQ(doc.at("schema"), "plancheck-report/1");
  EXPECT_EQ(doc.at("tool").at("name"), "plancheck");
  EXPECT_EQ(doc.at("tool").at("version"), "0.1.0");
  ASSERT_EQ(doc.at("plans").size(), 2U);
  const auto& plan = doc.at("plans")[0];
  for (const char* key : {"path", "format", "encoding", "title", "rulesets", "score", "error", "results"}) {
    EXPECT_TRUE(plan.contains(key)) << key;
  }
  EXPECT_TRUE(plan.at("error").is_null());
  ASSERT_EQ(plan.at("results").size(), 4U) << "every rule appears, passing ones included";
  for (const auto& r : plan.at("results")) {
    for (const char* key : {"rule", "status", "severity", "basis", "findings", "evidence", "note"}) {
      EXPECT_TRUE(r.contains(key)) << key;
    }
  }
  const auto& finding = plan.at("results")[0].at("findings")[0];
  for (const char* key : {"message", "line", "column", "section", "evidence", "remediation"}) {
    EXPECT_TRUE(finding.contains(key)) << key;
  }
  EXPECT_EQ(finding.at("line"), 96);
  EXPECT_TRUE(plan.at("results")[2].at("findings")[0].at("line").is_null()) << "unknown line is null, not 0";
  const auto& evidence = plan.at("results")[3].at("evidence")[0];
  EXPECT_EQ(evidence.at("text"), "（二）编制依据");
  const auto& error = doc.at("plans")[1].at("error");
  EXPECT_EQ(error.at("kind"), "encoding");
  EXPECT_EQ(error.at("offset"), 17);
  const auto& summary = doc.at("summary");
  EXPECT_EQ(summary.at("plans"), 2);
  EXPECT_EQ(summary.at("checked"), 1);
  EXPECT_EQ(summary.at("failed"), 1);
  EXPECT_EQ(summary.at("errors"), 1);
  EXPECT_EQ(summary.at("findings").at("error"), 1);
  EXPECT_EQ(summary.at("findings").at("warning"), 1);
  EXPECT_EQ(summary.at("findings").at("info"), 0);
}

TEST(JsonWriter, InvalidUtf8IsReplacedNotThrown) {
  RunReport report = sample_report();
  report.plans[0].title = "bad \xff byte";
  std::string out;
  ASSERT_NO_THROW(out = render(JsonWriter(), report));
  EXPECT_TRUE(nlohmann::json::parse(out).at("plans")[0].at("title").is_string());
}

}  // namespace
}  // namespace plancheck::report
