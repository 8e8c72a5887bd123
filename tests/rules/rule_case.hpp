// The rule self-test cases: plan snippets under tests/rules/cases/<rule-id>/ that must pass or must fail.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "rules/engine.hpp"

namespace plancheck::testing {

// One case file: cases/<rule>/pass-<name>.md or fail-<name>.txt. Optional header lines:
// `<!-- ruleset: cn-miit-2017 -->` (default cn-national-2017), `<!-- as-of: 2026-12-03 -->` (default: no
// date, everything dated is in force), `<!-- org-kind: cii -->` (default: read from the plan, else other)
// and, for fail cases, `<!-- expect: <part of the finding message> -->`.
struct RuleCase {
  std::string rule;
  std::string path;
  bool must_pass = true;
  std::string ruleset = "cn-national-2017";
  std::string expect;        // fail cases: a substring of some finding's message
  std::string as_of;         // the date judged as of ("" = everything in force)
  std::string org_kind;      // cii | central | other; "" = read from the plan
  std::string text;          // the snippet, header lines blanked so line numbers stay true
  std::string test_name() const;
};
void PrintTo(const RuleCase& c, std::ostream* os);

std::string cases_dir();
std::string data_dir();

// Every case file, sorted by path.
std::vector<RuleCase> discover_cases();

// Loads and compiles a bundled ruleset once per process; fails the calling test on a tool error.
const rules::CompiledRuleset* compiled_ruleset(const std::string& id);

// Parses the case and runs its ruleset; the result of the case's rule, or an explanation of why none.
Result<RuleResult> run_case(const RuleCase& c);

// A plan text (named `path`, whose extension picks the format) checked by one rule of `rs`: the parsed
// document (for locations) and the rule's result.
struct TextRun {
  std::shared_ptr<const Document> doc;
  RuleResult result;
};
// `as_of` and `org_kind` as in a case's headers ("" = everything in force; the kind the plan states).
Result<TextRun> run_text(const rules::CompiledRuleset& rs, const std::string& rule, const std::string& path,
                         const std::string& text, const std::string& as_of = "", const std::string& org_kind = "");

// The words naming where a rule looks: its <heading>, <section> and <scope> parameters ("编制依据|依据" gives
// two), in order.
std::vector<std::string> scope_words(const ruleset::RuleSpec& spec);

// "status, note, findings" for failure output.
std::string describe(const RuleResult& r);

}  // namespace plancheck::testing
