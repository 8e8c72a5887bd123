// The commands behind `plancheck check | rules list | rules explain | validate`; each returns the exit code.
#pragma once

#include "cli/options.hpp"
#include "core/tool_error.hpp"

namespace plancheck::cli {

// The process exit codes (product.md): findings below --fail-on, findings at or above it, and every
// kind of trouble that is not a finding (usage, unreadable input, invalid ruleset).
enum ExitCode : int { kExitOk = 0, kExitFindings = 1, kExitTrouble = 2 };

int run_check(const Options& options);
int run_rules_list(const Options& options);
int run_rules_explain(const Options& options);
int run_validate(const Options& options);
int run_merge(const Options& options);
int run_history(const Options& options);
int run_version(const Options& options);

// Prints a tool error as one compiler-style line on standard error and returns kExitTrouble.
int report_tool_error(const ToolError& error, Lang lang);

}  // namespace plancheck::cli
