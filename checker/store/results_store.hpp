// Writing one run of plancheck into the SQLite results database: a run row, then every plan's results and
// findings, all in one transaction so a run is stored whole or not at all.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/result.hpp"
#include "core/tool_error.hpp"

namespace plancheck::store {

// What the runs table records about a run besides its plans.
struct RunRecord {
  std::string started_at;               // ISO 8601 UTC, see run_timestamp()
  std::string tool_version;
  std::vector<std::string> rulesets;    // ids, in the order applied
  std::vector<std::string> arguments;   // the command line after the program name
  Lang lang = Lang::Zh;
  std::string as_of;                    // the date plans were judged as of (--as-of)
};

// SOURCE_DATE_EPOCH (reproducible runs and tests) when set to a non-negative integer, else now; as
// "YYYY-MM-DDTHH:MM:SSZ".
std::string run_timestamp();

class RunWriter {
 public:
  // Opens `path` (created with the schema when missing) and starts the run's transaction.
  static Result<std::unique_ptr<RunWriter>> open(const std::string& path, const RunRecord& run);
  ~RunWriter();
  RunWriter(const RunWriter&) = delete;
  RunWriter& operator=(const RunWriter&) = delete;

  // Stores a plan with its results and findings; the first failure is kept and returned by commit().
  void add(const PlanResult& plan);
  // Ends the transaction: the run becomes visible to readers.
  std::optional<ToolError> commit();
  // Drops the whole run (also done by the destructor when commit() was not called).
  void rollback();

 private:
  struct Impl;
  explicit RunWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plancheck::store
