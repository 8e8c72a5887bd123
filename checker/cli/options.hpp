// The command line as plain data: what parse_args fills from argv and every command reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/budget.hpp"
#include "core/lang.hpp"
#include "core/severity.hpp"

namespace plancheck::cli {

enum class Command { Help, Version, Check, RulesList, RulesExplain, Validate, Merge, History };
enum class Format { Text, Json, Other };  // Other: any other row of report::report_formats()
enum class ColorMode { Auto, Always, Never };

struct Options {
  Command command = Command::Help;
  std::string help_text;                    // Command::Help: the text to print (general or per command)
  std::vector<std::string> paths;           // check: PATH…; validate: FILE
  std::vector<std::string> rulesets;        // --ruleset, in the order given
  std::string as_of;                        // --as-of YYYY-MM-DD; empty: today (SOURCE_DATE_EPOCH when set)
  bool exact_rulesets = false;              // --exact-rulesets: no supplement rulesets added
  std::string org_kind;                     // --org-kind cii|central|other; empty: profile, plan or default
  std::string org_profile;                  // --org-profile FILE (CSV path,kind[,name])
  std::string rule_id;                      // rules explain ID
  Format format = Format::Text;
  std::string format_name = "text";         // --format: a name in report::format_names()
  std::string output;                       // --output FILE; empty: standard output
  std::optional<Severity> fail_on = Severity::Error;  // nullopt: never fail on findings
  Lang lang = Lang::Zh;
  ColorMode color = ColorMode::Auto;
  bool quiet = false;
  bool verbose = false;
  bool html_findings_only = false;          // --html-findings-only: HTML reports list only failed requirements
  bool force = false;  // check files that do not look like plans too
  bool allow_mixed = false;  // merge: accept reports of different rulesets or plancheck versions
  std::string data_dir;                     // --data-dir; empty: resolved by data_dir.hpp
  std::string waivers;                      // --waivers FILE; empty: none
  bool inline_suppressions = true;          // false: --no-inline-suppressions
  std::string baseline;                     // --baseline OLD.json; empty: none
  bool fail_on_new = false;                 // --fail-on-new / --fail-on new: only new findings set the exit code
  std::vector<std::string> reports;         // --report FORMAT:PATH, repeatable, besides --format/--output
  int jobs = 0;                             // --jobs; 0: one per hardware thread
  int shard_index = 1;                      // --shard K/N: check only shard K (1-based) of N
  int shard_count = 1;
  int errors_exit_code = 2;                 // --errors-exit-code: exit code when any plan is in error
  std::string db;                           // --db FILE: the SQLite results database (check, history)
  double similar_threshold = 0.9;           // --similar-threshold: near-identical plans (similar report, dashboard)
  Limits limits;                            // --max-file-size, --max-line-length, … --max-time-per-plan
  std::vector<std::string> arguments;       // the command line after the program name, as given
};

}  // namespace plancheck::cli
