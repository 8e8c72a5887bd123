// `plancheck merge REPORT.json…`: the shard reports of one batch combined into one report, in any format.
#include "batch/report_reader.hpp"
#include "batch/shard_merge.hpp"
#include "cli/commands.hpp"
#include "cli/outputs.hpp"

namespace plancheck::cli {

int run_merge(const Options& o) {
  std::vector<report::RunReport> shards;
  shards.reserve(o.paths.size());
  for (const std::string& path : o.paths) {
    Result<report::RunReport> shard = batch::read_json_report(path);
    if (!shard) return report_tool_error(shard.error(), o.lang);
    shards.push_back(shard.take());
  }
  Result<report::RunReport> merged = batch::merge_reports(std::move(shards), o.paths, o.allow_mixed);
  if (!merged) return report_tool_error(merged.error(), o.lang);
  report::RunReport& run = merged.value();
  run.lang = o.lang;
  Result<std::unique_ptr<Outputs>> outputs = Outputs::open(o, run);
  if (!outputs) return report_tool_error(outputs.error(), o.lang);
  report::RunTally totals;
  for (const PlanResult& plan : run.plans) {
    outputs.value()->plan(plan);
    totals.add(plan);
  }
  if (auto e = outputs.value()->finish(totals)) return report_tool_error(*e, o.lang);
  return kExitOk;
}

}  // namespace plancheck::cli
