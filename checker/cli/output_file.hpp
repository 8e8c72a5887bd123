// Writing a report file whole or not at all.
#pragma once

#include <optional>
#include <string>

#include "core/tool_error.hpp"

namespace plancheck::cli {

// Writes `content` to a temporary file in the folder of `path`, then renames it over `path`, so a reader
// never sees half a report and a failed run leaves any earlier report untouched.
std::optional<ToolError> write_file_atomically(const std::string& path, const std::string& content);

}  // namespace plancheck::cli
