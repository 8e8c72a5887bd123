// Replays every committed fuzz input — the seed corpora and every input that ever failed — through the
// fuzz targets' own entry points, in every build (so also under GCC and the sanitizer build of CI).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"

namespace {

namespace fs = std::filesystem;
using plancheck::fuzz::Target;

const fs::path kFuzzDir = fs::path(PLANCHECK_SOURCE_DIR) / "fuzz";

struct InvariantViolation : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void throw_violation(const std::string& message) { throw InvariantViolation(message); }

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Runs `target` on every file of `dir`; returns how many there were.
std::size_t replay(const Target& target, const fs::path& dir) {
  plancheck::fuzz::set_failure_handler(throw_violation);
  const std::vector<fs::path> files = files_in(dir);
  for (const fs::path& file : files) {
    try {
      target.run(read_bytes(file));
    } catch (const std::exception& e) {
      ADD_FAILURE() << file.string() << ": " << e.what();
    }
  }
  plancheck::fuzz::set_failure_handler(nullptr);
  return files.size();
}

class Replay : public testing::TestWithParam<Target> {};

TEST_P(Replay, SeedCorpusKeepsEveryInvariant) {
  EXPECT_GT(replay(GetParam(), kFuzzDir / "corpus" / std::string(GetParam().name)), 0u)
      << "every target has a seed corpus in fuzz/corpus/" << GetParam().name;
}

TEST_P(Replay, PastFailuresStayFixed) {
  // fuzz/regressions/<target>/ holds every input that once crashed, hung or broke an invariant.
  replay(GetParam(), kFuzzDir / "regressions" / std::string(GetParam().name));
}

INSTANTIATE_TEST_SUITE_P(Targets, Replay, testing::ValuesIn(plancheck::fuzz::targets()),
                         [](const testing::TestParamInfo<Target>& info) { return std::string(info.param.name); });

TEST(FuzzLayout, EveryInputFolderNamesATarget) {
  for (const char* kind : {"corpus", "regressions"}) {
    if (!fs::is_directory(kFuzzDir / kind)) continue;
    for (const fs::directory_entry& e : fs::directory_iterator(kFuzzDir / kind)) {
      EXPECT_NE(plancheck::fuzz::find_target(e.path().filename().string()), nullptr)
          << e.path().string() << " names no target of fuzz/targets.cpp";
    }
  }
}

TEST(FuzzLayout, AViolationIsReportedNotIgnored) {
  plancheck::fuzz::set_failure_handler(throw_violation);
  EXPECT_THROW(plancheck::fuzz::require(false, "a test invariant"), InvariantViolation);
  EXPECT_NO_THROW(plancheck::fuzz::require(true, "a test invariant"));
  plancheck::fuzz::set_failure_handler(nullptr);
}

}  // namespace
