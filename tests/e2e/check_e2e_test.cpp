#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <map>

#include "../support/test_names.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

using Json = nlohmann::json;

const char* const kTopics[] = {"structure.purpose",     "structure.basis",        "structure.scope",
                               "structure.grading",     "structure.principles",   "structure.organization",
                               "structure.monitoring-warning", "structure.response", "structure.investigation",
                               "structure.prevention",  "structure.safeguards",   "structure.annex"};

struct PlanCase {
  const char* path;
  const char* ruleset;
  std::map<std::string, std::string> expected;  // rule → status; topics not listed must pass
  bool purpose_either = false;                   // 忻州 states its purpose only in the issuing notice
};

std::ostream& operator<<(std::ostream& os, const PlanCase& c) { return os << c.path; }

Json check_json(const std::string& path, const std::string& ruleset) {
  const Outcome run = run_with_data("check", {path, "--ruleset", ruleset, "--format", "json", "--fail-on", "never"});
  EXPECT_EQ(run.code, 0) << run.err;
  return Json::parse(run.out, nullptr, false);
}

class StructureTest : public ::testing::TestWithParam<PlanCase> {};

TEST_P(StructureTest, StructureStatusesAreAsRulesMdExpects) {
  const PlanCase& c = GetParam();
  const Json doc = check_json(c.path, c.ruleset);
  ASSERT_FALSE(doc.is_discarded());
  const Json& plan = doc.at("plans").at(0);
  ASSERT_TRUE(plan.at("error").is_null()) << plan.at("error").dump();
  std::map<std::string, Json> results;
  for (const Json& r : plan.at("results")) results[r.at("rule")] = r;
  std::map<std::string, std::string> expected = c.expected;
  for (const char* topic : kTopics) expected.emplace(topic, "pass");
  for (const auto& [rule, status] : expected) {
    ASSERT_TRUE(results.count(rule)) << rule << " missing from results";
    const Json& r = results[rule];
    if (rule == "structure.purpose" && c.purpose_either) {
      const Json& where = r.at("status") == "pass" ? r.at("evidence") : r.at("findings");
      EXPECT_FALSE(where.empty()) << "either status, but it must say where: " << r.dump();
      continue;
    }
    EXPECT_EQ(r.at("status"), status) << rule << ": " << r.dump();
  }
}

const std::map<std::string, std::string> kNumberingPass{{"structure.numbering", "pass"}};
const std::map<std::string, std::string> kNumberingFail{{"structure.numbering", "fail"}};

INSTANTIATE_TEST_SUITE_P(
    Seeds, StructureTest,
    ::testing::Values(PlanCase{"tests/data/seeds/003_xinzhou.txt", "cn-national-2017", kNumberingPass, true},
                      PlanCase{"tests/data/seeds/004_chongqing.txt", "cn-national-2017", kNumberingFail},
                      PlanCase{"tests/data/seeds/000_national.txt", "cn-national-2017", {}},
                      PlanCase{"tests/data/seeds/002_miit.txt", "cn-miit-2017", {}}),
    [](const auto& info) { return plancheck::testing::identifier(info.param.path); });

INSTANTIATE_TEST_SUITE_P(
    Samples, StructureTest,
    ::testing::Values(PlanCase{"samples/xinzhou-plan.txt", "cn-national-2017", kNumberingPass, true},
                      PlanCase{"samples/encodings/xinzhou-plan.utf16.txt", "cn-national-2017", kNumberingPass, true},
                      PlanCase{"samples/chongqing-plan.md", "cn-national-2017", kNumberingFail},
                      PlanCase{"samples/encodings/chongqing-plan.gb18030.txt", "cn-national-2017", kNumberingFail},
                      PlanCase{"samples/national-plan.md", "cn-national-2017", {}},
                      PlanCase{"samples/miit-plan.xml", "cn-miit-2017", {}},
                      PlanCase{"samples/compliant-plan.xml", "cn-national-2017", kNumberingPass}),
    [](const auto& info) { return plancheck::testing::identifier(info.param.path); });

TEST(Check, EveryRuleOfTheRulesetIsReportedForEveryPlan) {
  const Json doc = check_json("samples/xinzhou-plan.txt", "cn-national-2017");
  const Json& plan = doc.at("plans").at(0);
  EXPECT_EQ(doc.at("schema"), "plancheck-report/1");
  EXPECT_EQ(plan.at("results").size(), doc.at("rules").size());
  EXPECT_EQ(plan.at("rulesets"), Json::array({"cn-national-2017"}));
  EXPECT_GE(plan.at("score"), 0);
  EXPECT_LE(plan.at("score"), 100);
}

// The evidence of `rule`'s pass on the plan at `path`, in order (none when it did not pass).
std::vector<std::string> evidence_of(const std::string& path, const std::string& rule) {
  const Json doc = check_json(path, "cn-national-2017");
  for (const Json& r : doc.at("plans").at(0).at("results")) {
    if (r.at("rule") != rule) continue;
    EXPECT_EQ(r.at("status"), "pass") << r.dump();
    std::vector<std::string> texts;
    for (const Json& e : r.at("evidence")) texts.push_back(e.at("text").get<std::string>());
    return texts;
  }
  ADD_FAILURE() << "no " << rule << " result";
  return {};
}

// The one evidence of `rule`'s pass on the plan at `path` ("" when it did not pass with one quote).
std::string only_evidence(const std::string& path, const std::string& rule) {
  const std::vector<std::string> texts = evidence_of(path, rule);
  EXPECT_EQ(texts.size(), 1u) << ::testing::PrintToString(texts);
  return texts.size() == 1 ? texts.front() : std::string();
}

// A rule met in a list passes at the item that meets it, not at the list's lead-in: warning.issuance at the
// items that name an issuer ("按照以下权限发布：" names none), warning.lifting at the duty that lifts.
TEST(Check, APhraseRuleMetInAListQuotesTheItem) {
  // Each item that names some colours' issuer is quoted: a cross-reference table needs them all.
  EXPECT_EQ(evidence_of("tests/rules/cases/warning.issuance/pass-each-item-names-its-issuer.md", "warning.issuance"),
            (std::vector<std::string>{"红色、橙色预警由治理委员会主任委员签发；", "黄色预警由领导小组组长签发；",
                                      "蓝色预警由应急办主任签发。"}));
  EXPECT_EQ(only_evidence("tests/rules/cases/warning.lifting/pass-item-of-a-duty-list.md", "warning.lifting"),
            "发布和解除黄色、蓝色预警，提出橙色、红色预警建议；");
}

// A role rule quotes a body the plan sets up before one it only names: the plan's own leading group, not the
// parent company's it works under.
TEST(Check, ARoleRuleQuotesTheBodyThePlanSetsUp) {
  EXPECT_EQ(only_evidence("tests/rules/cases/role.leading-body/pass-own-group-after-the-parent-companys.md", "role.leading-body"),
            "省调成立网络安全应急领导小组（以下简称“领导小组”），中心主任任组长，负责统一领导、指挥省调网络安全事件应急处置工作。");
}

// A vague frequency is pointed at in the activity's own section, not where the basis list mentions it.
TEST(Check, AVagueFrequencyIsPointedAtInItsSection) {
  const Json doc = check_json("tests/rules/cases/drill.frequency/fail-vague-in-the-basis-and-its-own-section.md", "cn-national-2017");
  for (const Json& r : doc.at("plans").at(0).at("results")) {
    if (r.at("rule") != "drill.frequency") continue;
    ASSERT_EQ(r.at("findings").size(), 1u) << r.dump();
    EXPECT_EQ(r.at("findings").at(0).at("line"), 10) << r.dump();
    return;
  }
  ADD_FAILURE() << "no drill.frequency result";
}

TEST(Check, TheJsonCarriesTheOrganisationModel) {
  const Json doc = check_json("samples/xinzhou-plan.txt", "cn-national-2017");
  const Json& bodies = doc.at("plans").at(0).at("organisation").at("bodies");
  std::map<std::string, Json> by_name;
  for (const Json& b : bodies) by_name[b.at("name")] = b;
  // The body role.defined-bodies names: tasked in the safeguards, defined nowhere.
  ASSERT_TRUE(by_name.count("应急工作小组")) << bodies.dump();
  const Json& team = by_name["应急工作小组"];
  EXPECT_FALSE(team.at("defined").get<bool>());
  ASSERT_EQ(team.at("tasks").size(), 1u);
  EXPECT_EQ(team.at("tasks").at(0).at("line"), 92);
  EXPECT_EQ(team.at("tasks").at(0).at("phase"), "safeguards");
  // The leading group is defined in the organisation chapter, under its full name, and known by its variants.
  ASSERT_TRUE(by_name.count("开发区网络安全和信息化工作领导小组")) << bodies.dump();
  const Json& lead = by_name["开发区网络安全和信息化工作领导小组"];
  EXPECT_TRUE(lead.at("defined").get<bool>());
  EXPECT_EQ(lead.at("definitions").at(0).at("how"), "organisation-chapter");
  const Json& aliases = lead.at("aliases");
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), Json("开发区网络安全工作领导小组")), aliases.end()) << aliases.dump();
  ASSERT_TRUE(by_name.count("领导组办公室")) << bodies.dump();
  EXPECT_FALSE(by_name["领导组办公室"].at("tasks").empty());
  // Every body carries reports_to (an array, empty when the plan says of none).
  for (const Json& b : bodies) ASSERT_TRUE(b.at("reports_to").is_array()) << b.dump();
}

TEST(Check, ExitCodesFollowFailOn) {
  // 重庆 fails structure.numbering (info) at least: findings at or above info, none counted with never.
  const std::string plan = "samples/chongqing-plan.md";
  EXPECT_EQ(run_with_data("check", {plan, "--fail-on", "info", "--quiet"}).code, 1);
  EXPECT_EQ(run_with_data("check", {plan, "--fail-on", "never", "--quiet"}).code, 0);
  EXPECT_EQ(run_with_data("check", {"samples/compliant-plan.xml"}).code, 0);
  // One unreadable input makes the whole run exit 2, even with --fail-on never.
  EXPECT_EQ(run_with_data("check", {plan, "missing.txt", "--fail-on", "never", "--quiet"}).code, 2);
}

TEST(Check, OutputIsByteIdenticalAcrossRuns) {
  // The whole samples folder: every format and encoding, in discovery order.
  const std::vector<std::string> args{"samples", "--format", "json", "--fail-on", "never"};
  const Outcome first = run_with_data("check", args);
  const Outcome second = run_with_data("check", args);
  EXPECT_FALSE(first.out.empty());
  EXPECT_EQ(first.out, second.out);
}

TEST(Check, OutputFileHoldsTheSameReportAsStandardOutput) {
  const std::string out_file = "/tmp/plancheck-e2e-report-" + std::to_string(::getpid()) + ".json";
  const std::vector<std::string> common{"samples/xinzhou-plan.txt", "--format", "json", "--fail-on", "never"};
  const Outcome to_stdout = run_with_data("check", common);
  std::vector<std::string> to_file_args = common;
  to_file_args.insert(to_file_args.end(), {"--output", out_file});
  const Outcome to_file = run_with_data("check", to_file_args);
  EXPECT_EQ(to_file.code, 0) << to_file.err;
  EXPECT_TRUE(to_file.out.empty());
  EXPECT_EQ(read_whole(out_file), to_stdout.out);
  std::remove(out_file.c_str());
}

TEST(Check, TextReportIsCompilerStyleWithASummary) {
  const Outcome run = run_with_data("check", {"samples/xinzhou-plan.txt", "--lang", "en", "--color", "never"});
  EXPECT_EQ(run.code, 1) << "忻州 fails error-level rules";
  EXPECT_NE(run.out.find("samples/xinzhou-plan.txt:"), std::string::npos);
  EXPECT_NE(run.out.find("samples/xinzhou-plan.txt: score "), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("\x1b["), std::string::npos);
}

// Issue 11.13: a finding on a line of 22,504 columns printed the whole line (113 KB). The text report shows a
// window of the line around the caret instead, whatever the line's length.
TEST(Check, AFindingOnAHugeLineShowsAWindowAroundTheCaret) {
  std::string filler;
  for (int i = 0; i < 1250; ++i) filler += "各单位按职责分工负责。";  // 12,500 CJK characters, 25,000 columns
  const std::string path = "/tmp/plancheck-long-line-" + std::to_string(::getpid()) + ".md";
  {
    std::ofstream out(path);
    out << "# 某单位网络安全事件应急预案\n\n## 一、总则\n\n" << filler << "要定期组织开展演练。" << filler << "\n";
  }
  const Outcome run = run_with_data("check", {path, "--fail-on", "never", "--color", "never"});
  std::remove(path.c_str());
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_LT(run.out.size(), 40000u) << "the 75 KB line is not printed whole";
  // Every excerpt line (" NNNN | text") and its caret line stay short.
  std::istringstream lines(run.out);
  int excerpts = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.size() > 8 && line.compare(5, 3, " | ") == 0) {
      ++excerpts;
      EXPECT_LT(line.size(), 8u + 160u * 3u) << line.substr(0, 200);
    }
  }
  EXPECT_GT(excerpts, 0) << run.out.substr(0, 3000);
  EXPECT_NE(run.out.find("    5 | …"), std::string::npos) << "the cut start is marked: " << run.out.substr(0, 3000);
}

}  // namespace
}  // namespace plancheck::e2e
