// The interface every report format implements, and the run-wide data a report is rendered from.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/result.hpp"
#include "core/review.hpp"
#include "core/severity.hpp"
#include "report/summary.hpp"

namespace plancheck::report {

struct ToolInfo {
  std::string name = "plancheck";
  std::string version;
};

// What a report needs to know about a rule beyond its per-plan result (the selected rulesets merged:
// when a rule is in several, the later ruleset's metadata wins).
struct RuleMeta {
  std::string id;
  LocalizedText title;
  Severity severity = Severity::Error;
  std::string basis;           // clause reference, e.g. "NAT 6.2"
  std::string basis_document;  // the document the clause is in
  std::string basis_quote;     // the clause's text
  std::string area;            // report grouping (the ruleset's `area`): structure, grading, …
  std::string effective_from;  // "YYYY-MM-DD" the rule applies from ("" = always), from the rule or its ruleset
  std::string effective_until; // the day it stops applying ("" = still applies)
  std::string ruleset;         // id of the ruleset whose rule this is
};

// What is known before the first plan is checked: enough to open every report.
struct RunInfo {
  ToolInfo tool;
  std::vector<RuleMeta> rules;   // sorted by id
  Lang lang = Lang::Zh;
  std::string as_of;             // "YYYY-MM-DD" the run judged plans as of ("" in reports older than --as-of)
  ReviewSpec review;             // the review form of the selected rulesets (empty when none defines one)

  // The metadata of `id`, or null when no selected ruleset has it.
  const RuleMeta* find_rule(const std::string& id) const;
};

// A whole run held in memory (tests, merging shards); batches stream instead.
struct RunReport : RunInfo {
  std::vector<PlanResult> plans; // in output order
};

// One report being written: plans arrive one at a time, in output order, so memory stays bounded by the
// largest plan rather than the batch.
class ReportStream {
 public:
  virtual ~ReportStream() = default;
  virtual void plan(const PlanResult& plan) = 0;
  // Ends the report; `totals` counts every plan passed to plan().
  virtual void close(const RunTally& totals) = 0;
};

// A report format. A Writer holds only options and is shared; each run opens its own stream.
// Never throws for any content of a plan.
class Writer {
 public:
  virtual ~Writer() = default;
  virtual std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const = 0;
  // Opens a stream, passes every plan of `report` in order, and closes it.
  void write(const RunReport& report, std::ostream& out) const;
};

}  // namespace plancheck::report
