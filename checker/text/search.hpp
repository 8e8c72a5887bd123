// Substring search tuned for normalised plan text, where almost every byte is part of a CJK character.
#pragma once

#include <cstddef>
#include <string_view>

namespace plancheck::text {

// The first occurrence of `needle` in `hay` at or after `from`, or std::string_view::npos: the same answer
// as hay.find(needle, from). std::string_view::find scans for the needle's first byte with memchr and
// compares at every hit; in UTF-8 Chinese that first byte (E4..E9) starts a third of all characters, so it
// degenerates into a memcmp per character. This compares two of the needle's most selective bytes (the
// last byte of its first character and its last byte) over 16 positions at a time and verifies only where
// both agree.
std::size_t find_text(std::string_view hay, std::string_view needle, std::size_t from = 0);

// True when the bytes of `s` just before byte `end` are `w` (an empty `w` always is; a non-empty one is not
// when `end` lies past the end of `s`). The last bytes are compared first: callers try many words at every
// position, and they rarely agree there.
inline bool ends_with_at(std::string_view s, std::size_t end, std::string_view w) {
  if (w.empty()) return true;
  return end >= w.size() && end <= s.size() && s[end - 1] == w.back() && s.compare(end - w.size(), w.size(), w) == 0;
}

// True when `needle` occurs in `hay`.
inline bool contains_text(std::string_view hay, std::string_view needle) {
  return find_text(hay, needle) != std::string_view::npos;
}

}  // namespace plancheck::text
