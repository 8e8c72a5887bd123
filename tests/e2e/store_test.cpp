// check --db twice on a copy of the samples, one plan fixed in between: history names the fix; the
// dashboard folder appears whole.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kDrillClause = "每年至少组织一次预案演练";

class StoreE2e : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_ / "plans");
    // A second, tiny plan that stays the same between the runs.
    std::ofstream(root_ / "plans" / "xinzhou-plan.txt") << "某单位网络安全事件应急预案\n\n一、总则\n\n为做好网络安全事件应急工作，制定本预案。\n";
    original_ = read_whole(std::string(PLANCHECK_SOURCE_DIR) + "/samples/national-plan.md");
  }

  // The national plan with or without its yearly-drill sentence (the fix under test).
  void write_national(bool with_drill_clause) {
    std::string text = original_;
    const std::size_t at = text.find(kDrillClause);
    ASSERT_NE(at, std::string::npos);
    if (!with_drill_clause) text.erase(text.rfind('\n', at) + 1, text.find('\n', at) - text.rfind('\n', at));
    std::ofstream(root_ / "plans" / "national-plan.md", std::ios::binary) << text;
  }

  Outcome check(std::vector<std::string> extra) {
    std::vector<std::string> args = {"--db", db(), "--format", "json", "--lang", "en", (root_ / "plans").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_with_data("check", args);
  }

  std::string db() const { return (root_ / "results.db").string(); }

  plancheck::testing::TestFolder folder_{"plancheck-store-e2e"};
  const fs::path root_ = folder_.path();
  std::string original_;
};

TEST_F(StoreE2e, HistoryNamesThePlanFixedBetweenTwoRuns) {
  write_national(false);
  ASSERT_EQ(check({}).code, 1);
  write_national(true);
  const std::string dashboard = (root_ / "dash").string();
  ASSERT_EQ(check({"--report", "dashboard:" + dashboard}).code, 1);

  const Outcome text = run_plancheck({"history", "--db", db(), "--lang", "en"});
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("national-plan.md: score"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("  newly passed: drill.frequency"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("xinzhou-plan.txt"), std::string::npos) << "unchanged plans are not listed";
  EXPECT_NE(text.out.find("2 plans compared: 1 improved, 0 regressed, 1 unchanged"), std::string::npos) << text.out;

  const Outcome json = run_plancheck({"history", "--db", db(), "--format", "json"});
  ASSERT_EQ(json.code, 0) << json.err;
  const nlohmann::json doc = nlohmann::json::parse(json.out);
  EXPECT_EQ(doc["before"]["plans"], 2);
  ASSERT_EQ(doc["plans"].size(), 2u);
  EXPECT_NE(doc["plans"][0]["path"].get<std::string>().find("national-plan.md"), std::string::npos);
  EXPECT_TRUE(doc["plans"][0]["improved"].get<bool>());
  EXPECT_TRUE(doc["plans"][1]["newly_passed"].empty());

  EXPECT_TRUE(fs::exists(root_ / "dash" / "index.html"));
  const std::string csv = read_whole((root_ / "dash" / "summary.csv").string());
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << csv;  // header and one row per plan
}

TEST_F(StoreE2e, HistoryWithoutADatabaseIsTrouble) {
  const Outcome missing = run_plancheck({"history", "--db", db()});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("error: 结果数据库出错"), std::string::npos) << missing.err;  // Chinese by default
  EXPECT_NE(run_plancheck({"history", "--db", db(), "--lang", "en"}).err.find("error: results database"), std::string::npos);
  EXPECT_FALSE(fs::exists(db()));  // history never creates one
  EXPECT_EQ(run_plancheck({"history"}).code, 2);  // --db is required
}

}  // namespace
}  // namespace plancheck::e2e
