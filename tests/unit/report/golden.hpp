// Comparing a writer's output with a committed expected file; PLANCHECK_UPDATE_GOLDEN=1 rewrites it.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace plancheck::report::testing {

inline std::string golden_path(const std::string& name) {
  return std::string(PLANCHECK_SOURCE_DIR) + "/tests/unit/report/golden/" + name;
}

// Compares `actual` with the file at `path` (any folder of the tests).
inline void expect_golden_file(const std::string& path, const std::string& actual) {
  const char* update = std::getenv("PLANCHECK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden file " << path << " (run with PLANCHECK_UPDATE_GOLDEN=1)";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual) << "output differs from " << path
                                    << " (if intended, rerun with PLANCHECK_UPDATE_GOLDEN=1 and review the diff)";
}

inline void expect_golden(const std::string& name, const std::string& actual) {
  expect_golden_file(golden_path(name), actual);
}

}  // namespace plancheck::report::testing
