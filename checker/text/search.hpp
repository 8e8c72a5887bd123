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

// True when `needle` occurs in `hay`.
inline bool contains_text(std::string_view hay, std::string_view needle) {
  return find_text(hay, needle) != std::string_view::npos;
}

}  // namespace plancheck::text
