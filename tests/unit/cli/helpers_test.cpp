#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "batch/discover.hpp"
#include "batch/score.hpp"
#include "cli/output_file.hpp"
#include "cli/xml_root.hpp"

namespace plancheck {
namespace {

namespace fs = std::filesystem;

struct RootCase {
  const char* xml;
  const char* root;
};

class XmlRootTest : public ::testing::TestWithParam<RootCase> {};

TEST_P(XmlRootTest, FindsTheFirstElement) { EXPECT_EQ(cli::xml_root_name(GetParam().xml), GetParam().root); }

INSTANTIATE_TEST_SUITE_P(
    Table, XmlRootTest,
    ::testing::Values(RootCase{"<plan/>", "plan"},
                      RootCase{"<?xml version=\"1.0\"?>\n<!-- <ruleset> --><ruleset id=\"x\">", "ruleset"},
                      RootCase{"<!DOCTYPE plan [<!ENTITY a \"b\">]>\n<plan>", "plan"},
                      RootCase{"<p:plan xmlns:p=\"urn:plancheck:plan:1\">", "plan"},
                      RootCase{"no markup at all", ""}, RootCase{"<!-- unterminated", ""}));

RuleResult result(Status status, Severity severity) {
  RuleResult r;
  r.status = status;
  r.severity = severity;
  return r;
}

struct ScoreCase {
  std::vector<RuleResult> results;
  int expected;
};

class ScoreTest : public ::testing::TestWithParam<ScoreCase> {};

TEST_P(ScoreTest, WeighsBySeverity) { EXPECT_EQ(batch::score(GetParam().results), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Table, ScoreTest,
    ::testing::Values(
        ScoreCase{{}, 100},
        ScoreCase{{result(Status::NotApplicable, Severity::Error), result(Status::Waived, Severity::Error)}, 100},
        ScoreCase{{result(Status::Pass, Severity::Error), result(Status::Fail, Severity::Error)}, 50},
        // 3 passed of 3 + 1 applicable → 75; the waived error is left out of both.
        ScoreCase{{result(Status::Pass, Severity::Error), result(Status::Fail, Severity::Info),
                   result(Status::Waived, Severity::Error)},
                  75},
        // 1 of 1 + 2 + 3 → 16.67 → 17 (rounded, not truncated).
        ScoreCase{{result(Status::Pass, Severity::Info), result(Status::Fail, Severity::Warning),
                   result(Status::Fail, Severity::Error)},
                  17},
        ScoreCase{{result(Status::Fail, Severity::Warning)}, 0}));

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("plancheck-cli-test-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void touch(const std::string& rel) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel) << "x";
  }
  std::string path(const std::string& rel) const { return (dir_ / rel).generic_string(); }
  fs::path dir_;
};

TEST_F(TempDir, DiscoverWalksFoldersSortedAndKeepsNamedFiles) {
  for (const char* f : {"b/plan.md", "a.txt", "b/a/deep.XML", "notes.docx", "c.markdown", ".hidden/x.pdf"}) touch(f);
  const auto inputs = batch::discover({path("notes.docx"), dir_.string(), path("missing.txt")}, Lang::En);
  std::vector<std::string> paths;
  for (const auto& in : inputs) paths.push_back(in.path);
  EXPECT_EQ(paths, (std::vector<std::string>{path("notes.docx"), path("a.txt"), path("b/a/deep.XML"), path("b/plan.md"),
                                             path("c.markdown"), path("missing.txt")}));
  for (std::size_t i = 0; i + 1 < inputs.size(); ++i) EXPECT_FALSE(inputs[i].error) << inputs[i].path;
  ASSERT_TRUE(inputs.back().error);
  EXPECT_EQ(inputs.back().error->file, path("missing.txt"));
  EXPECT_EQ(inputs.back().error->message, "no such file or directory");
}

TEST_F(TempDir, AtomicWriteReplacesWholeFileAndLeavesNoTemporary) {
  const std::string target = path("report.json");
  std::ofstream(target) << "old";
  ASSERT_FALSE(cli::write_file_atomically(target, "new report\n"));
  std::ifstream in(target);
  std::stringstream content;
  content << in.rdbuf();
  EXPECT_EQ(content.str(), "new report\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(TempDir, AtomicWriteIntoAMissingFolderFailsWithoutWriting) {
  const auto error = cli::write_file_atomically(path("no/such/folder/r.json"), "x");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->file, path("no/such/folder/r.json"));
  EXPECT_FALSE(fs::exists(path("no")));
}

}  // namespace
}  // namespace plancheck
