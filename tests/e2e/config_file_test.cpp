// plancheck.ini: found in a parent folder, overridden by the command line, shown by --print-config, and
// every mistake in it an error naming the file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "../support/test_folder.hpp"
#include "../support/test_names.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;

class ConfigFileTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(deep_); }

  void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
  // plancheck run from the nested folder, with this checkout's data.
  Outcome run(std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--data-dir", PLANCHECK_SOURCE_DIR});
    return run_plancheck_in(deep_.string(), args);
  }
  // --print-config shows `setting` (key = value) with `origin` after the # that ends its line.
  static bool shows(const std::string& out, const std::string& setting, const std::string& origin) {
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
      const auto hash = line.rfind("  # ");
      if (line.rfind(setting + " ", 0) == 0 && hash != std::string::npos && line.substr(hash + 4) == origin) return true;
    }
    return false;
  }
  std::string sample() const { return std::string(PLANCHECK_SOURCE_DIR) + "/samples/chongqing-plan.md"; }

  plancheck::testing::TestFolder folder_{"plancheck-config"};
  const fs::path root_ = folder_.path();
  const fs::path deep_ = root_ / "team" / "plans";
};

TEST_F(ConfigFileTest, AParentFoldersIniChangesTheRuleset) {
  write(root_ / "plancheck.ini", "# our team's settings\nruleset = cn-miit-2017\n");
  const Outcome json = run({"check", sample(), "--format", "json", "--as-of", "2025-06-01"});
  ASSERT_TRUE(json.code == 0 || json.code == 1) << json.err;
  const auto report = nlohmann::json::parse(json.out);
  EXPECT_EQ(report["plans"][0]["rulesets"], nlohmann::json::array({"cn-miit-2017"})) << report["plans"][0]["rulesets"];

  const Outcome shown = run({"check", "--print-config", "--lang", "en"});
  ASSERT_EQ(shown.code, 0) << shown.err;
  const std::string file = (root_ / "plancheck.ini").string();
  EXPECT_NE(shown.out.find("config file: " + file), std::string::npos) << shown.out;
  EXPECT_TRUE(shows(shown.out, "ruleset = cn-miit-2017", file + ":2")) << shown.out;
  EXPECT_TRUE(shows(shown.out, "fail-on = error", "default")) << shown.out;
  EXPECT_NE(shown.out.find("lang = en"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("# command line"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("fail-on = error"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("# default"), std::string::npos) << shown.out;
}

TEST_F(ConfigFileTest, TheCommandLineWinsAndTheNearestFileIsRead) {
  write(root_ / "plancheck.ini", "ruleset = cn-miit-2017\n");
  write(root_ / "team" / ".plancheck.ini", "fail-on = warning\nruleset = cn-national-2017\nruleset = extra.xml\n");
  const Outcome shown = run({"--print-config", "--fail-on", "info"});
  ASSERT_EQ(shown.code, 0) << shown.err;
  const std::string file = (root_ / "team" / ".plancheck.ini").string();
  EXPECT_NE(shown.out.find("fail-on = info"), std::string::npos) << shown.out;
  EXPECT_TRUE(shows(shown.out, "ruleset = cn-national-2017", file + ":2,3")) << shown.out;
  EXPECT_TRUE(shows(shown.out, "fail-on = info", "命令行")) << shown.out;
  // A ruleset file named in the config file is found beside it.
  EXPECT_TRUE(shows(shown.out, "ruleset = " + (root_ / "team" / "extra.xml").string(), file + ":2,3")) << shown.out;
  EXPECT_EQ(shown.out.find("cn-miit-2017"), std::string::npos) << shown.out;
}

TEST_F(ConfigFileTest, AMisspeltKeyIsAnErrorWithFileAndLine) {
  write(root_ / "plancheck.ini", "lang = en\nrulset = cn-miit-2017\n");
  const Outcome bad = run({"check", sample(), "--lang", "en"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_TRUE(bad.out.empty()) << bad.out;
  EXPECT_NE(bad.err.find((root_ / "plancheck.ini").string() + ":2: unknown key 'rulset' (did you mean 'ruleset'?)"), std::string::npos)
      << bad.err;
}

struct BadConfig {
  std::string text;
  int line;
  std::string says;
};

class BadConfigTest : public ConfigFileTest, public ::testing::WithParamInterface<BadConfig> {};

TEST_P(BadConfigTest, IsAnErrorNamingTheLine) {
  write(root_ / "plancheck.ini", GetParam().text);
  const Outcome bad = run({"check", sample(), "--lang", "en"});
  EXPECT_EQ(bad.code, 2) << bad.out;
  const std::string where = (root_ / "plancheck.ini").string() + ":" + std::to_string(GetParam().line) + ": ";
  EXPECT_NE(bad.err.find(where), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find(GetParam().says), std::string::npos) << bad.err;
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadConfigTest,
    ::testing::Values(BadConfig{"\nfail-on = sometimes\n", 2, "sometimes"}, BadConfig{"jobs = many\n", 1, "many"},
                      BadConfig{"jobs = 0\n", 1, "--jobs"}, BadConfig{"as-of = 2025-13-45\n", 1, "2025-13-45"},
                      BadConfig{"org-kind = bank\n", 1, "bank"}, BadConfig{"quiet = perhaps\n", 1, "true|false"},
                      BadConfig{"format = json\nformat = csv\n", 2, "line 1"}, BadConfig{"[chek]\n", 1, "[chek]"},
                      BadConfig{"[history]\nruleset = x\n", 2, "'ruleset' in [history]"},
                      BadConfig{"just words\n", 1, "key = value"}, BadConfig{"config = other.ini\n", 1, "command line"},
                      // A value overridden on the command line is still checked.
                      BadConfig{"lang = klingon\n", 1, "klingon"}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.text); });

TEST_F(ConfigFileTest, SectionsFlagsAndPathsBesideTheFile) {
  write(root_ / "plancheck.ini",
        "format = json\nquiet = true\nwaivers = waivers/ours.xml\nreport = csv:out/all.csv\n"
        "[check]\nformat = sarif\n[history]\nformat = text\n");
  const Outcome shown = run({"check", "--print-config", "--lang", "en"});
  ASSERT_EQ(shown.code, 0) << shown.err;
  const std::string file = (root_ / "plancheck.ini").string();
  EXPECT_NE(shown.out.find("format = sarif  "), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("quiet = true"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("waivers = " + (root_ / "waivers" / "ours.xml").string()), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("report = csv:" + (root_ / "out" / "all.csv").string()), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("# as-of ="), std::string::npos) << shown.out;
}

TEST_F(ConfigFileTest, ConfigAndNoConfigChooseTheFile) {
  write(root_ / "plancheck.ini", "rulset = typo\n");
  write(root_ / "other.ini", "ruleset = cn-miit-2017\n");
  const Outcome none = run({"check", "--print-config", "--no-config", "--lang", "en"});
  ASSERT_EQ(none.code, 0) << none.err;
  EXPECT_NE(none.out.find("config file: none"), std::string::npos) << none.out;
  const Outcome chosen = run({"check", "--print-config", "--config", (root_ / "other.ini").string()});
  ASSERT_EQ(chosen.code, 0) << chosen.err;
  EXPECT_NE(chosen.out.find("ruleset = cn-miit-2017"), std::string::npos) << chosen.out;
  const Outcome missing = run({"check", sample(), "--config", (root_ / "missing.ini").string(), "--lang", "en"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("missing.ini: cannot read the config file"), std::string::npos) << missing.err;
  // A FIFO or a device is refused, not read until it ends.
  const Outcome device = run({"check", sample(), "--config", "/dev/zero", "--lang", "en"});
  EXPECT_EQ(device.code, 2);
  EXPECT_NE(device.err.find("/dev/zero: cannot read the config file"), std::string::npos) << device.err;
  // Help is never blocked by a broken config file.
  EXPECT_EQ(run({"check", "--help"}).code, 0);
}

TEST_F(ConfigFileTest, AnotherCommandsKeyAtTheTopIsLeftForThatCommand) {
  write(root_ / "plancheck.ini", "ruleset = cn-miit-2017\ndb = results.db\n");
  const Outcome history = run({"history", "--print-config", "--lang", "en"});
  ASSERT_EQ(history.code, 0) << history.err;
  EXPECT_EQ(history.out.find("ruleset"), std::string::npos) << history.out;
  EXPECT_NE(history.out.find("db = " + (root_ / "results.db").string()), std::string::npos) << history.out;
}

}  // namespace
}  // namespace plancheck::e2e
