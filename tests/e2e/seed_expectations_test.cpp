// The expected results on the seed plans (spec rules.md, "Expected results on the seed plans"), checked on
// the seed files exactly as received, through the built binary — plus user rulesets that extend a bundled one.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

using Json = nlohmann::json;

const std::vector<std::string> kTopics = {
    "structure.purpose",  "structure.basis",        "structure.scope",   "structure.grading",
    "structure.principles", "structure.organization", "structure.monitoring-warning", "structure.response",
    "structure.investigation", "structure.prevention", "structure.safeguards", "structure.annex"};

struct SeedCase {
  std::string name;
  std::string path;
  std::string ruleset;
  std::vector<std::string> fail;
  std::vector<std::string> pass;
  std::vector<std::string> pass_prefixes;  // every rule whose id starts with one of these must pass
};

std::ostream& operator<<(std::ostream& os, const SeedCase& c) { return os << c.name; }

std::vector<std::string> with_topics(std::vector<std::string> rules, const std::string& except = "") {
  for (const std::string& t : kTopics) {
    if (t != except) rules.push_back(t);
  }
  return rules;
}

std::vector<SeedCase> seed_cases() {
  return {
      {"xinzhou", "tests/data/seeds/003_xinzhou.txt", "cn-national-2017",
       {"grading.response-levels", "grading.alignment", "drill.frequency", "drill.report", "plan.review-cycle",
        "role.contact", "response.duty-24h", "basis.cybersecurity-law", "report.immediate",
        "report.no-concealment", "role.defined-bodies"},
       with_topics({"structure.numbering", "grading.event-levels", "grading.warning-colours",
                    "grading.event-categories", "warning.content", "warning.lifting", "investigation.deadline",
                    "investigation.content", "report.evidence", "role.leading-body", "role.office",
                    "basis.parent-plan", "plan.foreign-organisation"},
                   "structure.purpose"),
       {}},
      {"chongqing", "tests/data/seeds/004_chongqing.txt", "cn-national-2017",
       {"basis.superseded", "structure.numbering", "response.duty-24h", "report.no-concealment"},
       with_topics({"grading.event-levels", "grading.warning-colours", "grading.response-levels",
                    "grading.alignment", "warning.issuance", "warning.content", "warning.response-measures",
                    "warning.lifting", "response.end", "drill.frequency", "drill.report", "investigation.deadline",
                    "investigation.content", "plan.review-cycle", "role.lead-person", "role.contact",
                    "role.accountability", "basis.cybersecurity-law", "basis.parent-plan", "plan.foreign-organisation"}),
       {}},
      {"national", "tests/data/seeds/000_national.txt", "cn-national-2017", {"basis.superseded"}, with_topics({}),
       {"grading.", "drill."}},
      {"miit", "tests/data/seeds/002_miit.txt", "cn-miit-2017", {},
       with_topics({"basis.superseded", "investigation.deadline", "investigation.content", "plan.foreign-organisation"}),
       {"grading.", "drill.", "investigation."}},
  };
}

std::map<std::string, Json> results_of(const std::string& path, const std::string& ruleset) {
  const Outcome run = run_with_data("check", {path, "--ruleset", ruleset, "--format", "json", "--fail-on", "never"});
  EXPECT_EQ(run.code, 0) << run.err;
  const Json doc = Json::parse(run.out, nullptr, false);
  std::map<std::string, Json> results;
  if (doc.is_discarded()) return results;
  for (const Json& r : doc.at("plans").at(0).at("results")) results[r.at("rule").get<std::string>()] = r;
  return results;
}

class SeedExpectations : public ::testing::TestWithParam<SeedCase> {};

TEST_P(SeedExpectations, EveryStatusRulesMdStates) {
  const SeedCase& c = GetParam();
  const auto results = results_of(c.path, c.ruleset);
  ASSERT_FALSE(results.empty());
  std::set<std::string> must_pass(c.pass.begin(), c.pass.end());
  for (const auto& [rule, result] : results) {
    for (const std::string& prefix : c.pass_prefixes) {
      if (rule.rfind(prefix, 0) == 0) must_pass.insert(rule);
    }
  }
  for (const std::string& rule : c.fail) {
    ASSERT_TRUE(results.count(rule)) << rule;
    EXPECT_EQ(results.at(rule).at("status"), "fail") << rule;
    EXPECT_FALSE(results.at(rule).at("findings").empty()) << rule;
  }
  for (const std::string& rule : must_pass) {
    ASSERT_TRUE(results.count(rule)) << rule;
    EXPECT_EQ(results.at(rule).at("status"), "pass") << rule << ": " << results.at(rule).dump();
    EXPECT_FALSE(results.at(rule).at("evidence").empty()) << rule << " passes without saying where";
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedExpectations, ::testing::ValuesIn(seed_cases()),
                         [](const auto& info) { return info.param.name; });

// 忻州 states its purpose only in the issuing notice: either status is defensible, but the result must say
// where the text was found.
TEST(SeedExpectations, XinzhouPurposeSaysItIsInTheIssuingNotice) {
  const auto results = results_of("tests/data/seeds/003_xinzhou.txt", "cn-national-2017");
  const Json& r = results.at("structure.purpose");
  const std::string where = r.at("status") == "fail" ? r.at("findings").at(0).dump() : r.at("evidence").dump();
  EXPECT_NE(where.find("\"line\":11"), std::string::npos) << where;
  EXPECT_NE(r.dump().find("印发通知"), std::string::npos) << r.dump();
}

// The national plan names no organisation of its own (it is the state's): plan.foreign-organisation does not
// check it, and says why, rather than reading a ministry it names as a foreign name.
TEST(SeedExpectations, NationalPlanHasNoOrganisationOfItsOwn) {
  const auto results = results_of("tests/data/seeds/000_national.txt", "cn-national-2017");
  const Json& r = results.at("plan.foreign-organisation");
  EXPECT_EQ(r.at("status"), "not-applicable") << r.dump();
  EXPECT_NE(r.dump().find("所属单位"), std::string::npos) << r.dump();
}

TEST(UserRuleset, RaisingDrillFrequencyToTwiceAYearMakesChongqingFail) {
  const auto national = results_of("tests/data/seeds/004_chongqing.txt", "cn-national-2017");
  ASSERT_EQ(national.at("drill.frequency").at("status"), "pass");
  const auto strict = results_of("tests/data/seeds/004_chongqing.txt", "samples/rulesets/strict-drills.xml");
  ASSERT_TRUE(strict.count("drill.frequency"));
  EXPECT_EQ(strict.at("drill.frequency").at("status"), "fail");
  EXPECT_EQ(strict.at("role.contact").at("severity"), "error") << "severity override";
  EXPECT_EQ(strict.size(), national.size()) << "everything else is inherited";
}

TEST(UserRuleset, DisablingDrillFrequencyRemovesItFromTheResults) {
  const auto national = results_of("tests/data/seeds/004_chongqing.txt", "cn-national-2017");
  const auto without = results_of("tests/data/seeds/004_chongqing.txt", "samples/rulesets/no-drills.xml");
  EXPECT_EQ(without.count("drill.frequency"), 0U);
  EXPECT_EQ(without.size() + 1, national.size());
}

}  // namespace
}  // namespace plancheck::e2e
