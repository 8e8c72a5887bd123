// Comparing the latest two runs in the results database: per plan, the rules newly passed and newly
// failed, and the plans added, removed or moved.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/tool_error.hpp"

namespace plancheck::store {

struct RunSummary {
  std::int64_t id = 0;
  std::string started_at;
  std::string tool_version;
  std::string rulesets;  // comma-separated ids
  int plans = 0;
};

struct PlanChange {
  // Matched: same path in both runs. Moved: a new path whose content hash equals a vanished path's.
  enum class Kind { Matched, Moved, Added, Removed };
  Kind kind = Kind::Matched;
  std::string path;                   // in the latest run (the earlier one for Removed)
  std::string previous_path;          // Moved: the path in the earlier run
  std::optional<int> score_before;    // absent when not in the earlier run or in error there
  std::optional<int> score_after;
  std::string error_before;           // the stored one-line error, "" when the plan was checked
  std::string error_after;
  std::vector<std::string> newly_passed;  // failed before, pass now (sorted rule ids)
  std::vector<std::string> newly_failed;  // fail now, passed (or was waived, not applicable) before

  bool regressed() const;
  bool improved() const;  // and not regressed
};

struct History {
  std::optional<RunSummary> before;  // absent when the database holds a single run
  RunSummary after;
  std::vector<PlanChange> plans;     // sorted by path
  // The two runs used different rulesets: results are compared only on the rules both runs checked.
  bool rulesets_changed() const { return before && before->rulesets != after.rulesets; }
};

// Reads the database at `path` (never creating or changing it) and compares its latest two runs.
Result<History> compare_latest_runs(const std::string& path);

}  // namespace plancheck::store
