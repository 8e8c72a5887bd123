// Writing a report file whole or not at all.
#pragma once

#include <optional>
#include <string>

#include "core/lang.hpp"
#include "core/tool_error.hpp"

namespace plancheck::cli {

// Writes `content` to `path` through a ReportFile (report_file.hpp): a regular file is replaced whole by
// renaming a temporary file over it, a device or FIFO is written directly, missing folders are created.
// The error, if any, names the path and the cause in `lang`.
std::optional<ToolError> write_file_atomically(const std::string& path, const std::string& content, Lang lang);

// `content` to `path`, or to standard output when `path` is empty; every write is checked.
std::optional<ToolError> write_output(const std::string& path, const std::string& content, Lang lang);

// The error for standard output that could not be written (EPIPE, ENOSPC…): exit 2 with the cause.
ToolError stdout_error(int cause, Lang lang);

}  // namespace plancheck::cli
