// Conversion of bytes in one named charset to UTF-8 through ICU, stopping at the first invalid sequence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plancheck::text {

struct Conversion {
  std::string utf8;
  bool ok = false;
  std::size_t bad_offset = 0;   // byte offset in the input of the first invalid sequence (when !ok)
  std::string bad_bytes;        // that sequence, as ICU reports it (at most a few bytes)
};

// `charset` is an ICU converter name ("GB18030", "UTF-16LE", "UTF-16BE"). Never substitutes U+FFFD.
Conversion convert_to_utf8(std::string_view bytes, const char* charset);

// "0xE5 0xBA": bytes as a reader of a one-line error message wants to see them.
std::string hex_bytes(std::string_view bytes);

}  // namespace plancheck::text
