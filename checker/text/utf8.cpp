#include "text/utf8.hpp"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>

#include "core/source_text.hpp"
#include "text/byte_lanes.hpp"

namespace plancheck::text {

namespace {

bool has_high_byte(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) != 0;
}

}  // namespace

Utf8Check check_utf8(std::string_view s) {
  Utf8Check r;
  std::size_t pos = 0;
  while (pos < s.size()) {
#if defined(__SSE2__)
    // Han text sixteen bytes and more at a time: ASCII and well-formed three-byte sequences.
    if (pos + 18 <= s.size()) {
      unsigned leads = 0;
      const unsigned ascii = lane_bits(bytes_in_range(load_bytes(s.data() + pos), 0x00, 0x7F));
      if (const std::size_t run = whole_three_byte_run(s.data() + pos, ascii, leads); run > 0) {
        r.multibyte_before += static_cast<std::size_t>(__builtin_popcount(leads));
        pos += run;
        continue;
      }
    }
#endif
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      // Plans are mostly Han, but runs of ASCII (numbers, Markdown, XML) are worth skipping eight at a time.
      while (pos + 8 <= s.size() && !has_high_byte(s.data() + pos)) pos += 8;
      continue;
    }
    const std::size_t len = utf8_sequence_length(s, pos);
    if (len == 0) break;
    ++r.multibyte_before;
    pos += len;
  }
  r.valid_prefix = pos;
  return r;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (const char32_t cp : s) append_utf8(out, cp);
  return out;
}

bool is_cjk_punctuation(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65) || (cp >= 0xFE10 && cp <= 0xFE1F) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D ||
         cp == 0x2026 || cp == 0x2014 || cp == 0x00B7;
}

int display_width(std::string_view s) {
  int width = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const auto cp = static_cast<UChar32>(next_code_point(s, pos));
    const auto category = u_charType(cp);
    // Combining marks, format characters (ZWSP, ZWJ) and controls take no column of their own.
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
        category == U_CONTROL_CHAR) {
      continue;
    }
    const auto eaw = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

std::size_t code_point_count(std::string_view s) { return count_code_points(s); }

std::string to_valid_utf8(std::string_view s) {
  if (check_utf8(s).valid(s)) return std::string(s);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t len = utf8_sequence_length(s, pos);
    if (len > 0) {
      out.append(s, pos, len);
      pos += len;
      continue;
    }
    const auto byte = static_cast<unsigned char>(s[pos++]);
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
  }
  return out;
}

std::string bytes_to_hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    out += kHex[static_cast<unsigned char>(c) >> 4];
    out += kHex[static_cast<unsigned char>(c) & 0xF];
  }
  return out;
}

std::optional<std::string> hex_to_bytes(std::string_view hex) {
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = digit(hex[i]);
    const int low = digit(hex[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    out += static_cast<char>(high * 16 + low);
  }
  return out;
}

}  // namespace plancheck::text
