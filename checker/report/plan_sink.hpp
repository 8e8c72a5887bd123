// The interface for outputs that are not a report stream (a results database, a dashboard folder): they
// see the same plans, in the same order, as every report of the run. It lives in report/, below batch/,
// store/ and cli/, so that sinks of any layer share it.
#pragma once

#include <optional>

#include "core/result.hpp"
#include "core/tool_error.hpp"
#include "report/summary.hpp"
#include "report/writer.hpp"

namespace plancheck::report {

// One non-stream output of a run. Calls come from the main thread only, in this order: begin once,
// plan once per plan in output order, then either finish or abort (interrupted or another output failed).
// A sink must leave nothing half-written after abort (whole or absent, like report files). Constructing
// a sink touches nothing on disk (begin does), and abort is safe even when begin was never called.
class PlanSink {
 public:
  virtual ~PlanSink() = default;
  // Called before the first plan; an error stops the run before any plan is checked.
  virtual std::optional<ToolError> begin(const RunInfo& run) = 0;
  virtual void plan(const PlanResult& plan) = 0;
  // Commits the output; `totals` counts every plan passed to plan().
  virtual std::optional<ToolError> finish(const RunTally& totals) = 0;
  // Discards whatever was written so far.
  virtual void abort() = 0;
};

}  // namespace plancheck::report
