// The batch end to end: a folder of good and broken plans, any --jobs, every file once, errors kept,
// exit codes per --errors-exit-code, extra --report outputs, shards merged back into one report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "../support/test_folder.hpp"
#include "../support/test_names.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A folder of three real plans and three broken files, removed when the test ends.
class BatchFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir() / "sub");
    const fs::path seeds = fs::path(PLANCHECK_TEST_DATA) / "seeds";
    fs::copy_file(seeds / "002_miit.txt", dir() / "a_miit.txt");
    fs::copy_file(seeds / "003_xinzhou.txt", dir() / "sub" / "b_xinzhou.txt");
    fs::copy_file(seeds / "004_chongqing.txt", dir() / "c_chongqing.md");
    const std::string xinzhou = read_whole((seeds / "003_xinzhou.txt").string());
    std::string binary;
    for (int i = 0; i < 512; ++i) binary += static_cast<char>(i % 256);
    write_bytes(dir() / "d_binary.txt", binary);
    // Valid UTF-8 cut in the middle of a character, then more text: undecodable in every encoding.
    write_bytes(dir() / "e_truncated.txt", xinzhou.substr(0, 600) + "\xe4\xb8" + xinzhou.substr(600, 600));
    write_bytes(dir() / "f_bad.xml", "<?xml version=\"1.0\"?>\n<plan><title>x</title>\n<section>");
  }

  fs::path dir() const { return root_ / "plans"; }
  std::string out(const std::string& name) const { return (root_ / name).string(); }

  Outcome check(std::vector<std::string> args) {
    args.insert(args.begin(), dir().string());
    return run_with_data("check", std::move(args));
  }

  static const std::set<std::string>& broken() {
    static const std::set<std::string> names = {"d_binary.txt", "e_truncated.txt", "f_bad.xml"};
    return names;
  }

  plancheck::testing::TestFolder folder_{"plancheck-batch"};
  const fs::path root_ = folder_.path();
};

TEST_F(BatchFolder, JobsOneAndTwoGiveByteIdenticalJsonWithEveryFileOnce) {
  const Outcome one = check({"--format", "json", "--jobs", "1", "--fail-on", "never"});
  const Outcome two = check({"--format", "json", "--jobs", "2", "--fail-on", "never"});
  EXPECT_EQ(one.code, 2) << one.err;
  EXPECT_EQ(two.code, 2) << two.err;
  ASSERT_EQ(one.out, two.out);
  const Json doc = Json::parse(one.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  std::vector<std::string> seen;
  for (const Json& plan : doc["plans"]) {
    const std::string name = fs::path(plan["path"].get<std::string>()).filename().string();
    seen.push_back(name);
    EXPECT_EQ(!plan["error"].is_null(), broken().count(name) == 1) << name;
    if (!plan["error"].is_null()) {
      EXPECT_FALSE(plan["error"]["message"].get<std::string>().empty()) << name;
    }
  }
  const std::vector<std::string> expected = {"a_miit.txt", "c_chongqing.md", "d_binary.txt", "e_truncated.txt",
                                             "f_bad.xml", "b_xinzhou.txt"};  // path order: "sub/" after "f_"
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(doc["summary"]["plans"], 6);
  EXPECT_EQ(doc["summary"]["checked"], 3);
  EXPECT_EQ(doc["summary"]["errors"], 3);
  // Each broken plan is also named on stderr, since the report went elsewhere than a terminal text report.
  for (const std::string& name : broken()) EXPECT_NE(one.err.find(name), std::string::npos) << name;
}

struct ExitCase {
  std::vector<std::string> args;
  int code;
};

std::ostream& operator<<(std::ostream& os, const ExitCase& c) { return os << ::testing::PrintToString(c.args); }

class ErrorsExitCode : public BatchFolder, public ::testing::WithParamInterface<ExitCase> {};

TEST_P(ErrorsExitCode, LetsRegulatorsChooseOneOrZero) {
  std::vector<std::string> args = GetParam().args;
  args.insert(args.end(), {"--format", "json", "--jobs", "2"});
  EXPECT_EQ(check(args).code, GetParam().code);
}

INSTANTIATE_TEST_SUITE_P(Batch, ErrorsExitCode,
                         ::testing::Values(ExitCase{{"--fail-on", "never"}, 2},
                                           ExitCase{{"--fail-on", "never", "--errors-exit-code", "1"}, 1},
                                           ExitCase{{"--fail-on", "never", "--errors-exit-code", "0"}, 0},
                                           // findings at --fail-on still give 1
                                           ExitCase{{"--errors-exit-code", "0"}, 1},
                                           // not an allowed value: a usage error
                                           ExitCase{{"--errors-exit-code", "3"}, 2}),
                         [](const auto& info) {
                           return plancheck::testing::numbered_name(info.index, plancheck::testing::joined(info.param.args));
                         });

TEST_F(BatchFolder, EveryReportIsWrittenWholeAndAlike) {
  const Outcome run = check({"--format", "json", "-o", out("main.json"), "--report", "json:" + out("extra.json"),
                             "--report", "text:" + out("report.txt"), "--fail-on", "never"});
  EXPECT_EQ(run.code, 2) << run.err;
  EXPECT_EQ(run.out, "");
  const std::string main = read_whole(out("main.json"));
  EXPECT_FALSE(main.empty());
  EXPECT_EQ(read_whole(out("extra.json")), main);
  const std::string text = read_whole(out("report.txt"));
  for (const std::string& name : broken()) EXPECT_NE(text.find(name), std::string::npos) << name;
  // No temporary files are left beside the reports.
  for (const auto& entry : fs::directory_iterator(root_)) {
    EXPECT_NE(entry.path().filename().string().front(), '.') << entry.path();
  }
}

// -o - is standard output, as without -o: no file named "-" is made.
TEST_F(BatchFolder, OutputDashIsStandardOutput) {
  const Outcome to_file = check({"--format", "json", "-o", out("main.json"), "--fail-on", "never"});
  const Outcome dash = check({"--format", "json", "-o", "-", "--fail-on", "never"});
  EXPECT_EQ(dash.code, to_file.code) << dash.err;
  EXPECT_EQ(dash.out, read_whole(out("main.json")));
  EXPECT_FALSE(fs::exists("-"));
}

TEST_F(BatchFolder, UnknownReportFormatIsAUsageErrorAndWritesNothing) {
  const Outcome run = check({"--report", "nosuch:" + out("x"), "-o", out("main.txt")});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("--report"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(out("x")));
  EXPECT_FALSE(fs::exists(out("main.txt")));
}

TEST_F(BatchFolder, ShardsPartitionTheBatchAndMergeIntoTheWholeReport) {
  const Outcome whole = check({"--format", "json", "--fail-on", "never", "-o", out("whole.json")});
  ASSERT_EQ(whole.code, 2) << whole.err;
  std::vector<std::string> merge_args = {"--format", "json"};
  std::size_t plans = 0;
  for (const char* shard : {"1/2", "2/2"}) {
    const std::string name = out(std::string("shard") + shard[0] + ".json");
    check({"--format", "json", "--fail-on", "never", "--shard", shard, "-o", name});
    const Json doc = Json::parse(read_whole(name), nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << shard;
    plans += doc["plans"].size();
    merge_args.push_back(name);
  }
  EXPECT_EQ(plans, 6u);
  const Outcome merged = run_plancheck([&] {
    std::vector<std::string> args = {"merge"};
    args.insert(args.end(), merge_args.begin(), merge_args.end());
    return args;
  }());
  EXPECT_EQ(merged.code, 0) << merged.err;
  EXPECT_EQ(merged.out, read_whole(out("whole.json")));
}

TEST_F(BatchFolder, MergeRefusesOverlappingShards) {
  check({"--format", "json", "--fail-on", "never", "-o", out("whole.json")});
  const Outcome merged =
      run_plancheck({"merge", out("whole.json"), out("whole.json"), "-o", out("merged.json"), "--lang", "en"});
  EXPECT_EQ(merged.code, 2);
  EXPECT_NE(merged.err.find("overlap"), std::string::npos) << merged.err;
  EXPECT_FALSE(fs::exists(out("merged.json")));
}

}  // namespace
}  // namespace plancheck::e2e
