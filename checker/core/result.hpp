// What checking produces: per-plan results for every rule, with findings and evidence locations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/circumstances.hpp"
#include "core/severity.hpp"
#include "core/organisation_info.hpp"
#include "core/source_text.hpp"
#include "core/tool_error.hpp"

namespace plancheck {

// Where a requirement is met (on pass) or a piece of text a finding quotes.
struct Evidence {
  Location location;        // start of the quoted text in the source
  std::string section;      // section path, "" for front matter / whole document
  std::string text;         // original text (a sentence or heading), not normalised
  OriginalPlace place;      // Word/OpenDocument paragraph or PDF page and line (filled by batch::check_file)
};

struct Finding {
  std::string message;      // already formatted, in the run's language
  Location location;        // where to point; !known() when the requirement is missing altogether
  int span = 0;             // code points to underline from `location` (0: none)
  std::string section;      // section path where the finding points, or where the missing text belongs
  std::string evidence;     // the original text around the location (a sentence), may be empty
  std::string remediation;  // in the run's language
  std::string source_line;  // the source line at location.line, for carets (filled by batch::check_file); of a
                            // very long line, only a window around the location (see the next two fields)
  int source_line_from = 0;      // code points of the line before `source_line` (0: it starts the line)
  bool source_line_cut = false;  // `source_line` stops before the line's end
  std::string baseline;     // with --baseline: "new" or "unchanged" (batch/baseline.hpp); "" without one
  OriginalPlace place;      // Word/OpenDocument paragraph or PDF page and line (filled by batch::check_file)
};

struct RuleResult {
  std::string rule;                 // catalog id, e.g. "drill.frequency"
  Status status = Status::Pass;
  Severity severity = Severity::Error;
  std::string basis;                // clause reference, e.g. "NAT 6.2"
  std::vector<Finding> findings;    // non-empty on Fail; on Waived, the findings that were waived (if any)
  std::vector<Evidence> evidence;   // on pass: where the requirement is met
  std::string note;                 // e.g. "no dedicated heading; covered by a paragraph"; waiver reason
  std::vector<std::pair<std::string, double>> metrics;  // measured by the rule, e.g. copied_share (plan.copied-parent)
};

// One heading of the plan's recovered outline, for reports' appendices.
struct OutlineEntry {
  std::string number;               // as written: "第八章", "（一）", "4.2"; "" when unnumbered
  std::string title;                // heading text without its number
  int depth = 1;                    // 1 = top level
  int line = 0;
};

// A plan's score over the rules of one report area (a rule's `area` attribute in its ruleset).
struct AreaScore {
  std::string area;                 // e.g. "grading"; "" for rules without an area
  int score = 100;                  // 0..100: the plan score's formula over this area's rules
  int passed = 0;                   // rules passed
  int failed = 0;                   // rules failed
  int excluded = 0;                 // rules waived or not applicable
};

struct PlanResult {
  std::string path;                 // the file name as discovered, valid UTF-8 (see path_bytes)
  std::string path_bytes;           // the exact name when it is not UTF-8 (path then shows its bytes as \xHH)
  std::string format;               // "xml" | "markdown" | "text" | "docx" | "pdf" | "odt"
  std::string encoding;
  std::string extraction;           // docx/pdf/odt: how the text was obtained from the file; "" otherwise
  std::string title;
  std::string organisation;         // the issuing organisation, when the plan names it
  std::string content_hash;         // 16 hex digits of a 64-bit hash of the decoded text ("" when unread)
  std::vector<std::string> rulesets;
  std::string as_of;                // "YYYY-MM-DD": the date the plan was judged as of ("" in old reports)
  OrgKindInfo org;                  // the organisation's kind the limits were chosen for, and its source
  std::optional<ToolError> error;   // set when the plan could not be read; results are then empty
  std::vector<RuleResult> results;  // sorted by rule id
  int score = 0;                    // 0..100
  std::vector<AreaScore> area_scores;  // sorted by area id; empty when the plan was not checked
  std::vector<OutlineEntry> outline;  // every section heading in document order
  std::vector<OrgBodyInfo> org_bodies;  // the organisation model: bodies, names, definitions, tasks
  std::optional<double> copied_share;  // 0..1: share of the text copied verbatim from a parent plan (the
                                       // copied_share metric of a copied-parent rule); none when not measured
  std::vector<std::uint32_t> minhash;  // MinHash signature of the normalised text, when a similarity output
                                       // asks for it (CheckOptions::sketch_text); in no report

  // The exact file name: what identifies the plan across runs, shards and baselines.
  const std::string& exact_path() const { return path_bytes.empty() ? path : path_bytes; }
};

}  // namespace plancheck
