// Small UTF-8 helpers shared by every stage: decode a code point, classify CJK, terminal display width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plancheck::text {

// Decodes the code point at byte `pos` (which must start a well-formed sequence: plancheck's text is
// always valid UTF-8 after ingest) and advances `pos` past it.
char32_t next_code_point(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

bool is_cjk(char32_t cp);               // Han ideographs (incl. 〇) 
bool is_cjk_punctuation(char32_t cp);   // 。，、；：？！“”‘’（）《》〔〕【】… and full-width forms
// Columns a terminal uses to show `s` (East Asian Wide/Fullwidth = 2), via ICU's East_Asian_Width.
int display_width(std::string_view s);
// Number of code points in `s`.
std::size_t code_point_count(std::string_view s);

// How far `s` is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
struct Utf8Check {
  std::size_t valid_prefix = 0;        // bytes before the first ill-formed sequence (== size when valid)
  std::size_t multibyte_before = 0;    // well-formed multi-byte sequences inside that prefix
  bool valid(std::string_view s) const { return valid_prefix == s.size(); }
};
Utf8Check check_utf8(std::string_view s);
// Length of the well-formed sequence starting at `pos`, or 0 if the bytes there are ill-formed.
std::size_t utf8_sequence_length(std::string_view s, std::size_t pos);

}  // namespace plancheck::text
