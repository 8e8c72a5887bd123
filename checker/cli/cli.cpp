#include "cli/cli.hpp"

#include <exception>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/parse_args.hpp"

namespace plancheck::cli {

namespace {

int usage_error(const ToolError& e, Lang lang) {
  const std::string command = e.file.empty() ? "" : e.file + " ";
  std::cerr << "plancheck: " << (lang == Lang::En ? "error: " : "错误：") << e.message << '\n'
            << say(Msg::UsageHint, lang, fmt::arg("command", command)) << '\n';
  return kExitTrouble;
}

int dispatch(const Options& o) {
  switch (o.command) {
    case Command::Help: std::cout << o.help_text; return kExitOk;
    case Command::Version: std::cout << "plancheck " << PLANCHECK_VERSION << '\n'; return kExitOk;
    case Command::Check: return run_check(o);
    case Command::RulesList: return run_rules_list(o);
    case Command::RulesExplain: return run_rules_explain(o);
    case Command::Validate: return run_validate(o);
    case Command::Merge: return run_merge(o);
    case Command::History: return run_history(o);
  }
  return kExitTrouble;
}

}  // namespace

int report_tool_error(const ToolError& error) {
  std::cerr << error.to_string() << '\n';
  return kExitTrouble;
}

int run(int argc, char** argv) {
  Result<Options> options = parse_args(argc, argv);
  if (!options) return usage_error(options.error(), requested_lang(argc, argv));
  try {
    return dispatch(options.value());
  } catch (const std::exception& e) {
    // Stages promise not to throw; if one does, fail as a tool error rather than abort.
    return report_tool_error(ToolError{ErrorKind::Unreadable, "plancheck", {}, e.what()});
  }
}

}  // namespace plancheck::cli
