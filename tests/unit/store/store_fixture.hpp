// Helpers for the results-store tests: a fresh database path per test and small plan results.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "core/result.hpp"
#include "store/results_store.hpp"

namespace plancheck::store::testing {

// A path in the test temp folder, unique to this process and test, with no database yet.
inline std::string fresh_db_path() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string path = ::testing::TempDir() + "plancheck-store-" + std::to_string(::getpid()) + "-" +
                           info->test_suite_name() + "-" + info->name() + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  return path;
}

inline RuleResult result(const std::string& rule, Status status) {
  RuleResult r;
  r.rule = rule;
  r.status = status;
  r.severity = Severity::Error;
  if (status == Status::Fail) {
    Finding f;
    f.message = "缺少 " + rule;
    f.location = Location{10, 3, 5};
    f.section = "一、总则";
    r.findings.push_back(f);
  }
  return r;
}

inline PlanResult plan(const std::string& path, const std::string& hash, std::vector<RuleResult> results, int score) {
  PlanResult p;
  p.path = path;
  p.content_hash = hash;
  p.format = "text";
  p.encoding = "UTF-8";
  p.title = "应急预案";
  p.rulesets = {"cn-national-2017"};
  p.results = std::move(results);
  p.score = score;
  return p;
}

// Stores one run holding `plans`; fails the test on any store error.
inline void store_run(const std::string& db, const std::vector<PlanResult>& plans) {
  RunRecord record{"2024-01-01T00:00:00Z", "0.1.0", {}, {"check", "plans"}, Lang::Zh, "2026-12-03"};
  Result<std::unique_ptr<RunWriter>> writer = RunWriter::open(db, record);
  ASSERT_TRUE(writer) << writer.error().to_string(Lang::En);
  for (const PlanResult& p : plans) writer.value()->add(p);
  auto error = writer.value()->commit();
  ASSERT_FALSE(error) << error->to_string(Lang::En);
}

}  // namespace plancheck::store::testing
