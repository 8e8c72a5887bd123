#include "cli/cli.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/output_file.hpp"
#include "cli/parse_args.hpp"

namespace plancheck::cli {

namespace {

// A usage error's `file` is the command it concerns, named in the hint, not in the error line.
int usage_error(const ToolError& e, Lang lang) {
  const std::string command = e.file.empty() ? "" : e.file + " ";
  std::cerr << ToolError{e.kind, "", {}, e.message}.to_string(lang) << '\n'
            << say(Msg::UsageHint, lang, {{"command", command}}) << '\n';
  return kExitTrouble;
}

int dispatch(const Options& o) {
  switch (o.command) {
    case Command::Help: std::cout << o.help_text; return kExitOk;
    case Command::Version: return run_version(o);
    case Command::Check: return run_check(o);
    case Command::RulesList: return run_rules_list(o);
    case Command::RulesExplain: return run_rules_explain(o);
    case Command::Validate: return run_validate(o);
    case Command::Merge: return run_merge(o);
    case Command::History: return run_history(o);
  }
  return kExitTrouble;
}

// Output that went through std::cout (help, version, rules, validate) must have reached standard output.
int checked_stdout(int code, Lang lang) {
  errno = 0;
  std::cout.flush();
  if (std::cout.good() && std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return code;
  return report_tool_error(stdout_error(errno != 0 ? errno : EIO, lang), lang);
}

}  // namespace

int report_tool_error(const ToolError& error, Lang lang) {
  std::cerr << error.to_string(lang) << '\n';
  return kExitTrouble;
}

int run(int argc, char** argv) {
  // A closed pipe must be an error with its cause (EPIPE from write), not a silent death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  const Lang lang = requested_lang(argc, argv);
  Result<Options> options = parse_args(argc, argv);
  if (!options) return usage_error(options.error(), lang);
  try {
    return checked_stdout(dispatch(options.value()), options.value().lang);
  } catch (const std::exception& e) {
    // Stages promise not to throw; if one does, fail as a tool error rather than abort.
    return report_tool_error(ToolError{ErrorKind::Unreadable, "", {}, Message{Msg::InternalError, {{"detail", e.what()}}}}, lang);
  }
}

}  // namespace plancheck::cli
