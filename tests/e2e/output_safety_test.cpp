// Reports never destroy what they are written over and are never lost silently: the dashboard replaces
// only a folder plancheck made, -o writes devices and FIFOs directly, and a report that cannot be written
// (a full disk, a closed pipe) is exit 2 with the cause.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kPlan = "samples/xinzhou-plan.txt";  // has findings: exit 1 when all goes well

// Runs `plancheck check --data-dir SRC <args>` through /bin/sh with `redirect` appended (e.g. ">/dev/full");
// standard error goes to `err`. Returns the exit code, -1 when killed by a signal.
int run_shell(const std::vector<std::string>& args, const std::string& redirect, std::string& err) {
  const std::string err_path = "/tmp/plancheck-e2e-shell-err-" + std::to_string(::getpid());
  std::string command = "cd " + shell_quote(PLANCHECK_SOURCE_DIR) + " && " + shell_quote(PLANCHECK_BINARY) +
                        " check --data-dir " + shell_quote(PLANCHECK_SOURCE_DIR);
  for (const std::string& a : args) command += " " + shell_quote(a);
  command += " " + redirect + " 2>" + shell_quote(err_path);
  const int status = std::system(command.c_str());
  err = read_whole(err_path);
  std::remove(err_path.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class OutputSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_ / "plans");
    fs::copy_file(fs::path(PLANCHECK_SOURCE_DIR) / kPlan, root_ / "plans" / "xinzhou-plan.txt");
  }

  plancheck::testing::TestFolder folder_{"plancheck-output"};
  const fs::path root_ = folder_.path();
};

TEST_F(OutputSafety, DashboardIntoTheInputFolderIsRefusedAndTheFolderLeftUntouched) {
  const Outcome run = run_with_data("check", {(root_ / "plans").string(), "--report", "dashboard:" + (root_ / "plans").string(),
                                              "--lang", "en"});
  EXPECT_EQ(run.code, 2) << run.err;
  EXPECT_NE(run.err.find((root_ / "plans").string()), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("not made by plancheck"), std::string::npos) << run.err;
  EXPECT_TRUE(fs::exists(root_ / "plans" / "xinzhou-plan.txt"));
  EXPECT_EQ(std::distance(fs::directory_iterator(root_ / "plans"), fs::directory_iterator()), 1);
  EXPECT_EQ(std::distance(fs::directory_iterator(root_), fs::directory_iterator()), 1);  // no staging left

  // A dashboard plancheck made is replaced by the next run.
  const std::string dash = (root_ / "dash").string();
  EXPECT_EQ(run_with_data("check", {(root_ / "plans").string(), "--report", "dashboard:" + dash}).code, 1);
  EXPECT_EQ(run_with_data("check", {(root_ / "plans").string(), "--report", "dashboard:" + dash}).code, 1);
  EXPECT_TRUE(fs::exists(root_ / "dash" / "index.html"));
}

TEST_F(OutputSafety, OutputToDevNullLeavesItADevice) {
  const Outcome run = run_with_data("check", {kPlan, "--format", "json", "-o", "/dev/null"});
  EXPECT_EQ(run.code, 1) << run.err;
  struct stat st {};
  ASSERT_EQ(::lstat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST_F(OutputSafety, OutputToDevStdoutPrintsTheReport) {
  const Outcome run = run_with_data("check", {kPlan, "--format", "json", "-o", "/dev/stdout"});
  EXPECT_EQ(run.code, 1) << run.err;
  EXPECT_NE(run.out.find("\"plancheck-report/1\""), std::string::npos) << run.out.substr(0, 200);
  EXPECT_TRUE(fs::is_symlink("/dev/stdout"));
}

TEST_F(OutputSafety, OutputToAFifoWritesIntoItAndKeepsIt) {
  const fs::path fifo = root_ / "report.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const fs::path copy = root_ / "copy.json";
  std::string err;
  // The reader gives up after a while, so a plancheck that never opens the FIFO cannot hang the test.
  const int code = run_shell({kPlan, "--format", "json", "-o", fifo.string()},
                             "& timeout 60 cat " + shell_quote(fifo.string()) + " >" + shell_quote(copy.string()) +
                                 "; wait $!",
                             err);
  (void)code;
  struct stat st {};
  ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_NE(read_whole(copy.string()).find("\"plancheck-report/1\""), std::string::npos) << err;
}

TEST_F(OutputSafety, OutputIntoAMissingFolderCreatesIt) {
  const fs::path target = root_ / "new" / "deeper" / "report.json";
  const Outcome run = run_with_data("check", {kPlan, "--format", "json", "-o", target.string()});
  EXPECT_EQ(run.code, 1) << run.err;
  EXPECT_NE(read_whole(target.string()).find("\"plancheck-report/1\""), std::string::npos);
}

TEST_F(OutputSafety, OutputOverALinkKeepsTheLinkAndThePermissions) {
  const fs::path real = root_ / "real.json";
  std::ofstream(real) << "old";
  fs::permissions(real, fs::perms::owner_read | fs::perms::owner_write);
  fs::create_symlink(real, root_ / "link.json");
  const Outcome run = run_with_data("check", {kPlan, "--format", "json", "-o", (root_ / "link.json").string()});
  EXPECT_EQ(run.code, 1) << run.err;
  EXPECT_TRUE(fs::is_symlink(root_ / "link.json"));
  EXPECT_NE(read_whole(real.string()).find("\"plancheck-report/1\""), std::string::npos);
  EXPECT_EQ(fs::status(real).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(OutputSafety, AFullDiskIsExitTwoWithTheCause) {
  std::string err;
  EXPECT_EQ(run_shell({kPlan, "--lang", "en"}, ">/dev/full", err), 2);
  EXPECT_NE(err.find("standard output"), std::string::npos) << err;
  EXPECT_NE(err.find("No space left on device"), std::string::npos) << err;

  EXPECT_EQ(run_shell({kPlan, "--format", "json", "-o", "/dev/full", "--lang", "en"}, "", err), 2);
  EXPECT_NE(err.find("/dev/full"), std::string::npos) << err;
  EXPECT_NE(err.find("No space left on device"), std::string::npos) << err;
}

TEST_F(OutputSafety, AClosedPipeIsExitTwoWithTheCauseNotASilentDeath) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ::close(fds[0]);  // nobody will ever read
  std::string err;
  const int code = run_shell({kPlan, "--lang", "en"}, ">&" + std::to_string(fds[1]), err);
  ::close(fds[1]);
  EXPECT_EQ(code, 2) << err;
  EXPECT_NE(err.find("Broken pipe"), std::string::npos) << err;
}

TEST_F(OutputSafety, OtherCommandsCheckStandardOutputToo) {
  const std::string command = "cd " + shell_quote(PLANCHECK_SOURCE_DIR) + " && " + shell_quote(PLANCHECK_BINARY) +
                              " rules list --data-dir . --lang en >/dev/full 2>/dev/null";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

}  // namespace
}  // namespace plancheck::e2e
