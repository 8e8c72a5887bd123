// The config file (plancheck.ini): where it is found, how its settings join the command line, and
// `--print-config`, which shows every effective setting and where it came from.
#pragma once

#include <boost/program_options.hpp>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/tool_error.hpp"

namespace plancheck::cli {

// The names a config file is looked for under, in each folder from the current one up to the root.
inline const char* const kConfigFileNames[] = {"plancheck.ini", ".plancheck.ini"};

// plancheck.ini (or .plancheck.ini) in `dir` or its nearest parent that has one; empty when none does.
std::string find_config_file(const std::filesystem::path& dir);

// One `key = value` line of a config file, with a relative path already made relative to the file's folder.
struct ConfigEntry {
  std::string key;
  std::string value;
  std::string section;  // "" at the top; otherwise the command of a [check], [rules] … section
  int line = 0;
};

// Where each effective setting came from, for --print-config: "" (command line or default) or "FILE:LINE…".
struct ConfigOrigins {
  std::string file;                          // the config file read; empty when none
  std::map<std::string, std::string> lines;  // key → "FILE:LINE" (several lines for a repeatable key)
};

// Fills the Options of `command` from a variables_map; an error for a bad value. Used to check each
// config file entry as it would be checked on the command line.
using ValidateOptions = std::function<std::optional<ToolError>(const boost::program_options::variables_map&)>;

// The command line of `command` (parsed against `desc`) plus its config file: --config FILE, else none with
// --no-config, else find_config_file(current folder). Command-line options win; a [COMMAND] section wins
// over the top of the file; a top-level key that is another command's option is left for that command.
// Unknown keys, bad lines and bad values are usage errors naming the file and line.
// `describe(command)` gives any command's options (to tell another command's key from a misspelt one).
Result<boost::program_options::variables_map> merge_config(
    const std::string& command, const boost::program_options::options_description& desc,
    const boost::program_options::parsed_options& command_line,
    const std::function<boost::program_options::options_description(const std::string&)>& describe,
    const ValidateOptions& validate, Lang lang, ConfigOrigins& origins);

// `key = value  # where from` for every option of `desc` (unset ones commented out), as --print-config shows.
std::string print_config(const std::string& command, const boost::program_options::options_description& desc,
                         const boost::program_options::variables_map& vm, const ConfigOrigins& origins, Lang lang);

}  // namespace plancheck::cli
