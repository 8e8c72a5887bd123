// Turning the PATH arguments of `plancheck check` into the ordered list of plan files to check.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/tool_error.hpp"

namespace plancheck::batch {

// One plan to check, or a path that could not be used (it then becomes a plan in error, never dropped).
struct Input {
  std::string path;
  std::optional<ToolError> error;
};

// Plan file extensions taken from folders (compared case-insensitively).
bool is_plan_extension(const std::string& path);

// Expands `paths` in argument order: a file is taken whatever its extension; a folder is walked
// recursively for plan files, sorted by path so runs are deterministic; a missing path is an error entry
// whose message is in `lang`.
std::vector<Input> discover(const std::vector<std::string>& paths, Lang lang);

}  // namespace plancheck::batch
