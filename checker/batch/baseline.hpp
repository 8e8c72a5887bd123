// A previous run's JSON report as a baseline: which findings of this run are new and which were there.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "core/tool_error.hpp"

namespace plancheck::batch {

// The findings of a plancheck JSON report (plancheck-report/1), counted per plan path and finding key.
// Immutable once read, so any number of threads may mark plans against it.
class Baseline {
 public:
  // Reads a JSON report written by `plancheck check --format json`. A file that cannot be read or is not
  // such a report is a tool error.
  static Result<Baseline> read(const std::string& path);
  static Result<Baseline> parse(std::string_view json_text, const std::string& path);
  // read(path) shared for CheckOptions::baseline; null when `path` is empty (no --baseline).
  static Result<std::shared_ptr<const Baseline>> load(const std::string& path);

  // Sets Finding::baseline on every finding of `plan`: "unchanged" when the baseline has a finding of the
  // same plan path with the same key not yet claimed by another finding, else "new".
  void mark(PlanResult& plan) const;

 private:
  std::map<std::string, std::map<std::string, int>> counts_;  // plan path → finding key → how many
};

// What identifies a finding across revisions of a plan: its rule, section path and evidence, compared
// after text::normalized with every white space removed — never its line, so an edit above a finding
// leaves it "unchanged".
std::string finding_key(const std::string& rule, const std::string& section, const std::string& evidence);

// Whether a failed result has a finding not in the baseline (every finding counts when none was given).
bool has_new_finding(const RuleResult& result);

}  // namespace plancheck::batch
