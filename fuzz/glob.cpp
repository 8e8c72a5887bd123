// Waiver path globs: input is "PATTERN\nPATH" (no newline: the pattern is matched against itself).
#include <algorithm>
#include <string>

#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"
#include "waivers/glob.hpp"

namespace plancheck::fuzz {

namespace {

std::string slashes(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\\', '/');
  while (out.rfind("./", 0) == 0) out.erase(0, 2);
  return out;
}

// Without wildcards a pattern matches the path itself or, unless it starts with '/', any path ending
// in "/" followed by it.
bool literal_match(std::string_view pattern, std::string_view path) {
  const std::string p = slashes(pattern);
  const std::string s = slashes(path);
  if (p == s) return true;
  if (!p.empty() && p[0] == '/') return false;
  return s.size() > p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0 && s[s.size() - p.size() - 1] == '/';
}

}  // namespace

void fuzz_glob(std::string_view input) {
  const std::size_t newline = input.find('\n');
  const std::string_view pattern = input.substr(0, newline);
  const std::string_view path = newline == std::string_view::npos ? pattern : input.substr(newline + 1);
  const bool matched = waivers::glob_match(pattern, path);
  require(matched == waivers::glob_match(pattern, path), "glob_match twice: same answer");
  if (pattern.find_first_of("*?") == std::string_view::npos) {
    require(matched == literal_match(pattern, path), "a pattern without wildcards matches literally");
  }
  require(waivers::glob_match("**", path), "** matches every path");
}

}  // namespace plancheck::fuzz
