// `--report dashboard:DIR`: the batch dashboard as an output of a run. DIR receives index.html,
// summary.csv and plans/NNNNN-name.html (each plan's own HTML report, when that format is built in).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "report/plan_sink.hpp"
#include "report/dashboard_data.hpp"
#include "report/formats.hpp"
#include "report/similarity.hpp"

namespace plancheck::report {

// The file name of the `index`-th plan's report under plans/: numbered so names never collide, and plain
// ASCII so the link needs no escaping, e.g. "00003-xinzhou-plan.txt.html".
std::string plan_report_name(std::size_t index, std::string_view path);

// Writes everything into a staging folder beside DIR and swaps it in at finish(), so DIR is the previous
// dashboard or the complete new one, never a mix; abort() removes the staging folder. DIR is replaced only
// when it is missing, empty, or a dashboard plancheck made (it holds the marker file .plancheck-dashboard);
// any other DIR is an error at begin() (and again at finish()) and is left untouched.
class DashboardSink final : public PlanSink {
 public:
  DashboardSink(std::string dir, WriterOptions options);
  ~DashboardSink() override;

  // Adds the section of near-identical filings: plans whose texts are `threshold` similar or more (the
  // plans need PlanResult::minhash; `load` reads a plan's shingles again for the exact measure).
  void compare_texts(double threshold, ShingleLoader load);

  std::optional<ToolError> begin(const RunInfo& run) override;
  void plan(const PlanResult& plan) override;
  std::optional<ToolError> finish(const RunTally& totals) override;
  void abort() override;

 private:
  std::string plan_report(const PlanResult& plan);

  std::string dir_;
  std::string staging_;
  WriterOptions options_;
  RunInfo run_;
  std::unique_ptr<Writer> plan_writer_;  // null when the html format is not built in
  DashboardData data_;
  std::optional<double> similar_threshold_;  // set by compare_texts
  ShingleLoader load_shingles_;
  std::vector<SimilarPlan> similar_plans_;
  std::optional<ToolError> failure_;
};

}  // namespace plancheck::report
