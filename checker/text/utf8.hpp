// Small UTF-8 helpers shared by every stage: decode a code point, classify CJK, terminal display width.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck::text {

void append_utf8(std::string& out, char32_t cp);
// `s` encoded as UTF-8.
std::string to_utf8(std::u32string_view s);

// Han ideographs (incl. 〇). Inline: the organisation names, the shingles and the sentence scans ask it of
// every character they read.
inline bool is_cjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x323AF) || cp == 0x3007;
}
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

// `s` when it is well-formed UTF-8; otherwise a copy with each byte that is not part of a well-formed
// sequence written as the four characters "\xHH" (upper-case hex). For whatever reaches a report: file
// names that are not UTF-8 (GBK names from Windows archives), messages cut in the middle of a character.
std::string to_valid_utf8(std::string_view s);

// A file name's exact bytes as lower-case hex (`path_bytes` in JSON reports), and back; nullopt when
// `hex` is not an even number of hex digits.
std::string bytes_to_hex(std::string_view bytes);
std::optional<std::string> hex_to_bytes(std::string_view hex);

// Whether a three-byte character whose lead is E1..EF but not ED starts at `pos`: most of a plan (Han, CJK
// punctuation, full-width forms). Any two continuation bytes after such a lead are well-formed, so no
// further check is needed; the shortcut of the two functions below.
inline bool is_plain_three_byte(std::string_view s, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  return lead >= 0xE1 && lead != 0xED && lead <= 0xEF && pos + 2 < s.size() &&
         (static_cast<unsigned char>(s[pos + 1]) & 0xC0) == 0x80 && (static_cast<unsigned char>(s[pos + 2]) & 0xC0) == 0x80;
}

// Length of the well-formed sequence starting at `pos`, or 0 if the bytes there are ill-formed. Inline,
// like next_code_point, because every stage decodes text code point by code point in its hottest loops.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  const auto lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) return 1;
  if (is_plain_three_byte(s, pos)) return 3;
  const std::size_t len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (len == 0 || pos + len > s.size()) return 0;
  const auto second = static_cast<unsigned char>(s[pos + 1]);
  // The second byte's range depends on the lead (RFC 3629): this rejects overlongs, surrogates and
  // values above U+10FFFF without decoding.
  const unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  const unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (second < low || second > high) return 0;
  for (std::size_t i = 2; i < len; ++i) {
    if ((static_cast<unsigned char>(s[pos + i]) & 0xC0) != 0x80) return 0;
  }
  return len;
}

// Decodes the code point at byte `pos` and advances `pos` past it. plancheck's text is valid UTF-8 after
// ingest; an ill-formed byte anyway yields U+FFFD and advances by one, so hostile input cannot loop.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  if (is_plain_three_byte(s, pos)) {
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    const auto b2 = static_cast<unsigned char>(s[pos + 2]);
    pos += 3;
    return (char32_t{b0} & 0x0F) << 12 | (char32_t{b1} & 0x3F) << 6 | (char32_t{b2} & 0x3F);
  }
  const std::size_t len = utf8_sequence_length(s, pos);
  if (len == 0) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (std::size_t i = 1; i < len; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += len;
  return cp;
}

}  // namespace plancheck::text
