#include <gtest/gtest.h>

#include <algorithm>

#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

const char* const kStructureIds[] = {
    "structure.purpose",     "structure.basis",        "structure.scope",         "structure.grading",
    "structure.principles",  "structure.organization", "structure.monitoring-warning", "structure.response",
    "structure.investigation", "structure.prevention", "structure.safeguards",    "structure.annex",
    "structure.numbering"};

std::size_t line_count(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST(Cli, HelpListsTheCommands) {
  const Outcome run = run_plancheck({"--help", "--lang", "en"});
  EXPECT_EQ(run.code, 0);
  for (const char* word : {"check", "rules list", "rules explain", "validate", "--version"}) {
    EXPECT_NE(run.out.find(word), std::string::npos) << word;
  }
  const Outcome check_help = run_plancheck({"check", "--help"});
  EXPECT_EQ(check_help.code, 0);
  for (const char* option : {"--ruleset", "--format", "--output", "--fail-on", "--lang", "--color", "--quiet", "--data-dir",
                             "--html-findings-only"}) {
    EXPECT_NE(check_help.out.find(option), std::string::npos) << option;
  }
}

TEST(Cli, VersionPrintsNameAndVersion) {
  const Outcome run = run_plancheck({"--version"});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out.rfind("plancheck ", 0), 0U) << run.out;
  EXPECT_EQ(line_count(run.out), 1U);
}

TEST(Cli, RulesListNamesEveryStructureRuleInBothRulesets) {
  const Outcome run = run_with_data("rules", {"list"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("cn-national-2017"), std::string::npos);
  EXPECT_NE(run.out.find("cn-miit-2017"), std::string::npos);
  for (const char* id : kStructureIds) EXPECT_NE(run.out.find(id), std::string::npos) << id;
}

TEST(Cli, RulesExplainQuotesTheClausePerRuleset) {
  const Outcome run = run_with_data("rules", {"explain", "structure.basis"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("cn-national-2017: error"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("cn-miit-2017: error"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("NAT 1.2"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("“《中华人民共和国突发事件应对法》"), std::string::npos) << run.out;
}

TEST(Cli, RulesExplainOfAnUnknownRuleIsAnError) {
  const Outcome run = run_with_data("rules", {"explain", "no.such-rule", "--lang", "en"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("no.such-rule"), std::string::npos) << run.err;
}

struct UsageCase {
  std::vector<std::string> args;
};

class UsageErrorTest : public ::testing::TestWithParam<UsageCase> {};

TEST_P(UsageErrorTest, ExitsTwoWithOneLineAndAHelpHint) {
  const Outcome run = run_plancheck(GetParam().args);
  EXPECT_EQ(run.code, 2);
  EXPECT_TRUE(run.out.empty()) << run.out;
  EXPECT_EQ(line_count(run.err), 2U) << run.err;
  EXPECT_NE(run.err.find("--help"), std::string::npos) << run.err;
}

INSTANTIATE_TEST_SUITE_P(Table, UsageErrorTest,
                         ::testing::Values(UsageCase{{"frobnicate"}}, UsageCase{{"check"}},
                                           UsageCase{{"check", "x.txt", "--format", "pdf"}},
                                           UsageCase{{"check", "x.txt", "--no-such-option"}},
                                           UsageCase{{"rules", "explain"}}, UsageCase{{"validate"}}));

TEST(Cli, MissingFileExitsTwoWithOneLineNamingIt) {
  const Outcome run = run_with_data("check", {"no/such/plan.txt", "--lang", "en"});
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "no/such/plan.txt: error: no such file or directory\n");
}

TEST(Cli, MissingFileIsAnErrorEntryInJson) {
  const Outcome run = run_with_data("check", {"no/such/plan.txt", "--format", "json"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.out.find("\"kind\": \"unreadable\""), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("no/such/plan.txt"), std::string::npos);
  EXPECT_EQ(line_count(run.err), 1U) << run.err;
}

TEST(Cli, ValidateAcceptsTheBundledRulesetsAndSamplePlans) {
  for (const char* file : {"rulesets/cn-national-2017.xml", "rulesets/cn-miit-2017.xml", "samples/compliant-plan.xml"}) {
    const Outcome run = run_with_data("validate", {file, "--lang", "en"});
    EXPECT_EQ(run.code, 0) << file << ": " << run.err;
    EXPECT_EQ(run.out, std::string(file) + ": valid\n");
  }
}

TEST(Cli, ValidateRejectsXmlThatIsNeitherPlanNorRuleset) {
  const Outcome run = run_with_data("validate", {"schemas/plan.xsd", "--lang", "en"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("schemas/plan.xsd"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("neither"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace plancheck::e2e
