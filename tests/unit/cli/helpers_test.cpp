#include <gtest/gtest.h>

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <map>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../../support/test_folder.hpp"
#include "../../support/test_names.hpp"
#include "batch/discover.hpp"
#include "batch/score.hpp"
#include "cli/output_file.hpp"
#include "cli/report_file.hpp"
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
                      RootCase{"no markup at all", ""}, RootCase{"<!-- unterminated", ""}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.root); });

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
        ScoreCase{{result(Status::Fail, Severity::Warning)}, 0}),
    [](const auto& info) {
      return plancheck::testing::numbered_name(info.index, std::to_string(info.param.expected));
    });

class TempDir : public ::testing::Test {
 protected:
  void touch(const std::string& rel) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel) << "x";
  }
  std::string path(const std::string& rel) const { return (dir_ / rel).generic_string(); }
  plancheck::testing::TestFolder folder_{"plancheck-cli-test"};
  const fs::path dir_ = folder_.path();
};

TEST_F(TempDir, DiscoverWalksFoldersSortedAndKeepsNamedFiles) {
  for (const char* f : {"b/plan.md", "a.txt", "b/a/deep.XML", "notes.rtf", "c.markdown", ".hidden/x.png"}) touch(f);
  const auto found = batch::discover({path("notes.rtf"), dir_.string(), path("missing.txt")}, Lang::En);
  const auto& inputs = found.inputs;
  std::vector<std::string> paths;
  for (const auto& in : inputs) paths.push_back(in.path);
  EXPECT_EQ(paths, (std::vector<std::string>{path("notes.rtf"), path("a.txt"), path("b/a/deep.XML"), path("b/plan.md"),
                                             path("c.markdown"), path("missing.txt")}));
  for (std::size_t i = 0; i + 1 < inputs.size(); ++i) EXPECT_FALSE(inputs[i].error) << inputs[i].path;
  ASSERT_TRUE(inputs.back().error);
  EXPECT_EQ(inputs.back().error->file, path("missing.txt"));
  EXPECT_EQ(inputs.back().error->message.text(Lang::En), "no such file or directory");
  EXPECT_EQ(found.skipped, (std::map<std::string, std::size_t>{{".png", 1}, {".rtf", 1}}));
}

TEST_F(TempDir, DiscoverTakesAFileReachedTwiceOnce) {
  touch("plans/a.md");
  touch("plans/b.txt");
  fs::create_symlink(dir_ / "plans" / "a.md", dir_ / "plans" / "c-link.md");
  const auto found = batch::discover({path("plans"), path("plans/a.md"), path("plans/../plans/b.txt"), "-", "-"}, Lang::En);
  std::vector<std::string> paths;
  for (const auto& in : found.inputs) paths.push_back(in.path);
  EXPECT_EQ(paths, (std::vector<std::string>{path("plans/a.md"), path("plans/b.txt"), "<stdin>"}));
  EXPECT_TRUE(found.inputs.back().from_stdin);
}

// Nothing under a folder is dropped in silence: what cannot be followed is an error entry.
TEST_F(TempDir, DiscoverReportsDanglingAndLoopingLinksAndFollowsLinkedFoldersOnce) {
  touch("plans/a.md");
  touch("elsewhere/deep/b.md");
  fs::create_symlink(dir_ / "elsewhere", dir_ / "plans" / "linked");
  fs::create_symlink(dir_ / "elsewhere", dir_ / "plans" / "linked-again");
  fs::create_symlink(dir_ / "nowhere.md", dir_ / "plans" / "dangling.md");
  fs::create_directory_symlink(dir_ / "plans", dir_ / "plans" / "loop");
  fs::create_symlink(dir_ / "plans" / "self", dir_ / "plans" / "self");  // a link to itself: ELOOP
  const auto found = batch::discover({path("plans")}, Lang::En);
  std::vector<std::string> paths;
  std::vector<std::string> errors;
  for (const auto& in : found.inputs) {
    paths.push_back(in.path);
    if (in.error) errors.push_back(in.path + ": " + in.error->message.text(Lang::En));
  }
  EXPECT_EQ(paths, (std::vector<std::string>{path("plans/a.md"), path("plans/dangling.md"), path("plans/linked/deep/b.md"),
                                             path("plans/loop"), path("plans/self")}));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_NE(errors[0].find("does not exist"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("loop"), std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("Too many levels of symbolic links"), std::string::npos) << errors[2];
}

// A folder discovery cannot enter: as root every mode is readable, so a path longer than PATH_MAX (which
// no one can open) stands in for it; the plan below it becomes an error entry, never a silent loss.
TEST_F(TempDir, DiscoverReportsAFolderItCannotEnter) {
  const std::string component(200, 'd');
  int fd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY);
  ASSERT_GE(fd, 0);
  for (int depth = 0; depth < 25; ++depth) {  // 25 × 201 bytes: well over PATH_MAX
    ASSERT_EQ(::mkdirat(fd, component.c_str(), 0755), 0);
    const int next = ::openat(fd, component.c_str(), O_RDONLY | O_DIRECTORY);
    ::close(fd);
    ASSERT_GE(next, 0);
    fd = next;
  }
  ::close(::openat(fd, "plan.md", O_WRONLY | O_CREAT, 0644));
  ::close(fd);
  const auto found = batch::discover({dir_.string()}, Lang::En);
  ASSERT_EQ(std::system(("rm -rf " + dir_.string() + "/" + component).c_str()), 0);  // too deep for remove_all
  ASSERT_FALSE(found.inputs.empty());
  const auto& last = found.inputs.back();
  ASSERT_TRUE(last.error);
  EXPECT_NE(last.error->message.text(Lang::En).find("cannot"), std::string::npos) << last.error->message.text(Lang::En);
  EXPECT_GT(last.path.size(), std::size_t{PATH_MAX} - 300);
}

TEST_F(TempDir, DiscoverReportsAnUnreadableFolderWhenNotRoot) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every folder; DiscoverReportsAFolderItCannotEnter covers this";
  touch("plans/locked/a.md");
  fs::permissions(dir_ / "plans" / "locked", fs::perms::none);
  const auto found = batch::discover({path("plans")}, Lang::En);
  fs::permissions(dir_ / "plans" / "locked", fs::perms::owner_all);
  ASSERT_EQ(found.inputs.size(), 1u);
  ASSERT_TRUE(found.inputs[0].error);
  EXPECT_EQ(found.inputs[0].path, path("plans/locked"));
}

TEST_F(TempDir, AtomicWriteReplacesWholeFileAndLeavesNoTemporary) {
  const std::string target = path("report.json");
  std::ofstream(target) << "old";
  ASSERT_FALSE(cli::write_file_atomically(target, "new report\n", Lang::En));
  std::ifstream in(target);
  std::stringstream content;
  content << in.rdbuf();
  EXPECT_EQ(content.str(), "new report\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(TempDir, AtomicWriteIntoAMissingFolderCreatesIt) {
  ASSERT_FALSE(cli::write_file_atomically(path("no/such/folder/r.json"), "x", Lang::En));
  std::ifstream in(path("no/such/folder/r.json"));
  std::stringstream content;
  content << in.rdbuf();
  EXPECT_EQ(content.str(), "x");
}

TEST_F(TempDir, AReportFileDiscardedRemovesTheFoldersItMade) {
  touch("kept/x.txt");
  {
    auto file = cli::ReportFile::create(path("kept/new/deeper/r.json"), Lang::En);
    ASSERT_TRUE(file);
    file.value()->stream() << "half a report";
    EXPECT_TRUE(fs::is_directory(path("kept/new/deeper")));
  }  // destroyed without commit
  EXPECT_FALSE(fs::exists(path("kept/new")));
  EXPECT_TRUE(fs::exists(path("kept/x.txt")));
}

TEST_F(TempDir, AReportFileCannotReplaceAFolder) {
  touch("folder/x.txt");
  auto file = cli::ReportFile::create(path("folder"), Lang::En);
  ASSERT_FALSE(file);
  EXPECT_EQ(file.error().file, path("folder"));
  EXPECT_NE(file.error().message.text(Lang::En).find("Is a directory"), std::string::npos) << file.error().message.text(Lang::En);
  EXPECT_TRUE(fs::exists(path("folder/x.txt")));
}

TEST_F(TempDir, AFullDeviceIsAnErrorWithItsCause) {
  auto file = cli::ReportFile::create("/dev/full", Lang::En);
  ASSERT_TRUE(file);
  file.value()->stream() << std::string(100000, 'x');
  const auto error = file.value()->commit();
  ASSERT_TRUE(error);
  EXPECT_EQ(error->file, "/dev/full");
  EXPECT_NE(error->message.text(Lang::En).find("No space left on device"), std::string::npos) << error->message.text(Lang::En);
  struct stat st {};
  ASSERT_EQ(::stat("/dev/full", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
}

}  // namespace
}  // namespace plancheck
