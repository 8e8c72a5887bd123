// `check --db FILE`: the results database as one more output of a run, fed the same plans as the reports.
#pragma once

#include <memory>
#include <string>

#include "report/plan_sink.hpp"
#include "store/results_store.hpp"

namespace plancheck::store {

// Opens the database at begin(), stores each plan as it arrives, commits at finish(); abort() drops the
// run, so the database never holds half a run.
class StoreSink final : public report::PlanSink {
 public:
  StoreSink(std::string path, RunRecord record) : path_(std::move(path)), record_(std::move(record)) {}

  std::optional<ToolError> begin(const report::RunInfo& run) override;
  void plan(const PlanResult& plan) override;
  std::optional<ToolError> finish(const report::RunTally& totals) override;
  void abort() override;

 private:
  std::string path_;
  RunRecord record_;
  std::unique_ptr<RunWriter> writer_;
};

}  // namespace plancheck::store
