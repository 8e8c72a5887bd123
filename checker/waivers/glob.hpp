// Path globs for the waiver file: `*` and `?` within one folder name, `**` across folders.
#pragma once

#include <string_view>

namespace plancheck::waivers {

// Whether `path` matches `pattern`. `*` matches any run of characters except '/', `?` one character
// (a whole UTF-8 code point) except '/', and `**` any run including '/'; "**/" also matches no folder at
// all, so "plans/**/a.txt" matches "plans/a.txt". Backslashes count as '/', a leading "./" is ignored,
// and a pattern not starting with '/' may match the path from any folder boundary on, so "plans/*.txt"
// matches both "plans/a.txt" and "/srv/filed/plans/a.txt".
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace plancheck::waivers
