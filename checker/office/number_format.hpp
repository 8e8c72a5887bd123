// Word's list number formats (w:numFmt) and level texts (w:lvlText): 第%1章, %1、, （%1）, %1.%2.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck::office {

// `value` written as Word writes it in format `num_fmt` ("decimal", "chineseCounting",
// "ideographTraditional", "decimalEnclosedCircle", "upperRoman", …); an unknown format falls back to decimal.
std::string format_number(int value, std::string_view num_fmt);

// A level text with %1…%9 replaced by `numbers[0…8]`.
std::string render_level_text(std::string_view level_text, const std::array<std::string, 9>& numbers);

// The counters of a list's levels, shared by Word and OpenDocument numbering: a level counts on from its
// start (or a start override) and stops counting when a level above it is used.
template <std::size_t N>
struct LevelCounters {
  std::array<int, N> value{};
  std::array<bool, N> counting{};
  std::array<std::optional<int>, N> restart_at;  // the value of the next use, from an override

  void restart(std::size_t level, std::optional<int> start = std::nullopt) {
    counting[level] = false;
    restart_at[level] = start;
  }
  int advance(std::size_t level, int start) {
    if (counting[level]) return ++value[level];
    value[level] = restart_at[level].value_or(start);
    restart_at[level].reset();
    counting[level] = true;
    return value[level];
  }
  // What `level` shows inside a deeper level's label ("%1.%2").
  int shown(std::size_t level, int start) const {
    return counting[level] ? value[level] : restart_at[level].value_or(start);
  }
};

}  // namespace plancheck::office
