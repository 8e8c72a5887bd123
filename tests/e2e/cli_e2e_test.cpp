#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>

#include "../support/test_names.hpp"
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

TEST(Cli, VersionPrintsVersionRevisionAndTheBundledRulesetsWithTheirDates) {
  const Outcome run = run_plancheck({"--version", "--lang", "en", "--data-dir", PLANCHECK_SOURCE_DIR});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("plancheck ", 0), 0U) << run.out;
  EXPECT_NE(run.out.find("\nrevision: "), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("revision: \n"), std::string::npos) << run.out;
  // Every ruleset file is listed with the dates its XML gives (undated when it gives none).
  std::size_t listed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(PLANCHECK_SOURCE_DIR) + "/rulesets")) {
    if (entry.path().extension() != ".xml") continue;  // rulesets/reference/ holds the parent plans' texts
    const std::string id = entry.path().stem().string();
    const std::string xml = read_whole(entry.path().string());
    const auto at = xml.find("effective-from=\"");
    const std::string dates = at == std::string::npos ? "undated" : "from " + xml.substr(at + 16, 10);
    const auto line_at = run.out.find("\n  " + id + " ");
    ASSERT_NE(line_at, std::string::npos) << id << "\n" << run.out;
    const std::string line = run.out.substr(line_at + 1, run.out.find('\n', line_at + 1) - line_at - 1);
    EXPECT_NE(line.find(dates), std::string::npos) << line;
    ++listed;
  }
  EXPECT_GE(listed, 3U);
  EXPECT_NE(run.out.find("cn-national-2017"), std::string::npos) << run.out;
  const Outcome zh = run_plancheck({"--version", "--data-dir", PLANCHECK_SOURCE_DIR});
  ASSERT_EQ(zh.code, 0) << zh.err;
  EXPECT_NE(zh.out.find("构建自提交："), std::string::npos) << zh.out;
  EXPECT_EQ(run_plancheck({"--version", "extra"}).code, 2);
}

// The allocator line is the process's own answer (is memory from malloc and new in mimalloc's heap?), so it
// fails if the build links mimalloc but the C library's malloc still serves the allocations.
TEST(Cli, VersionNamesTheAllocatorInUse) {
  const Outcome en = run_plancheck({"--version", "--lang", "en", "--data-dir", PLANCHECK_SOURCE_DIR});
  ASSERT_EQ(en.code, 0) << en.err;
  const Outcome zh = run_plancheck({"--version", "--data-dir", PLANCHECK_SOURCE_DIR});
  ASSERT_EQ(zh.code, 0) << zh.err;
  if (PLANCHECK_EXPECT_MIMALLOC) {
    EXPECT_NE(en.out.find("\nallocator: mimalloc 2."), std::string::npos) << en.out;
    EXPECT_NE(zh.out.find("\n内存分配器：mimalloc 2."), std::string::npos) << zh.out;
  } else {
    EXPECT_NE(en.out.find("\nallocator: the C library's malloc\n"), std::string::npos) << en.out;
    EXPECT_NE(zh.out.find("\n内存分配器：C 库 malloc\n"), std::string::npos) << zh.out;
  }
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

// Every rule's advice is shown filled: its parameters, and what a finding would fill described in words.
TEST(Cli, RulesExplainLeavesNoBareFieldInAnyRulesAdvice) {
  const Outcome list = run_with_data("rules", {"list"});
  ASSERT_EQ(list.code, 0) << list.err;
  std::istringstream lines(list.out);
  std::string line;
  std::getline(lines, line);  // header
  int explained = 0;
  while (std::getline(lines, line)) {
    const std::string id = line.substr(0, line.find(' '));
    for (const char* lang : {"zh", "en"}) {
      const Outcome run = run_with_data("rules", {"explain", id, "--lang", lang});
      ASSERT_EQ(run.code, 0) << id << run.err;
      EXPECT_EQ(run.out.find('{'), std::string::npos) << id << " (" << lang << "):\n" << run.out;
    }
    ++explained;
  }
  EXPECT_GT(explained, 30);
  const Outcome zh = run_with_data("rules", {"explain", "plan.foreign-organisation"});
  EXPECT_NE(zh.out.find("改为本预案所属单位的名称“〈本预案所属单位〉”"), std::string::npos) << zh.out;
}

// An English advice quotes the sentence to write into the plan in Chinese: the recipient and the limit in it
// are the Chinese ones, not the English names.
TEST(Cli, RulesExplainInEnglishQuotesAChineseExampleSentence) {
  for (const char* id : {"report.deadline-2025", "report.recipient-2025"}) {
    const Outcome run = run_with_data("rules", {"explain", id, "--lang", "en"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_NE(run.out.find("(e.g. “发生较大以上网络安全事件，应立即向保护工作部门和公安机关报告"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("立即向the"), std::string::npos) << run.out;
  }
  const Outcome deadline = run_with_data("rules", {"explain", "report.deadline-2025", "--lang", "en"});
  EXPECT_NE(deadline.out.find("应立即向属地省级网信部门报告，最迟不得超过4小时”"), std::string::npos) << deadline.out;
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
                                           UsageCase{{"rules", "explain"}}, UsageCase{{"validate"}}),
                         [](const auto& info) {
                           return plancheck::testing::numbered_name(info.index, plancheck::testing::joined(info.param.args));
                         });

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
