#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../support/test_names.hpp"
#include "golden.hpp"
#include "report/csv_field.hpp"
#include "report/csv_writer.hpp"
#include "render.hpp"
#include "report_fixture.hpp"

namespace plancheck::report {
namespace {

using testing::expect_golden;
using testing::sample_report;

std::string csv_of(const RunReport& report) { return testing::render(CsvWriter(), report); }

// Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
      rows.back().back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == ',') {
      rows.back().emplace_back();
    } else if (!quoted && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

struct FieldCase {
  const char* value;
  const char* encoded;
};

class CsvFieldTest : public ::testing::TestWithParam<FieldCase> {};

TEST_P(CsvFieldTest, QuotesAsRfc4180) { EXPECT_EQ(csv_field(GetParam().value), GetParam().encoded); }

INSTANTIATE_TEST_SUITE_P(Table, CsvFieldTest,
                         ::testing::Values(FieldCase{"", ""}, FieldCase{"plain", "plain"},
                                           FieldCase{"a,b", "\"a,b\""}, FieldCase{"say \"hi\"", "\"say \"\"hi\"\"\""},
                                           FieldCase{"two\nlines", "\"two\nlines\""}, FieldCase{"cr\rlf", "\"cr\rlf\""},
                                           FieldCase{"演练频次不明确，未规定", "演练频次不明确，未规定"},
                                           FieldCase{"演练,频次", "\"演练,频次\""}, FieldCase{"=SUM(A1)", "'=SUM(A1)"},
                                           FieldCase{"+1", "'+1"}, FieldCase{"-x,y", "\"'-x,y\""},
                                           FieldCase{"@cmd", "'@cmd"}, FieldCase{"a=b", "a=b"}),
                         [](const auto& info) {
                           return plancheck::testing::numbered_name(info.index, info.param.value);
                         });

TEST(CsvWriter, MatchesExpectedFile) { expect_golden("report.csv", csv_of(sample_report())); }

TEST(CsvWriter, StartsWithBomAndLocalisedHeader) {
  const std::string zh = csv_of(sample_report());
  ASSERT_EQ(zh.rfind("\xEF\xBB\xBF", 0), 0U);
  EXPECT_EQ(read_csv(zh.substr(3))[0][0], "路径");
  const auto en = read_csv(csv_of(sample_report(Lang::En)).substr(3));
  EXPECT_EQ(en[0], (std::vector<std::string>{"path", "title", "format", "encoding", "score", "rule", "severity", "status",
                                             "basis", "line", "column", "message", "remediation", "note",
                                             "baseline", "as_of", "org_kind", "org_kind_source", "copied_share"}));
}

TEST(CsvWriter, OneRowPerPlanAndRuleAndOneForAPlanInError) {
  const auto rows = read_csv(csv_of(sample_report()).substr(3));
  ASSERT_EQ(rows.size(), 1U + 4U + 1U);
  for (const auto& row : rows) EXPECT_EQ(row.size(), 19U);
  const auto& drill = rows[1];
  EXPECT_EQ(drill[0], "plans/xinzhou.txt");
  EXPECT_EQ(drill[1], "忻州经济开发区网络安全事件应急预案");
  EXPECT_EQ(drill[4], "38");
  EXPECT_EQ(drill[5], "drill.frequency");
  EXPECT_EQ(drill[7], "fail");
  EXPECT_EQ(drill[9], "96");
  EXPECT_EQ(drill[10], "2");
  EXPECT_EQ(drill[12], "写明“每年至少组织一次预案演练”");
  EXPECT_EQ(drill[15], "2026-12-03");
  EXPECT_EQ(drill[16], "cii");
  EXPECT_EQ(drill[17], "plan");
  EXPECT_EQ(rows[2][7], "not-applicable");
  EXPECT_EQ(rows[2][13], "no prevention section");
  EXPECT_EQ(rows[3][9], "") << "a missing requirement has no line";
  EXPECT_EQ(rows[4][7], "pass");
  EXPECT_EQ(rows[4][9], "5") << "a pass points at where it is met";
  EXPECT_EQ(drill[14], "") << "no baseline mark without --baseline";
  const auto& broken = rows[5];
  EXPECT_EQ(broken[0], "plans/broken.txt");
  EXPECT_EQ(broken[7], "error");
  EXPECT_EQ(broken[11], "invalid GB18030 sequence");
  EXPECT_EQ(broken[4], "") << "no score for an unread plan";
}

TEST(CsvWriter, TheCopiedShareIsAColumnOfEveryRowOfAMeasuredPlan) {
  RunReport report = sample_report();
  EXPECT_EQ(read_csv(csv_of(report).substr(3))[1][18], "") << "not measured: empty";
  report.plans[0].copied_share = 0.62487;
  const auto rows = read_csv(csv_of(report).substr(3));
  EXPECT_EQ(rows[0][18], "照抄上级预案比例");
  for (std::size_t i = 1; i <= 4; ++i) EXPECT_EQ(rows[i][18], "0.6249") << "row " << i;
  EXPECT_EQ(rows[5][18], "") << "the plan in error has none";
}

TEST(CsvWriter, SeveralFindingsAreJoinedOnSeparateLinesAndRepeatedFixesOnce) {
  RunReport report = sample_report();
  RuleResult& drill = report.plans[0].results[0];
  Finding second = drill.findings[0];
  second.message = "第二处：\"定期\"演练, 未量化";
  drill.findings.push_back(second);
  const auto rows = read_csv(csv_of(report).substr(3));
  EXPECT_EQ(rows[1][11], drill.findings[0].message + "\n" + second.message);
  EXPECT_EQ(rows[1][12], drill.findings[0].remediation);
  EXPECT_EQ(rows.size(), 6U) << "the comma, quotes and line break stay inside one field";
}

}  // namespace
}  // namespace plancheck::report
