#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../../support/test_names.hpp"
#include "golden.hpp"
#include "report/sarif_writer.hpp"
#include "report/uri.hpp"
#include "render.hpp"
#include "report_fixture.hpp"

namespace plancheck::report {
namespace {

using testing::expect_golden;
using testing::sample_report;
using Json = nlohmann::json;

Json sarif_of(const RunReport& report) { return Json::parse(testing::render(SarifWriter(), report)); }

const Json& run_of(const Json& doc) { return doc.at("runs").at(0); }

TEST(SarifWriter, MatchesExpectedFile) { expect_golden("report.sarif", testing::render(SarifWriter(), sample_report())); }

TEST(SarifWriter, RunDeclaresVersionToolRulesAndColumnKind) {
  const Json doc = sarif_of(sample_report());
  EXPECT_EQ(doc.at("version"), "2.1.0");
  EXPECT_EQ(doc.at("$schema"), "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(doc.at("runs").size(), 1U);
  const Json& run = run_of(doc);
  EXPECT_EQ(run.at("columnKind"), "unicodeCodePoints");
  const Json& driver = run.at("tool").at("driver");
  EXPECT_EQ(driver.at("name"), "plancheck");
  EXPECT_EQ(driver.at("version"), "0.1.0");
  ASSERT_EQ(driver.at("rules").size(), 4U);
  const Json& drill = driver.at("rules")[0];
  EXPECT_EQ(drill.at("id"), "drill.frequency");
  EXPECT_EQ(drill.at("name"), "DrillFrequency");
  EXPECT_EQ(drill.at("shortDescription").at("text"), "演练频次");
  EXPECT_EQ(drill.at("fullDescription").at("text"), "NAT 6.2 国家网络安全事件应急预案：“各地区、各部门每年至少组织一次预案演练”");
  EXPECT_EQ(drill.at("defaultConfiguration").at("level"), "error");
  EXPECT_EQ(drill.at("properties").at("basis"), "NAT 6.2");
  EXPECT_EQ(driver.at("rules")[1].at("defaultConfiguration").at("level"), "note") << "info maps to note";
}

TEST(SarifWriter, TheCopiedShareIsAnArtifactPropertyAndOnTheResultsOfTheRuleThatMeasuredIt) {
  RunReport report = sample_report();
  EXPECT_FALSE(run_of(sarif_of(report)).at("artifacts")[0].at("properties").contains("copiedShare"));
  report.plans[0].copied_share = 0.62487;
  report.plans[0].results[0].metrics.emplace_back("copied_share", 0.62487);
  const Json run = run_of(sarif_of(report));
  EXPECT_DOUBLE_EQ(run.at("artifacts")[0].at("properties").at("copiedShare").get<double>(), 0.6249);
  EXPECT_DOUBLE_EQ(run.at("results")[0].at("properties").at("copiedShare").get<double>(), 0.6249);
  const Json& other = run.at("results")[1];
  EXPECT_FALSE(other.contains("properties") && other.at("properties").contains("copiedShare")) << "only on the measuring rule's results";
}

TEST(SarifWriter, OneResultPerFailedFindingWithRegionOnlyWhenLocated) {
  const Json run = run_of(sarif_of(sample_report()));
  const Json& results = run.at("results");
  ASSERT_EQ(results.size(), 2U) << "passing and not-applicable rules are not results";
  const Json& drill = results[0];
  EXPECT_EQ(drill.at("ruleId"), "drill.frequency");
  EXPECT_EQ(drill.at("ruleIndex"), 0);
  EXPECT_EQ(drill.at("level"), "error");
  EXPECT_EQ(drill.at("message").at("text").get<std::string>().rfind("演练频次不明确", 0), 0U);
  const Json& physical = drill.at("locations")[0].at("physicalLocation");
  EXPECT_EQ(physical.at("artifactLocation").at("uri"), "plans/xinzhou.txt");
  EXPECT_EQ(physical.at("region"), (Json{{"startLine", 96}, {"startColumn", 2}, {"endColumn", 4}}));
  const Json& contact = results[1];
  EXPECT_EQ(contact.at("ruleIndex"), 2);
  EXPECT_EQ(contact.at("level"), "warning");
  EXPECT_FALSE(contact.at("locations")[0].at("physicalLocation").contains("region")) << "unknown location: no region";
}

TEST(SarifWriter, WaivedResultsAreSuppressedWithTheirReason) {
  RunReport report = sample_report();
  RuleResult& contact = report.plans[0].results[2];
  contact.status = Status::Waived;
  contact.note = "已由第3行的行内注释抑制：联络员由办公室兼任";
  RuleResult& basis = report.plans[0].results[3];  // waived with its findings dropped
  basis.status = Status::Waived;
  basis.note = "approved by CISO";
  const Json results = run_of(sarif_of(report)).at("results");
  ASSERT_EQ(results.size(), 3U);
  EXPECT_FALSE(results[0].contains("suppressions"));
  const Json& suppression = results[1].at("suppressions")[0];
  EXPECT_EQ(suppression.at("kind"), "external");
  EXPECT_EQ(suppression.at("justification"), contact.note);
  EXPECT_EQ(results[2].at("ruleId"), "structure.basis");
  EXPECT_EQ(results[2].at("suppressions")[0].at("justification"), "approved by CISO");
}

TEST(SarifWriter, UnreadablePlansAreErrorNotificationsAndEveryPlanIsAnArtifact) {
  const Json run = run_of(sarif_of(sample_report()));
  const Json& artifacts = run.at("artifacts");
  ASSERT_EQ(artifacts.size(), 2U);
  EXPECT_EQ(artifacts[0].at("location").at("uri"), "plans/xinzhou.txt");
  EXPECT_EQ(artifacts[0].at("encoding"), "GB18030");
  EXPECT_FALSE(artifacts[1].contains("encoding"));
  const Json& invocation = run.at("invocations")[0];
  EXPECT_FALSE(invocation.at("executionSuccessful").get<bool>());
  const Json& note = invocation.at("toolExecutionNotifications")[0];
  EXPECT_EQ(note.at("level"), "error");
  EXPECT_EQ(note.at("message").at("text"), "invalid GB18030 sequence");
  const Json& physical = note.at("locations")[0].at("physicalLocation");
  EXPECT_EQ(physical.at("artifactLocation").at("uri"), "plans/broken.txt");
  EXPECT_EQ(physical.at("artifactLocation").at("index"), 1);
  EXPECT_EQ(physical.at("region").at("byteOffset"), 17);
}

TEST(SarifWriter, EmptyRunIsValidJsonWithNoResults) {
  RunReport report = sample_report();
  report.plans.clear();
  const Json run = run_of(sarif_of(report));
  EXPECT_TRUE(run.at("results").empty());
  EXPECT_TRUE(run.at("invocations")[0].at("executionSuccessful").get<bool>());
}

TEST(SarifWriter, EnglishRunUsesEnglishTitles) {
  const Json run = run_of(sarif_of(sample_report(Lang::En)));
  EXPECT_EQ(run.at("language"), "en-US");
  EXPECT_EQ(run.at("tool").at("driver").at("rules")[0].at("shortDescription").at("text"), "Drill frequency");
}

TEST(SarifWriter, InvalidUtf8IsReplacedNotThrown) {
  RunReport report = sample_report();
  report.plans[0].results[0].findings[0].message = "bad \xff byte";
  EXPECT_NO_THROW(sarif_of(report));
}

struct UriCase {
  const char* path;
  const char* uri;
};

class PathToUriTest : public ::testing::TestWithParam<UriCase> {};

TEST_P(PathToUriTest, EscapesAsRfc3986) { EXPECT_EQ(path_to_uri(GetParam().path), GetParam().uri); }

INSTANTIATE_TEST_SUITE_P(
    Table, PathToUriTest,
    ::testing::Values(UriCase{"plans/a.txt", "plans/a.txt"}, UriCase{"plans/a b.txt", "plans/a%20b.txt"},
                      UriCase{"预案/重庆.md", "%E9%A2%84%E6%A1%88/%E9%87%8D%E5%BA%86.md"},
                      UriCase{"a#b?c%d.txt", "a%23b%3Fc%25d.txt"}, UriCase{"/srv/plans/x.xml", "file:///srv/plans/x.xml"},
                      UriCase{"C:\\plans\\x.txt", "file:///C:/plans/x.txt"}, UriCase{"a:b.txt", "a%3Ab.txt"},
                      UriCase{"./x~y-z_1.txt", "./x~y-z_1.txt"}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.path); });

}  // namespace
}  // namespace plancheck::report
