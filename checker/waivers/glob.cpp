#include "waivers/glob.hpp"

#include <string>

namespace plancheck::waivers {

namespace {

std::string clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\\') c = '/';
  }
  while (out.rfind("./", 0) == 0) out.erase(0, 2);
  return out;
}

// Bytes of the UTF-8 sequence starting at `c`, so `?` consumes a whole Chinese character.
std::size_t sequence_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Plain recursion: patterns are short and written by people, so backtracking stays cheap.
bool match_here(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p.substr(0, 3) == "**/") {
    // Zero folders, or one more folder consumed before trying again.
    if (match_here(p.substr(3), s)) return true;
    const std::size_t slash = s.find('/');
    return slash != std::string_view::npos && match_here(p, s.substr(slash + 1));
  }
  if (p.substr(0, 2) == "**") {
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (match_here(p.substr(2), s.substr(i))) return true;
    }
    return false;
  }
  if (p[0] == '*') {
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (match_here(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') return false;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '?') {
    if (s[0] == '/') return false;
    const std::size_t n = sequence_length(static_cast<unsigned char>(s[0]));
    return n <= s.size() && match_here(p.substr(1), s.substr(n));
  }
  return p[0] == s[0] && match_here(p.substr(1), s.substr(1));
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  const std::string p = clean(pattern);
  const std::string s = clean(path);
  if (match_here(p, s)) return true;
  if (!p.empty() && p[0] == '/') return false;
  for (std::size_t slash = s.find('/'); slash != std::string::npos; slash = s.find('/', slash + 1)) {
    if (match_here(p, std::string_view(s).substr(slash + 1))) return true;
  }
  return false;
}

}  // namespace plancheck::waivers
