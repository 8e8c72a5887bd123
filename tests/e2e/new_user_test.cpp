// What a new user hit (issue 11): files that are not plans, messages in the chosen language with one
// prefix, "did you mean", and waived results counted in the summary line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

class NewUser : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_ / "plans");
    fs::copy_file(fs::path(PLANCHECK_TEST_DATA) / "seeds" / "003_xinzhou.txt", root_ / "plans" / "xinzhou.txt");
    write("plans/README.md", "# Our plans\n\nThis folder holds the emergency plans of every department. Run plancheck on it.\n");
    write("plans/notes.txt", "记得周五交材料\n");
  }

  void write(const std::string& name, const std::string& text) { std::ofstream(root_ / name, std::ios::binary) << text; }
  std::string path(const std::string& name) const { return (root_ / name).string(); }

  plancheck::testing::TestFolder folder_{"plancheck-new-user"};
  const fs::path root_ = folder_.path();
};

const Json* plan_named(const Json& report, const std::string& suffix) {
  for (const Json& p : report["plans"]) {
    const std::string path = p["path"];
    if (path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0) return &p;
  }
  return nullptr;
}

TEST_F(NewUser, AReadmeInABatchIsNotAPlanNotAScore) {
  const Outcome run = run_with_data("check", {path("plans"), "--format", "json", "--lang", "en"});
  EXPECT_EQ(run.code, 1) << "findings of the real plan give 1; the README is no error\n" << run.err;
  const Json report = Json::parse(run.out);
  const Json* readme = plan_named(report, "README.md");
  ASSERT_NE(readme, nullptr);
  EXPECT_EQ((*readme)["status"], "not-a-plan");
  EXPECT_NE((*readme)["reason"].get<std::string>().find("Chinese"), std::string::npos) << *readme;
  EXPECT_EQ((*readme)["error"]["kind"], "not-a-plan");
  EXPECT_TRUE((*readme)["results"].empty());
  const Json* notes = plan_named(report, "notes.txt");
  ASSERT_NE(notes, nullptr);
  EXPECT_EQ((*notes)["status"], "not-a-plan");
  const Json* plan = plan_named(report, "xinzhou.txt");
  ASSERT_NE(plan, nullptr);
  EXPECT_FALSE(plan->contains("status"));
  EXPECT_FALSE((*plan)["results"].empty());
  EXPECT_EQ(report["summary"]["plans"], 3);
  EXPECT_EQ(report["summary"]["checked"], 1);
  EXPECT_EQ(report["summary"]["errors"], 0);
  EXPECT_EQ(report["summary"]["not_plans"], 2);
}

TEST_F(NewUser, NotPlansAreCountedApartInTextCsvAndJunit) {
  const Outcome text = run_with_data("check", {path("plans"), "--lang", "en"});
  EXPECT_NE(text.out.find("README.md: note: not an emergency plan"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("; 2 file(s) not plans, not scored"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("README.md: error"), std::string::npos) << text.out;
  const Outcome zh = run_with_data("check", {path("plans")});
  EXPECT_NE(zh.out.find("README.md: note: 不是应急预案"), std::string::npos) << zh.out;
  const Outcome csv = run_with_data("check", {path("plans"), "--format", "csv"});
  EXPECT_NE(csv.out.find(",not-a-plan,"), std::string::npos) << csv.out;
  const Outcome junit = run_with_data("check", {path("plans"), "--format", "junit"});
  EXPECT_NE(junit.out.find("<skipped message=\"不是应急预案"), std::string::npos) << junit.out;
}

TEST_F(NewUser, ForceChecksAFileThatIsNotAPlan) {
  const Outcome run = run_with_data("check", {path("plans/README.md"), "--format", "json", "--force"});
  const Json report = Json::parse(run.out);
  ASSERT_EQ(report["plans"].size(), 1U);
  EXPECT_FALSE(report["plans"][0].contains("status"));
  EXPECT_FALSE(report["plans"][0]["results"].empty());
  EXPECT_EQ(report["summary"]["not_plans"], 0);
}

TEST_F(NewUser, ToolErrorsAreInTheChosenLanguageWithOnePrefix) {
  write("empty.txt", "");
  const Outcome zh = run_with_data("check", {path("empty.txt")});
  EXPECT_EQ(zh.code, 2);
  EXPECT_NE(zh.out.find("empty.txt: error: 文件为空"), std::string::npos) << zh.out;
  write("bad.xml", "<?xml version=\"1.0\"?>\n<plan><p>甲</section></plan>\n");
  const Outcome xml = run_with_data("check", {path("bad.xml")});
  EXPECT_NE(xml.out.find("开始标签与结束标签不匹配"), std::string::npos) << xml.out;
  const Outcome waivers = run_with_data("check", {path("plans/xinzhou.txt"), "--waivers", path("none.xml")});
  EXPECT_EQ(waivers.code, 2);
  EXPECT_NE(waivers.err.find("error: 无法打开豁免文件"), std::string::npos) << waivers.err;
  const Outcome usage = run_plancheck({"chek", "a.md"});
  EXPECT_EQ(usage.code, 2);
  EXPECT_EQ(usage.err.rfind("plancheck: error: 未知命令“chek”；您是否要找“check”？\n", 0), 0U) << usage.err;
  const Outcome option = run_plancheck({"check", "a.md", "--bogus"});
  EXPECT_EQ(option.err.rfind("plancheck: error: ", 0), 0U) << option.err;
}

TEST_F(NewUser, TopLevelHelpInEnglish) {
  const Outcome run = run_plancheck({"--lang", "en", "--help"});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("Usage: plancheck <command>"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("用法"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace plancheck::e2e
