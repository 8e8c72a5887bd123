#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>
#include <unistd.h>

#include "../support/test_folder.hpp"
#include "../support/test_names.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

using Json = nlohmann::json;

// Installed by scripts/install-sarif-validator.sh (called from scripts/install-deps.sh).
const std::string kValidator =
    std::string(PLANCHECK_SOURCE_DIR) + "/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";

// The validator's own SARIF log of what it found, written beside `sarif`: its exit code is 0 even when the
// input has errors, so the log is read instead of the exit code or the console.
Json validate(const std::string& sarif, std::string& console) {
  const std::string log = sarif + ".validation.sarif";
  const std::string command = shell_quote(kValidator) + " validate " + shell_quote(sarif) + " -o " + shell_quote(log) +
                              " --log ForceOverwrite 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return Json();
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) console.append(buffer, n);
  ::pclose(pipe);
  return Json::parse(read_whole(log), nullptr, false);
}

TEST(SarifValidate, ReportOverSamplesAndSeedsHasNoValidatorErrors) {
  if (::access(kValidator.c_str(), X_OK) != 0) {
    GTEST_SKIP() << "SARIF validator not installed (" << kValidator << "); run scripts/install-sarif-validator.sh";
  }
  const plancheck::testing::TestFolder folder("plancheck-sarif");
  const std::string sarif = (folder.path() / "report.sarif").string();
  const Outcome run = run_with_data("check", {"samples", "tests/data/seeds", "--format", "sarif", "--fail-on", "never",
                                              "--output", sarif});
  ASSERT_TRUE(run.code == 0 || run.code == 2) << run.err;  // 2: some input unreadable, reported in the SARIF
  const Json report = Json::parse(read_whole(sarif), nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << "plancheck wrote no valid JSON";
  EXPECT_FALSE(report.at("runs").at(0).at("results").empty()) << "the samples and seeds have findings";

  std::string console;
  const Json log = validate(sarif, console);
  ASSERT_TRUE(log.is_object()) << "the validator wrote no log:\n" << console;
  int warnings = 0;
  for (const Json& result : log.at("runs").at(0).value("results", Json::array())) {
    const std::string level = result.value("level", "warning");  // SARIF's default level
    EXPECT_NE(level, "error") << result.dump();
    warnings += level == "warning" ? 1 : 0;
  }
  for (const Json& invocation : log.at("runs").at(0).value("invocations", Json::array())) {
    EXPECT_TRUE(invocation.value("executionSuccessful", false)) << console;
  }
  std::printf("SARIF validator: no errors, %d warning(s)\n", warnings);
}

struct FormatCase {
  const char* format;
  const char* starts_with;  // the first bytes of a well-formed report
  const char* contains;     // something every report over the 重庆 sample holds
};

std::ostream& operator<<(std::ostream& os, const FormatCase& c) { return os << c.format; }

class ReportFormatTest : public ::testing::TestWithParam<FormatCase> {};

TEST_P(ReportFormatTest, CheckWritesTheFormatToStandardOutput) {
  const FormatCase& c = GetParam();
  const Outcome run = run_with_data("check", {"samples/chongqing-plan.md", "--format", c.format, "--fail-on", "never"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.out.rfind(c.starts_with, 0), 0U) << run.out.substr(0, 200);
  EXPECT_NE(run.out.find(c.contains), std::string::npos) << run.out.substr(0, 400);
}

INSTANTIATE_TEST_SUITE_P(Table, ReportFormatTest,
                         ::testing::Values(FormatCase{"sarif", "{\n  \"$schema\"", "\"uri\": \"samples/chongqing-plan.md\""},
                                           FormatCase{"junit", "<?xml", "<testsuite name=\"samples/chongqing-plan.md\""},
                                           FormatCase{"csv", "\xEF\xBB\xBF路径,", "\r\nsamples/chongqing-plan.md,"}),
                         [](const auto& info) { return plancheck::testing::identifier(info.param.format); });

TEST(ReportFormat, UnknownFormatIsAUsageErrorNamingTheChoices) {
  const Outcome run = run_with_data("check", {"samples/chongqing-plan.md", "--format", "pdf"});
  EXPECT_EQ(run.code, 2);
  for (const char* name : {"sarif", "junit", "csv"}) EXPECT_NE(run.err.find(name), std::string::npos) << run.err;
}

}  // namespace
}  // namespace plancheck::e2e
