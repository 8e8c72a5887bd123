// Options of a command from its parsed option values (command line and config file merged).
#pragma once

#include <boost/program_options.hpp>

#include <optional>
#include <string>

#include "cli/options.hpp"
#include "core/tool_error.hpp"

namespace plancheck::cli {

// Every option's value of `command` into `o`; the first bad value is the error (a usage error naming the
// option and the values it takes).
std::optional<ToolError> fill_options(const std::string& command, const boost::program_options::variables_map& vm,
                                      Options& o);

// A usage error of `command` (its name travels in `file` for the usage hint).
ToolError usage(const std::string& command, MsgId id, MessageFields fields);

}  // namespace plancheck::cli
