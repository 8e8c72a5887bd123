// What goes into a run is never lost or mangled: file names that are not UTF-8 keep their bytes through
// baseline, merge and history; discovery reports what it cannot follow; a folder with no plan is an
// error; a file reached twice is checked once; `-` reads standard input; CR-only line ends are line ends.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

class Inputs : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir());
    xinzhou_ = read_whole(std::string(PLANCHECK_SOURCE_DIR) + "/samples/xinzhou-plan.txt");
  }

  fs::path dir() const { return root_ / "plans"; }
  std::string out(const std::string& name) const { return (root_ / name).string(); }
  void write(const fs::path& path, const std::string& bytes) const { std::ofstream(path, std::ios::binary) << bytes; }
  static Json json_of(const std::string& path) { return Json::parse(read_whole(path)); }

  plancheck::testing::TestFolder folder_{"plancheck-inputs"};
  const fs::path root_ = folder_.path();
  std::string xinzhou_;
};

// Two GBK names (案例.txt, 预案.txt) that would both become "��.txt" if decoded lossily.
TEST_F(Inputs, NamesThatAreNotUtf8KeepTheirBytesThroughBaselineMergeAndHistory) {
  const std::string name_a = "\xB0\xB8\xC0\xFD.txt";
  const std::string name_b = "\xD4\xA4\xB0\xB8.txt";
  write(dir() / name_a, xinzhou_);
  write(dir() / name_b, xinzhou_);
  const Outcome run = run_with_data("check", {dir().string(), "--format", "json", "-o", out("r.json"), "--db", out("r.db"),
                                              "--report", "text:" + out("r.txt"), "--report", "csv:" + out("r.csv")});
  ASSERT_EQ(run.code, 1) << run.err;
  const std::string raw = read_whole(out("r.json"));
  const Json report = Json::parse(raw);  // strict parse: any invalid UTF-8 would throw
  ASSERT_EQ(report["plans"].size(), 2u);
  std::set<std::string> exact;
  for (const Json& p : report["plans"]) {
    ASSERT_TRUE(p.contains("path_bytes")) << p["path"];
    std::string bytes;
    const std::string hex = p["path_bytes"];
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    exact.insert(fs::path(bytes).filename().string());
    EXPECT_NE(p["path"].get<std::string>().find("\\x"), std::string::npos) << p["path"];
  }
  EXPECT_EQ(exact, (std::set<std::string>{name_a, name_b}));
  for (const char* name : {"r.txt", "r.csv"}) {
    const std::string text = read_whole(out(name));
    EXPECT_NO_THROW((void)Json(text).dump(-1, ' ', false, Json::error_handler_t::strict)) << name;
  }

  // Compared with its own report as baseline, nothing is new.
  const Outcome again = run_with_data("check", {dir().string(), "--format", "json", "-o", out("again.json"),
                                                "--baseline", out("r.json"), "--db", out("r.db")});
  ASSERT_EQ(again.code, 1) << again.err;
  int marked = 0;
  const Json compared = json_of(out("again.json"));
  for (const Json& p : compared["plans"]) {
    for (const Json& r : p["results"]) {
      for (const Json& f : r["findings"]) {
        EXPECT_EQ(f["baseline"], "unchanged") << p["path"] << " " << r["rule"];
        ++marked;
      }
    }
  }
  EXPECT_GT(marked, 0);

  // Two shards, one name each: merge keeps both and sees no overlap.
  for (const char* k : {"1", "2"}) {
    const Outcome shard = run_with_data("check", {dir().string(), "--format", "json", "-o", out(std::string("s") + k + ".json"),
                                                  "--shard", std::string(k) + "/2", "--errors-exit-code", "0"});
    ASSERT_LE(shard.code, 1) << shard.err;
  }
  const Outcome merged = run_plancheck({"merge", out("s1.json"), out("s2.json"), "--format", "json", "-o", out("m.json")});
  ASSERT_EQ(merged.code, 0) << merged.err;
  const Json m = json_of(out("m.json"));
  ASSERT_EQ(m["plans"].size(), 2u);
  EXPECT_EQ(m["plans"][0]["path_bytes"], report["plans"][0]["path_bytes"]);
  EXPECT_EQ(m["plans"][1]["path_bytes"], report["plans"][1]["path_bytes"]);
  // Merging a report with itself is still an overlap.
  EXPECT_EQ(run_plancheck({"merge", out("r.json"), out("r.json")}).code, 2);

  // The store keeps the exact names; history matches them and prints valid JSON.
  const Outcome history = run_plancheck({"history", "--db", out("r.db"), "--format", "json", "-v"});
  ASSERT_EQ(history.code, 0) << history.err;
  const Json h = Json::parse(history.out);
  ASSERT_EQ(h["plans"].size(), 2u);
  for (const Json& p : h["plans"]) {
    EXPECT_EQ(p["change"], "matched");
    EXPECT_TRUE(p.contains("path_bytes"));
  }
}

TEST_F(Inputs, BrokenLinksAndLoopsAreErrorEntriesCountedInTheSummary) {
  write(dir() / "a.txt", xinzhou_);
  fs::create_symlink(root_ / "missing.txt", dir() / "gone.txt");
  fs::create_directory_symlink(dir(), dir() / "loop");
  fs::create_directories(root_ / "elsewhere");
  write(root_ / "elsewhere" / "b.txt", xinzhou_);
  fs::create_directory_symlink(root_ / "elsewhere", dir() / "linked");
  const Outcome run = run_with_data("check", {dir().string(), "--format", "json", "--lang", "en"});
  EXPECT_EQ(run.code, 2) << run.err;
  const Json report = Json::parse(run.out);
  std::map<std::string, bool> in_error;
  for (const Json& p : report["plans"]) in_error[fs::path(p["path"].get<std::string>()).lexically_relative(dir()).string()] = !p["error"].is_null();
  EXPECT_EQ(in_error, (std::map<std::string, bool>{{"a.txt", false}, {"gone.txt", true}, {"linked/b.txt", false}, {"loop", true}}));
  EXPECT_EQ(report["summary"]["plans"], 4);
  EXPECT_EQ(report["summary"]["errors"], 2);
  EXPECT_NE(run.err.find("symbolic link loop"), std::string::npos) << run.err;
}

TEST_F(Inputs, AFolderWithoutPlansIsAnErrorThatSaysWhatWasSkipped) {
  Outcome empty = run_with_data("check", {dir().string(), "--lang", "en"});
  EXPECT_EQ(empty.code, 2);
  EXPECT_NE(empty.err.find("no plan to check was found in " + dir().string()), std::string::npos) << empty.err;
  EXPECT_NE(empty.err.find("the folder is empty"), std::string::npos) << empty.err;
  const Outcome empty_zh = run_with_data("check", {dir().string()});
  EXPECT_EQ(empty_zh.code, 2);
  EXPECT_EQ(empty_zh.out, "");
  EXPECT_NE(empty_zh.err.find("plancheck: error: 在 " + dir().string() + " 中没有找到要检查的预案（跳过的文件：无，文件夹为空）"),
            std::string::npos) << empty_zh.err;
  write(dir() / "a.rtf", "x");
  write(dir() / "b.RTF", "x");
  write(dir() / "c.png", "x");
  write(dir() / "README", "x");
  const Outcome other = run_with_data("check", {dir().string(), "--format", "json"});
  EXPECT_EQ(other.code, 2);
  EXPECT_EQ(other.out, "");
  EXPECT_NE(other.err.find("没有找到要检查的预案"), std::string::npos) << other.err;
  EXPECT_NE(other.err.find("1 × （无扩展名），1 × .png，2 × .rtf"), std::string::npos) << other.err;
}

TEST_F(Inputs, AFileReachedTwiceIsCheckedOnce) {
  write(dir() / "a.txt", xinzhou_);
  const Outcome run = run_with_data("check", {dir().string(), (dir() / "a.txt").string(), "--format", "json", "--db", out("x.db")});
  ASSERT_EQ(run.code, 1) << run.err;
  const Json report = Json::parse(run.out);
  EXPECT_EQ(report["plans"].size(), 1u);
  const Outcome history = run_plancheck({"history", "--db", out("x.db"), "--format", "json"});
  ASSERT_EQ(history.code, 0) << history.err;
  EXPECT_EQ(Json::parse(history.out)["after"]["plans"], 1);
}

TEST_F(Inputs, DashReadsThePlanFromStandardInput) {
  write(dir() / "a.txt", xinzhou_);
  const std::string command = "cd " + shell_quote(PLANCHECK_SOURCE_DIR) + " && " + shell_quote(PLANCHECK_BINARY) +
                              " check --data-dir . --as-of " + kTestAsOf + " - --format json -o " + shell_quote(out("stdin.json")) + " <" +
                              shell_quote((dir() / "a.txt").string());
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
  const Json from_stdin = json_of(out("stdin.json"));
  ASSERT_EQ(from_stdin["plans"].size(), 1u);
  EXPECT_EQ(from_stdin["plans"][0]["path"], "<stdin>");
  const Json from_file = Json::parse(run_with_data("check", {(dir() / "a.txt").string(), "--format", "json"}).out);
  EXPECT_EQ(from_stdin["plans"][0]["score"], from_file["plans"][0]["score"]);
  EXPECT_EQ(from_stdin["plans"][0]["title"], from_file["plans"][0]["title"]);
}

// Old Mac exports: the same plan with CR, LF or CRLF line ends gives the same title, score and lines.
TEST_F(Inputs, CrLfAndCrlfLineEndsGiveTheSameResult) {
  std::string cr = xinzhou_;
  std::string crlf;
  for (char& c : cr) c = c == '\n' ? '\r' : c;
  for (char c : xinzhou_) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write(dir() / "1-lf.txt", xinzhou_);
  write(dir() / "2-cr.txt", cr);
  write(dir() / "3-crlf.txt", crlf);
  const Json report = Json::parse(run_with_data("check", {dir().string(), "--format", "json"}).out);
  ASSERT_EQ(report["plans"].size(), 3u);
  const Json& lf = report["plans"][0];
  for (int i = 1; i < 3; ++i) {
    const Json& other = report["plans"][i];
    EXPECT_EQ(other["title"], lf["title"]) << other["path"];
    EXPECT_FALSE(other["title"].get<std::string>().empty());
    EXPECT_EQ(other["score"], lf["score"]) << other["path"];
    EXPECT_EQ(other["results"], lf["results"]) << other["path"];  // same findings on the same lines
  }
}

}  // namespace
}  // namespace plancheck::e2e
