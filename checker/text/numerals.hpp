// Numbers as Chinese plans write them: Arabic digits, Chinese numerals (一, 十五, 三十, 两, 〇, 万, 亿) and mixes (1千万).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace plancheck::text {

struct NumberMatch {
  std::int64_t value = 0;
  std::size_t length = 0;  // bytes consumed
};

// Reads the longest number starting at byte `pos` of (normalised) UTF-8 text: "30", "三十", "十五", "两",
// "一百二十", "1千万", "10万", "1亿", "〇". Returns nullopt when no number starts there.
std::optional<NumberMatch> read_number(std::string_view text, std::size_t pos = 0);

// False when no number can start with code point `cp`: a scanner may skip read_number there.
bool can_start_number(char32_t cp);

// The whole of `text` as a number, or nullopt if it is not exactly one number.
std::optional<std::int64_t> parse_number(std::string_view text);

}  // namespace plancheck::text
