// Turning the PATH arguments of `plancheck check` into the ordered list of plan files to check.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/tool_error.hpp"

namespace plancheck::batch {

// The name standard input has in reports when `-` is given as a path.
inline constexpr const char* kStdinName = "<stdin>";

// One plan to check, or a path that could not be used (it then becomes a plan in error, never dropped).
struct Input {
  std::string path;
  std::optional<ToolError> error;
  bool from_stdin = false;  // `-`: the plan is read from standard input; `path` is kStdinName
};

// What discovery found: the inputs, and the files it passed over in folders, counted by extension
// (lower case with its dot, "" for none), so a run that finds no plan can say what it skipped.
struct Discovery {
  std::vector<Input> inputs;
  std::map<std::string, std::size_t> skipped;
};

// Plan file extensions taken from folders (compared case-insensitively).
bool is_plan_extension(const std::string& path);

// Expands `paths` in argument order: `-` is standard input; a file is taken whatever its extension; a
// folder is walked recursively for plan files, sorted by path so runs are deterministic. Symbolic links
// to files and folders are followed, a folder once however many links reach it. Nothing is dropped in
// silence: a missing path, a folder that cannot be read, a dangling symbolic link and a link that loops
// back to a folder above it are each an error entry (message in `lang`). A file reached twice (the same
// canonical path, e.g. `plans plans/a.md`) is taken once, under the name it was first reached by.
Discovery discover(const std::vector<std::string>& paths, Lang lang);

}  // namespace plancheck::batch
