// A scratch folder of the running test's own under the temporary directory, removed with everything in it when
// the object goes: a test that writes files puts them in one, so that a test run leaves nothing in /tmp, not
// even when a failed ASSERT or an exception stops the test.
//
// Its name is <prefix>-<pid>-<suite>-<test>-XXXXXX, the suite's and the test's names made identifiers. A
// parameterised test is named "Name/Param": kept as it was, the '/' made the folder nest in another one
// (plancheck-x-123-Name/Param), and removing the folder left that parent behind on every run. mkdtemp fills in
// the XXXXXX and makes the folder itself, new: CTest runs the tests of one binary in parallel processes, and a
// name made from the object's address was once the same in two of them under AddressSanitizer (whose heap
// layout repeats), so one test removed the other's files. Nor is a folder of that name from an earlier run (a
// pid comes back) emptied or taken over: the object removes only the folder it made.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>  // mkdtemp
#include <unistd.h>  // getpid

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

#include "test_names.hpp"

namespace plancheck::testing {

class TestFolder {
 public:
  // Makes the folder, named after `prefix` (a name of the test's own, with no '/') and the running test.
  explicit TestFolder(const std::string& prefix) {
    std::string name = prefix + "-" + std::to_string(::getpid());
    if (const auto* test = ::testing::UnitTest::GetInstance()->current_test_info()) {
      name += "-" + identifier(test->test_suite_name()) + "-" + identifier(test->name());
    }
    std::string pattern = (std::filesystem::temp_directory_path() / (name + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp " + pattern + ": " + std::strerror(errno));
    path_ = pattern;
  }
  // The folder and all it holds. A destructor must not throw: what cannot be removed is left.
  ~TestFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TestFolder(const TestFolder&) = delete;
  TestFolder& operator=(const TestFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `file` (a path relative to the folder, whose folders are made) and returns its path.
  std::string write(const std::string& file, const std::string& text) const {
    const auto p = path_ / file;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace plancheck::testing
