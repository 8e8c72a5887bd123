// Normalisation for matching: NFKC, traditional→simplified, white space folded, with a map back to the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::text {

// Matching is always done on normalised text; evidence is always quoted from the original text.
// origin_of(i) is the byte offset in the original input of the code point that produced byte i of `text`;
// origin_of(text.size()), and of any offset past it, is the end of the input.
struct NormalizedText {
  // Bytes [norm, the next run's norm) of `text`, made from input characters that start at `orig` and follow
  // one another in step, `width` bytes each in the input and in `text` alike: byte k of the run comes from
  // orig + k - k % width. A character normalised to other bytes is a run of its own, its width the length
  // of what it became, so that all of them map to it. Most of a plan is runs of Han characters or ASCII
  // that normalise to themselves: a map of runs is a few bytes per run where one of bytes took four per
  // byte of text.
  struct OriginRun {
    std::uint32_t norm = 0;
    std::uint32_t orig = 0;
    std::uint32_t width = 1;
  };

  std::string text;
  std::vector<OriginRun> origin_runs;  // ascending `norm`; the last, at text.size(), maps to the input's end

  std::size_t origin_of(std::size_t norm_offset) const;
};

// NFKC (so full-width digits, letters, punctuation and the ideographic space fold to ASCII, Ⅰ→I), then
// traditional→simplified Chinese, then white space: runs collapse to one ASCII space, and a space next to
// a CJK character or CJK punctuation is removed ("30 日" → "30日", "OA 和" → "OA和"); leading and trailing
// space is dropped. Thread-safe. Every pattern a ruleset matches with must go through this same function.
NormalizedText normalize_for_matching(std::string_view utf8);

// normalize_for_matching(utf8).text
std::string normalized(std::string_view utf8);

}  // namespace plancheck::text
