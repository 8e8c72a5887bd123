// What checking produces: per-plan results for every rule, with findings and evidence locations.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/severity.hpp"
#include "core/source_text.hpp"
#include "core/tool_error.hpp"

namespace plancheck {

// Where a requirement is met (on pass) or a piece of text a finding quotes.
struct Evidence {
  Location location;        // start of the quoted text in the source
  std::string section;      // section path, "" for front matter / whole document
  std::string text;         // original text (a sentence or heading), not normalised
};

struct Finding {
  std::string message;      // already formatted, in the run's language
  Location location;        // where to point; !known() when the requirement is missing altogether
  int span = 0;             // code points to underline from `location` (0: none)
  std::string section;      // section path where the finding points, or where the missing text belongs
  std::string evidence;     // the original text around the location (a sentence), may be empty
  std::string remediation;  // in the run's language
  std::string source_line;  // the whole source line at location.line, for carets (filled by batch::check_file)
};

struct RuleResult {
  std::string rule;                 // catalog id, e.g. "drill.frequency"
  Status status = Status::Pass;
  Severity severity = Severity::Error;
  std::string basis;                // clause reference, e.g. "NAT 6.2"
  std::vector<Finding> findings;    // non-empty iff status == Fail
  std::vector<Evidence> evidence;   // on pass: where the requirement is met
  std::string note;                 // e.g. "no dedicated heading; covered by a paragraph"; waiver reason
};

struct PlanResult {
  std::string path;
  std::string format;               // "xml" | "markdown" | "text"
  std::string encoding;
  std::string title;
  std::vector<std::string> rulesets;
  std::optional<ToolError> error;   // set when the plan could not be read; results are then empty
  std::vector<RuleResult> results;  // sorted by rule id
  int score = 0;                    // 0..100
};

}  // namespace plancheck
