// Issue 9's acceptance, through the binary: the 2025 reporting measures per organisation kind, dated
// rulesets and citations (--as-of), the organisation's kind in reports and from --org-profile.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "../support/test_folder.hpp"
#include "../support/test_names.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr const char* kToday = "2026-12-03";

// A folder of small plans, removed when the test ends.
class CurrentLaw : public ::testing::Test {
 protected:
  // A plan whose reporting section holds `report` and whose basis section holds `basis`.
  std::string plan(const std::string& name, const std::string& report,
                   const std::string& basis = "《中华人民共和国网络安全法》《国家网络安全事件报告管理办法》。") {
    const fs::path path = root_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << "# 某市供水公司网络安全事件应急预案\n\n## 一、编制依据\n\n" << basis
                                          << "\n\n## 四、信息报告\n\n" << report << "\n";
    return path.string();
  }

  // `plancheck check` as JSON; the plan results by path.
  static Json check_json(std::vector<std::string> args) {
    args.insert(args.end(), {"--format", "json", "--fail-on", "never"});
    const Outcome run = run_with_data("check", args);
    EXPECT_EQ(run.code, 0) << run.err;
    const Json report = Json::parse(run.out, nullptr, false);
    EXPECT_FALSE(report.is_discarded()) << run.out.substr(0, 400);
    return report;
  }

  static const Json* result(const Json& plan, const std::string& rule) {
    for (const Json& r : plan["results"]) {
      if (r["rule"] == rule) return &r;
    }
    return nullptr;
  }

  static std::string status(const Json& report, const std::string& rule) {
    const Json* r = result(report["plans"][0], rule);
    return r ? r->at("status").get<std::string>() : "absent";
  }

  plancheck::testing::TestFolder folder_{"plancheck-law"};
  const fs::path root_ = folder_.path();
};

const char* kFourHours = "发生较大以上网络安全事件，应在4小时内向属地省级网信部门报告。";

TEST_F(CurrentLaw, FourHoursToTheProvincialOfficePassesForOtherOperators) {
  const Json report = check_json({plan("p.md", kFourHours), "--as-of", kToday});
  EXPECT_EQ(status(report, "report.deadline-2025"), "pass");
  EXPECT_EQ(status(report, "report.recipient-2025"), "pass");
}

TEST_F(CurrentLaw, FourHoursFailsForCiiWithTheRecipientsInTheRemediation) {
  const Json report = check_json({plan("p.md", kFourHours), "--as-of", kToday, "--org-kind", "cii"});
  const Json* r = result(report["plans"][0], "report.deadline-2025");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->at("status"), "fail");
  const Json& finding = r->at("findings")[0];
  EXPECT_NE(finding["message"].get<std::string>().find("1小时"), std::string::npos) << finding.dump();
  const std::string fix = finding["remediation"];
  EXPECT_NE(fix.find("保护工作部门"), std::string::npos) << fix;
  EXPECT_NE(fix.find("公安机关"), std::string::npos) << fix;
}

struct KindCase {
  std::string report;
  std::string kind;
  std::string expected;
};
void PrintTo(const KindCase& c, std::ostream* os) { *os << c.kind << ": " << c.report; }

class DeadlineByKind : public CurrentLaw, public ::testing::WithParamInterface<KindCase> {};

TEST_P(DeadlineByKind, HasTheExpectedStatus) {
  const KindCase& c = GetParam();
  const Json report = check_json({plan("p.md", c.report), "--as-of", kToday, "--org-kind", c.kind});
  EXPECT_EQ(status(report, "report.deadline-2025"), c.expected) << c.report << " / " << c.kind;
}

const char* kAtOnce = "发生较大以上网络安全事件，应立即向主管部门报告。";
const char* kOneHour = "发生较大以上网络安全事件，应在1小时内向主管部门报告。";
const char* kTwoHours = "发生较大以上网络安全事件，应在2小时内向主管部门报告。";
const char* kTimely = "发生较大以上网络安全事件，应及时向主管部门报告。";

INSTANTIATE_TEST_SUITE_P(
    Acceptance, DeadlineByKind,
    ::testing::Values(KindCase{kAtOnce, "cii", "pass"}, KindCase{kAtOnce, "central", "pass"}, KindCase{kAtOnce, "other", "pass"},
                      KindCase{kOneHour, "cii", "pass"}, KindCase{kOneHour, "central", "pass"}, KindCase{kOneHour, "other", "pass"},
                      KindCase{kTwoHours, "cii", "fail"}, KindCase{kTwoHours, "central", "pass"},
                      KindCase{kTimely, "cii", "fail"}, KindCase{kTimely, "central", "fail"}, KindCase{kTimely, "other", "fail"}),
    [](const auto& info) {
      return plancheck::testing::numbered_name(info.index, info.param.kind + " " + info.param.expected);
    });

TEST_F(CurrentLaw, BeforeTheMeasuresTheirRulesGiveNoResult) {
  const Json report = check_json({plan("p.md", kFourHours), "--as-of", "2025-06-01"});
  EXPECT_EQ(report["as_of"], "2025-06-01");
  EXPECT_EQ(report["plans"][0]["rulesets"], Json::array({"cn-national-2017"}));
  EXPECT_EQ(status(report, "report.deadline-2025"), "absent");
  // Named explicitly, the ruleset is applied and each rule says why it does not apply.
  const Json named = check_json({plan("p.md", kFourHours), "--as-of", "2025-06-01", "--ruleset", "cn-reporting-2025"});
  const Json* r = result(named["plans"][0], "report.deadline-2025");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->at("status"), "not-applicable");
  EXPECT_NE(r->at("note").get<std::string>().find("2025-11-01"), std::string::npos) << r->dump();
}

TEST_F(CurrentLaw, TodayTheDefaultAddsTheReportingMeasuresToEitherRuleset) {
  const Json national = check_json({plan("p.md", kFourHours), "--as-of", kToday});
  EXPECT_EQ(national["plans"][0]["rulesets"], Json::array({"cn-national-2017", "cn-reporting-2025"}));
  const Json miit = check_json({plan("p.md", kFourHours), "--as-of", kToday, "--ruleset", "cn-miit-2017"});
  EXPECT_EQ(miit["plans"][0]["rulesets"], Json::array({"cn-miit-2017", "cn-reporting-2025"}));
  const Json exact = check_json({plan("p.md", kFourHours), "--as-of", kToday, "--exact-rulesets"});
  EXPECT_EQ(exact["plans"][0]["rulesets"], Json::array({"cn-national-2017"}));
}

TEST_F(CurrentLaw, OldArticleNumbersAreFlaggedFromTheRenumbering) {
  const std::string p = plan("p.md", kFourHours, "《中华人民共和国网络安全法》第二十五条、《国家网络安全事件报告管理办法》。");
  const Json before = check_json({p, "--as-of", "2025-12-01"});
  EXPECT_NE(status(before, "basis.article-numbers"), "fail");
  const Json after = check_json({p, "--as-of", kToday});
  const Json* r = result(after["plans"][0], "basis.article-numbers");
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->at("status"), "fail");
  const Json& f = r->at("findings")[0];
  EXPECT_NE(f["message"].get<std::string>().find("第27条"), std::string::npos) << f.dump();
  EXPECT_NE(f["remediation"].get<std::string>().find("第二十七条"), std::string::npos) << f.dump();
}

TEST_F(CurrentLaw, ReplacedReferencesNameTheirReplacementAndDate) {
  const Json report = check_json(
      {plan("p.md", kFourHours, "GB/T 22239-2008《信息安全技术 信息系统安全等级保护基本要求》；《突发事件应急预案管理办法》（国办发〔2013〕101号）。"),
       "--as-of", kToday});
  const Json* r = result(report["plans"][0], "basis.superseded");
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->at("status"), "fail");
  std::string messages;
  for (const Json& f : r->at("findings")) messages += f["message"].get<std::string>() + "\n";
  EXPECT_NE(messages.find("GB/T 22239-2019"), std::string::npos) << messages;
  EXPECT_NE(messages.find("2019-12-01"), std::string::npos) << messages;
  EXPECT_NE(messages.find("国办发〔2024〕5号"), std::string::npos) << messages;
  EXPECT_NE(messages.find("2024-01-31"), std::string::npos) << messages;
}

TEST_F(CurrentLaw, BareTitlesAreNeverOutOfDate) {
  const Json report = check_json(
      {plan("p.md", kFourHours, "《中华人民共和国网络安全法》《中华人民共和国突发事件应对法》。"), "--as-of", kToday});
  EXPECT_EQ(status(report, "basis.superseded"), "pass");
  EXPECT_NE(status(report, "basis.superseded-info"), "fail");
}

TEST_F(CurrentLaw, JsonCarriesTheDateAndTheKindWithItsSource) {
  const std::string declared_plan = plan("p.md", kFourHours);
  const Json declared = check_json({declared_plan, "--as-of", kToday, "--org-kind", "central"});
  EXPECT_EQ(declared["as_of"], kToday);
  EXPECT_EQ(declared["plans"][0]["as_of"], kToday);
  EXPECT_EQ(declared["plans"][0]["org_kind"]["kind"], "central");
  EXPECT_EQ(declared["plans"][0]["org_kind"]["source"], "declared");

  const Json read = check_json({plan("q.md", "本公司是关键信息基础设施运营者。" + std::string(kFourHours)), "--as-of", kToday});
  EXPECT_EQ(read["plans"][0]["org_kind"]["kind"], "cii");
  EXPECT_EQ(read["plans"][0]["org_kind"]["source"], "plan");
  EXPECT_NE(read["plans"][0]["org_kind"]["evidence"].get<std::string>().find("关键信息基础设施运营者"), std::string::npos);
  EXPECT_EQ(status(read, "report.deadline-2025"), "fail");

  const Json fallback = check_json({declared_plan, "--as-of", kToday});
  EXPECT_EQ(fallback["plans"][0]["org_kind"]["source"], "default");
  EXPECT_EQ(fallback["plans"][0]["org_kind"]["kind"], "other");
}

TEST_F(CurrentLaw, DefaultKindFindingsSayTheOtherKindsLimits) {
  const Json report = check_json({plan("p.md", kTimely), "--as-of", kToday});
  const Json* r = result(report["plans"][0], "report.deadline-2025");
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->at("status"), "fail");
  const std::string message = r->at("findings")[0]["message"];
  EXPECT_NE(message.find("关键信息基础设施运营者为1小时"), std::string::npos) << message;
  EXPECT_NE(message.find("2小时"), std::string::npos) << message;
}

TEST_F(CurrentLaw, AnOrgProfileAppliesDifferentLimitsToDifferentPlans) {
  plan("batch/power/grid.md", kTwoHours);
  plan("batch/ministry/centre.md", kTwoHours);
  plan("batch/shop.md", kTwoHours);
  const fs::path profile = root_ / "profile.csv";
  std::ofstream(profile, std::ios::binary) << "\xEF\xBB\xBFpath,kind,name\n*/power/*,cii,某电网公司\n*/ministry/**,central,某部信息中心\n";
  const Json report = check_json({(root_ / "batch").string(), "--as-of", kToday, "--org-profile", profile.string()});
  std::map<std::string, std::pair<std::string, std::string>> seen;  // file → (kind, status)
  for (const Json& p : report["plans"]) {
    const Json* r = result(p, "report.deadline-2025");
    ASSERT_NE(r, nullptr);
    seen[fs::path(p["path"].get<std::string>()).filename().string()] = {p["org_kind"]["kind"], r->at("status")};
  }
  EXPECT_EQ(seen["grid.md"], std::make_pair(std::string("cii"), std::string("fail")));
  EXPECT_EQ(seen["centre.md"], std::make_pair(std::string("central"), std::string("pass")));
  EXPECT_EQ(seen["shop.md"], std::make_pair(std::string("other"), std::string("pass")));
}

TEST_F(CurrentLaw, ABadOrgProfileIsAnErrorNamingTheLine) {
  const fs::path profile = root_ / "profile.csv";
  std::ofstream(profile, std::ios::binary) << "path,kind\n*.md,province\n";
  const Outcome run = run_with_data("check", {plan("p.md", kFourHours), "--org-profile", profile.string(), "--lang", "en"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("profile.csv:2"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("province"), std::string::npos) << run.err;
}

TEST_F(CurrentLaw, ABadDateIsAUsageError) {
  const Outcome run = run_with_data("check", {plan("p.md", kFourHours), "--as-of", "2026-02-30"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("--as-of"), std::string::npos) << run.err;
}

TEST_F(CurrentLaw, SarifCsvAndHtmlCarryTheDate) {
  const std::string p = plan("p.md", kFourHours);
  for (const char* format : {"sarif", "csv", "html"}) {
    const Outcome run = run_with_data("check", {p, "--as-of", kToday, "--format", format, "--fail-on", "never"});
    EXPECT_EQ(run.code, 0) << format << run.err;
    EXPECT_NE(run.out.find(kToday), std::string::npos) << format;
  }
}

TEST_F(CurrentLaw, RulesExplainShowsTheSourceAndTheDates) {
  const Outcome run = run_with_data("rules", {"explain", "basis.article-numbers", "--lang", "en"});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("from 2026-01-01"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("主席令第六十一号"), std::string::npos) << run.out;
  const Outcome deadline = run_with_data("rules", {"explain", "report.deadline-2025"});
  EXPECT_NE(deadline.out.find("2025-11-01 起"), std::string::npos) << deadline.out;
  EXPECT_NE(deadline.out.find("最迟不得超过1小时"), std::string::npos) << deadline.out;
  // The advice is shown for each kind of organisation, filled as a finding of that kind fills it.
  for (const Outcome& advice : {deadline, run_with_data("rules", {"explain", "report.recipient-2025", "--lang", "en"})}) {
    EXPECT_EQ(advice.out.find('{'), std::string::npos) << "a template field left unfilled:\n" << advice.out;
  }
  EXPECT_NE(deadline.out.find("建议（关键信息基础设施运营者）"), std::string::npos) << deadline.out;
  EXPECT_NE(deadline.out.find("最迟不得超过4小时"), std::string::npos) << deadline.out;
}

// Issue 11 item 4: a deadline longer than report.immediate allows is quoted, with the caret on it.
TEST_F(CurrentLaw, ReportImmediatePointsAtATooLongDeadline) {
  const std::string line = "网络安全事件发生后，应立即启动应急预案并报告。特别重大、重大网络安全事件，应急办应在1个工作日内报告县委网信办。";
  const Json report = check_json({plan("p.md", line), "--exact-rulesets"});
  const Json* r = result(report["plans"][0], "report.immediate");
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->at("status"), "fail");
  const Json& f = r->at("findings")[0];
  EXPECT_NE(f["message"].get<std::string>().find("“1个工作日”"), std::string::npos) << f.dump();
  EXPECT_EQ(f["line"], 9);
  // Columns count code points: the caret is on the "1" of 1个工作日.
  const std::string before = line.substr(0, line.find("1个工作日"));
  int column = 1;
  for (unsigned char c : before) column += (c & 0xC0) != 0x80;
  EXPECT_EQ(f["column"], column) << f.dump();
}

TEST_F(CurrentLaw, TheSampleWrittenToThe2025MeasuresPassesEveryRuleToday) {
  const Json report = check_json({"samples/compliant-plan-2025.xml", "--as-of", kToday});
  const Json& plan = report["plans"][0];
  EXPECT_EQ(plan["rulesets"], Json::array({"cn-national-2017", "cn-reporting-2025"}));
  for (const Json& r : plan["results"]) EXPECT_NE(r["status"], "fail") << r.dump(1);
  EXPECT_EQ(plan["score"], 100);
  EXPECT_EQ(run_with_data("check", {"samples/compliant-plan-2025.xml", "--as-of", kToday, "--fail-on", "info"}).code, 0);
}

}  // namespace
}  // namespace plancheck::e2e
