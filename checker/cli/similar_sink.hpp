// `--report similar:FILE.csv`: the pairs of near-identical plans of a run (report/similarity.hpp), written
// as one report file is (report_file.hpp: whole or not at all, through a temporary file beside it).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/report_file.hpp"
#include "report/plan_sink.hpp"
#include "report/similarity.hpp"

namespace plancheck::cli {

// Keeps each checked plan's signature (PlanResult::minhash) as it passes, and at finish() writes every
// pair whose similarity is at least `threshold`, reading the candidates' texts again through `load`.
class SimilarSink final : public report::PlanSink {
 public:
  SimilarSink(std::string path, double threshold, report::ShingleLoader load, Lang lang);

  std::optional<ToolError> begin(const report::RunInfo& run) override;
  void plan(const PlanResult& plan) override;
  std::optional<ToolError> finish(const report::RunTally& totals) override;
  void abort() override;

 private:
  std::string path_;
  double threshold_;
  report::ShingleLoader load_;
  Lang lang_;
  std::unique_ptr<ReportFile> file_;
  std::vector<report::SimilarPlan> plans_;
};

}  // namespace plancheck::cli
