#include "cli/parse_args.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "../../support/test_names.hpp"

namespace plancheck::cli {
namespace {

Result<Options> parse(std::vector<const char*> args) {
  args.insert(args.begin(), "plancheck");
  return parse_args(static_cast<int>(args.size()), args.data());
}

TEST(ParseArgs, CheckTakesEveryOption) {
  auto r = parse({"check", "a.txt", "dir", "--ruleset", "cn-national-2017", "--ruleset=my.xml", "--format", "json",
                  "--output", "out.json", "--fail-on", "warning", "--lang", "en", "--color", "always", "--quiet",
                  "--data-dir", "/d"});
  ASSERT_TRUE(r.ok()) << r.error().message.text(Lang::En);
  const Options& o = r.value();
  EXPECT_EQ(o.command, Command::Check);
  EXPECT_EQ(o.paths, (std::vector<std::string>{"a.txt", "dir"}));
  EXPECT_EQ(o.rulesets, (std::vector<std::string>{"cn-national-2017", "my.xml"}));
  EXPECT_EQ(o.format, Format::Json);
  EXPECT_EQ(o.output, "out.json");
  EXPECT_EQ(o.fail_on, Severity::Warning);
  EXPECT_EQ(o.lang, Lang::En);
  EXPECT_EQ(o.color, ColorMode::Always);
  EXPECT_TRUE(o.quiet);
  EXPECT_EQ(o.data_dir, "/d");
}

TEST(ParseArgs, CheckDefaults) {
  auto r = parse({"check", "a.txt"});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.value().rulesets.empty());
  EXPECT_EQ(r.value().format, Format::Text);
  EXPECT_EQ(r.value().fail_on, Severity::Error);
  EXPECT_EQ(r.value().lang, Lang::Zh);
  EXPECT_EQ(r.value().color, ColorMode::Auto);
  EXPECT_TRUE(r.value().output.empty());
}

TEST(ParseArgs, FailOnNeverMeansNoThreshold) {
  auto r = parse({"check", "a.txt", "--fail-on=never"});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value().fail_on.has_value());
}

TEST(ParseArgs, RulesAndValidateCommands) {
  auto list = parse({"rules", "list", "--ruleset", "cn-miit-2017"});
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list.value().command, Command::RulesList);
  EXPECT_EQ(list.value().rulesets.size(), 1U);
  auto explain = parse({"rules", "explain", "drill.frequency"});
  ASSERT_TRUE(explain.ok());
  EXPECT_EQ(explain.value().command, Command::RulesExplain);
  EXPECT_EQ(explain.value().rule_id, "drill.frequency");
  auto validate = parse({"validate", "x.xml"});
  ASSERT_TRUE(validate.ok());
  EXPECT_EQ(validate.value().command, Command::Validate);
}

TEST(ParseArgs, HelpAndVersion) {
  for (auto args : {std::vector<const char*>{}, {"--help"}, {"-h"}, {"help"}}) {
    auto r = parse(args);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().command, Command::Help);
    EXPECT_NE(r.value().help_text.find("check"), std::string::npos);
  }
  auto check_help = parse({"check", "--help", "--lang", "en"});
  ASSERT_TRUE(check_help.ok());
  EXPECT_EQ(check_help.value().command, Command::Help);
  EXPECT_NE(check_help.value().help_text.find("--fail-on"), std::string::npos);
  EXPECT_EQ(parse({"--version"}).value().command, Command::Version);
}

struct UsageCase {
  std::vector<const char*> args;
  const char* message_part;  // in English (--lang en is appended)
};

class UsageErrorTest : public ::testing::TestWithParam<UsageCase> {};

TEST_P(UsageErrorTest, IsOneLineUsageErrorNamingTheProblem) {
  std::vector<const char*> args = GetParam().args;
  // Right after the command, so an option missing its value at the end stays missing.
  args.insert(args.begin() + (args.empty() ? 0 : 1), {"--lang", "en"});
  auto r = parse(args);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Usage);
  EXPECT_NE(r.error().message.text(Lang::En).find(GetParam().message_part), std::string::npos) << r.error().message.text(Lang::En);
  EXPECT_EQ(r.error().message.text(Lang::En).find('\n'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Table, UsageErrorTest,
    ::testing::Values(UsageCase{{"frobnicate"}, "unknown command 'frobnicate'"},
                      UsageCase{{"--bogus"}, "unknown option '--bogus'"},
                      UsageCase{{"check", "a", "--bogus"}, "unknown option '--bogus'"},
                      UsageCase{{"check"}, "missing argument: PATH"},
                      UsageCase{{"check", "a", "--format", "pdf"}, "invalid value 'pdf' for --format"},
                      UsageCase{{"check", "a", "--fail-on", "fatal"}, "--fail-on"},
                      UsageCase{{"check", "a", "--color", "blue"}, "--color"},
                      UsageCase{{"check", "a", "--format"}, "bad command line"},
                      UsageCase{{"rules"}, "missing argument"},
                      UsageCase{{"rules", "explain"}, "missing argument"},
                      UsageCase{{"rules", "list", "extra"}, "too many arguments"},
                      UsageCase{{"validate"}, "missing argument: FILE"},
                      UsageCase{{"validate", "a", "b"}, "too many arguments: FILE"},
                      // Typos get the closest name (issue 11.7).
                      UsageCase{{"chek", "a"}, "unknown command 'chek'; did you mean 'check'?"},
                      UsageCase{{"check", "a", "--fail-no", "warning"}, "did you mean '--fail-on'?"},
                      UsageCase{{"check", "a", "--rulset=x"}, "did you mean '--ruleset'?"},
                      UsageCase{{"--verison"}, "did you mean '--version'?"}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.message_part); });

TEST(ParseArgs, TheLanguageMayComeBeforeTheCommand) {
  for (auto args : {std::vector<const char*>{"--lang", "en", "--help"}, {"--lang=en", "--help"}}) {
    auto r = parse(args);
    ASSERT_TRUE(r.ok()) << r.error().message.text(Lang::En);
    EXPECT_EQ(r.value().command, Command::Help);
    EXPECT_NE(r.value().help_text.find("Usage: plancheck <command>"), std::string::npos) << r.value().help_text;
  }
  auto check = parse({"--lang", "en", "check", "a.md"});
  ASSERT_TRUE(check.ok()) << check.error().message.text(Lang::En);
  EXPECT_EQ(check.value().command, Command::Check);
  EXPECT_EQ(check.value().lang, Lang::En);
  EXPECT_EQ(check.value().paths, std::vector<std::string>{"a.md"});
}

TEST(ParseArgs, UsageErrorsAreChineseByDefault) {
  auto r = parse({"check", "a", "--format", "pdf"});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.text(Lang::Zh).find("无效"), std::string::npos) << r.error().message.text(Lang::Zh);
  EXPECT_EQ(r.error().file, "check") << "the command is kept for the --help hint";
}

}  // namespace
}  // namespace plancheck::cli
