// Normalisation for matching: NFKC, traditional→simplified, white space folded, with a map back to the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::text {

// Matching is always done on normalised text; evidence is always quoted from the original text.
// `origin[i]` is the byte offset in the original input of the code point that produced byte i of `text`;
// origin has text.size() + 1 entries (the last maps the end of text to the end of the input).
struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> origin;

  std::size_t origin_of(std::size_t norm_offset) const {
    return origin.empty() ? 0 : origin[norm_offset < origin.size() ? norm_offset : origin.size() - 1];
  }
};

// NFKC (so full-width digits, letters, punctuation and the ideographic space fold to ASCII, Ⅰ→I), then
// traditional→simplified Chinese, then white space: runs collapse to one ASCII space, and a space next to
// a CJK character or CJK punctuation is removed ("30 日" → "30日", "OA 和" → "OA和"); leading and trailing
// space is dropped. Thread-safe. Every pattern a ruleset matches with must go through this same function.
NormalizedText normalize_for_matching(std::string_view utf8);

// normalize_for_matching(utf8).text
std::string normalized(std::string_view utf8);

}  // namespace plancheck::text
