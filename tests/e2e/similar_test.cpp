// `--report similar:FILE.csv` and the dashboard's near-identical filings, through the binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../support/near_duplicates.hpp"
#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;

class NearIdentical : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_ / "filed");
    testing::PlanGenerator gen(7);
    // 30 distinct plans, the first 20 of them copied under another organisation's name with 3 words changed.
    for (const testing::GeneratedPlan& p : gen.batch(30, 20, 100)) {
      std::ofstream(root_ / "filed" / p.name, std::ios::binary) << p.text;
    }
  }

  std::vector<std::string> rows(const fs::path& csv) const {
    std::istringstream in(read_whole(csv.string()));
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }

  plancheck::testing::TestFolder folder_{"plancheck-similar"};
  const fs::path root_ = folder_.path();
};

TEST_F(NearIdentical, SimilarReportListsEveryPlantedPairAndNoOther) {
  const fs::path csv = root_ / "similar.csv";
  const Outcome run = run_with_data("check", {(root_ / "filed").string(), "--format", "json", "-o", (root_ / "r.json").string(),
                                             "--report", "similar:" + csv.string(), "--lang", "en", "--quiet"});
  ASSERT_NE(run.code, 2) << run.err;
  const std::vector<std::string> lines = rows(csv);
  ASSERT_EQ(lines.size(), 21u) << read_whole(csv.string());
  EXPECT_EQ(lines[0], "\xEF\xBB\xBFsimilarity,cluster,path_a,title_a,organisation_a,path_b,title_b,organisation_b,method\r");
  testing::PlanGenerator names(7);
  for (int i = 0; i < 20; ++i) {
    const std::string& row = lines[static_cast<std::size_t>(i) + 1];
    std::string n = std::to_string(i);
    n.insert(n.begin(), 3 - n.size(), '0');
    // Sorted by the first plan's path: copy-000 … copy-019 paired with plan-000 … plan-019.
    EXPECT_NE(row.find("/copy-" + n + ".md"), std::string::npos) << row;
    EXPECT_NE(row.find("/plan-" + n + ".md"), std::string::npos) << row;
    EXPECT_NE(row.find(names.organisation(static_cast<std::size_t>(i))), std::string::npos) << row;
    EXPECT_NE(row.find(names.organisation(30 + static_cast<std::size_t>(i))), std::string::npos) << row;
    EXPECT_GE(std::stod(row.substr(0, row.find(','))), 0.9) << row;
    EXPECT_NE(row.find(",exact\r"), std::string::npos) << row;
  }

  // The JSON report is the same with or without the comparison.
  const Outcome plain = run_with_data("check", {(root_ / "filed").string(), "--format", "json", "-o",
                                               (root_ / "plain.json").string(), "--lang", "en", "--quiet"});
  ASSERT_NE(plain.code, 2) << plain.err;
  EXPECT_EQ(read_whole((root_ / "r.json").string()), read_whole((root_ / "plain.json").string()));

  // Same input, same bytes (whatever the number of threads).
  const Outcome again = run_with_data("check", {(root_ / "filed").string(), "--format", "json", "-o", "/dev/null", "--jobs", "1",
                                               "--report", "similar:" + (root_ / "again.csv").string(), "--lang", "en"});
  ASSERT_NE(again.code, 2) << again.err;
  EXPECT_EQ(read_whole((root_ / "again.csv").string()), read_whole(csv.string()));
}

TEST_F(NearIdentical, ThresholdAndDashboardSection) {
  // At 0.999 no planted pair qualifies (their names differ); the dashboard says so in its section.
  const fs::path csv = root_ / "strict.csv";
  const Outcome strict = run_with_data("check", {(root_ / "filed").string(), "--format", "json", "-o", "/dev/null",
                                                "--similar-threshold", "0.999", "--report", "similar:" + csv.string(),
                                                "--report", "dashboard:" + (root_ / "dash").string()});
  ASSERT_NE(strict.code, 2) << strict.err;
  EXPECT_EQ(rows(csv).size(), 1u);
  const std::string strict_page = read_whole((root_ / "dash" / "index.html").string());
  EXPECT_NE(strict_page.find("近似相同的预案"), std::string::npos);
  EXPECT_NE(strict_page.find("没有相似度达到 0.999 的两份预案"), std::string::npos);

  const Outcome run = run_with_data("check", {(root_ / "filed").string(), "--format", "json", "-o", "/dev/null", "--lang", "en",
                                             "--report", "dashboard:" + (root_ / "dash").string()});
  ASSERT_NE(run.code, 2) << run.err;
  const std::string page = read_whole((root_ / "dash" / "index.html").string());
  EXPECT_NE(page.find("Near-identical filings"), std::string::npos);
  EXPECT_NE(page.find("0.900 or more: 20 clusters, 20 pairs"), std::string::npos) << page.substr(page.find("Near-identical"), 400);
}

TEST_F(NearIdentical, BadThresholdAndMergeAreUsageErrors) {
  for (const char* bad : {"0", "1.5", "x", "0.9.1"}) {
    const Outcome run = run_with_data("check", {(root_ / "filed").string(), "--similar-threshold", bad});
    EXPECT_EQ(run.code, 2) << bad;
    EXPECT_NE(run.err.find("--similar-threshold"), std::string::npos) << run.err;
  }
  const Outcome shard = run_with_data("check", {(root_ / "filed").string(), "--format", "json", "-o", (root_ / "s.json").string()});
  ASSERT_NE(shard.code, 2) << shard.err;
  const Outcome merge = run_plancheck({"merge", (root_ / "s.json").string(), "--report", "similar:" + (root_ / "m.csv").string(),
                                       "--lang", "en"});
  EXPECT_EQ(merge.code, 2);
  EXPECT_NE(merge.err.find("the similar report compares the plans' texts"), std::string::npos) << merge.err;
  EXPECT_FALSE(fs::exists(root_ / "m.csv"));
}

}  // namespace
}  // namespace plancheck::e2e
