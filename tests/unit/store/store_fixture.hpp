// Helpers for the results-store tests: a fresh database per test and small plan results.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "../../support/test_folder.hpp"
#include "core/result.hpp"
#include "store/results_store.hpp"

namespace plancheck::store::testing {

// A database path with no database yet, in a folder of the test's own that goes when this object does: with
// it go the database and the -wal and -shm files SQLite keeps beside it, which a path in /tmp itself left behind
// after every run. Declare it before the databases opened on its path, so that they are closed first.
class FreshDb {
 public:
  const std::string& path() const { return path_; }

 private:
  plancheck::testing::TestFolder folder_{"plancheck-store"};
  std::string path_ = (folder_.path() / "results.db").string();
};

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
