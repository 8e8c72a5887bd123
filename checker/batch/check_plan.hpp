// The pipeline for one plan file: ingest → parse → facts → every selected ruleset → merged, scored result.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/baseline.hpp"
#include "batch/org_profile.hpp"
#include "core/budget.hpp"
#include "core/lang.hpp"
#include "core/result.hpp"
#include "rules/engine.hpp"
#include "text/ingest.hpp"
#include "text/shingles.hpp"
#include "waivers/apply.hpp"

namespace plancheck::parse {
class PlanSchema;
}

namespace plancheck::batch {

using Rulesets = std::vector<std::shared_ptr<const rules::CompiledRuleset>>;

struct CheckOptions {
  Lang lang = Lang::Zh;
  const parse::PlanSchema* plan_schema = nullptr;  // plan XML is validated against it (rejected when null)
  waivers::WaiverSettings waivers;                  // inline suppressions and the waiver file
  std::shared_ptr<const Baseline> baseline;         // --baseline: findings are marked new/unchanged
  std::string as_of;                                // --as-of: the date rules and citations are judged as of
  std::optional<OrgKind> org_kind;                  // --org-kind: the same kind for every plan
  std::shared_ptr<const OrgProfile> org_profile;    // --org-profile: the kind by path (first match wins)
  Limits limits;                                    // --max-file-size, --max-time-per-plan …
  const std::atomic<bool>* stop = nullptr;          // set by Ctrl-C / SIGTERM: stop inside the plan too
  bool force = false;                               // --force: check files that do not look like plans too
  bool sketch_text = false;                         // fill PlanResult::minhash (--report similar, dashboard)
};

// The organisation's kind for `path`: declared (--org-kind), else the first --org-profile row matching the
// path, else what the plan says (facts::read_org_kind), else other by default.
OrgKindInfo org_kind_for(const std::string& path, const CheckOptions& options, const OrgKindInfo& read_from_plan);

// The result for a plan that could not be checked: `error` (its file set to `path` when empty) and the
// rulesets it was to be checked against, no rule results.
PlanResult error_result(const std::string& path, const Rulesets& rulesets, ToolError error);

// Checks one file against `rulesets`. A bad input, or one beyond options.limits, becomes PlanResult::error;
// nothing escapes as an exception. When options.stop is set while the plan is being checked, the check
// stops at the next checkpoint and returns an error result (the run is being abandoned). Results are merged by rule id (a rule in two rulesets appears once: the later ruleset wins)
// and sorted by id. Pure and thread-safe: the rulesets and schema are only read.
PlanResult check_file(const std::string& path, const Rulesets& rulesets, const CheckOptions& options);

// The same for the plan on standard input, named `name` in the result.
PlanResult check_stdin(const std::string& name, const Rulesets& rulesets, const CheckOptions& options);

// The same, for a file's bytes already read: a Word, OpenDocument or PDF container is recognised by its
// bytes, anything else is decoded as text.
PlanResult check_bytes(const std::string& path, std::string_view bytes, const Rulesets& rulesets,
                       const CheckOptions& options);

// The same, for text already decoded (the file is not read).
PlanResult check_decoded(const std::string& path, text::DecodedText decoded, const Rulesets& rulesets,
                         const CheckOptions& options);

// Characters per shingle when plans are compared with each other.
constexpr int kPlanShingleSize = 5;

// The shingles of a plan's normalised text (every heading and block), as plans are compared.
text::Shingles plan_shingles(const Document& doc);

// The same for the file `path` read again, or none when it cannot be read, checked or its text is no longer
// the one whose content hash is `content_hash` (it changed during the run). Thread-safe.
std::optional<text::Shingles> reread_plan_shingles(const std::string& path, const std::string& content_hash,
                                                   const CheckOptions& options);

}  // namespace plancheck::batch
