// Running the built plancheck binary from a test: exit code, standard output and standard error.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace plancheck::e2e {

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

// Single-quotes an argument for /bin/sh.
inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer print when they find something. A
// sanitizer halting with exit code 1 would otherwise pass for "findings" in a test expecting 1.
inline bool has_sanitizer_report(const std::string& err) {
  for (const char* marker : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", ": runtime error: ",
                             "SUMMARY: UndefinedBehaviorSanitizer", "SUMMARY: AddressSanitizer"}) {
    if (err.find(marker) != std::string::npos) return true;
  }
  return false;
}

// Runs PLANCHECK_BINARY with `args` from the folder `dir`.
inline Outcome run_plancheck_in(const std::string& dir, const std::vector<std::string>& args) {
  const std::string err_path = "/tmp/plancheck-e2e-err-" + std::to_string(::getpid());
  std::string command = "cd " + shell_quote(dir) + " && NO_COLOR=1 " + shell_quote(PLANCHECK_BINARY);
  for (const std::string& a : args) command += " " + shell_quote(a);
  command += " 2>" + shell_quote(err_path);
  Outcome run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int status = ::pclose(pipe);
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = read_whole(err_path);
  std::remove(err_path.c_str());
  if (has_sanitizer_report(run.err)) ADD_FAILURE() << "plancheck stopped on a sanitizer report:\n" << run.err;
  return run;
}

// Runs PLANCHECK_BINARY with `args`, from the source tree so relative paths are stable in reports.
inline Outcome run_plancheck(const std::vector<std::string>& args) { return run_plancheck_in(PLANCHECK_SOURCE_DIR, args); }

// The date `check` runs are judged as of unless a test gives --as-of or --exact-rulesets: before the 2025
// reporting measures, so the expectations written for the bundled 2017 rulesets do not move with the
// calendar (a plain run today adds cn-reporting-2025; tests of that pass their own --as-of).
inline const char* kTestAsOf = "2025-06-01";

// `plancheck <command> --data-dir <source tree> args…`: the bundled data of this checkout, never an
// installed copy. `check` is dated kTestAsOf unless `args` say otherwise.
inline Outcome run_with_data(const std::string& command, std::vector<std::string> args) {
  const bool dated = std::any_of(args.begin(), args.end(), [](const std::string& a) {
    return a == "--as-of" || a.rfind("--as-of=", 0) == 0 || a == "--exact-rulesets" || a == "--help";
  });
  if (command == "check" && !dated) args.insert(args.begin(), {"--as-of", kTestAsOf});
  args.insert(args.begin(), {command, "--data-dir", PLANCHECK_SOURCE_DIR});
  return run_plancheck(args);
}

}  // namespace plancheck::e2e
