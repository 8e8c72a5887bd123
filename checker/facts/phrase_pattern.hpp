// Phrase patterns as rulesets write them: "迟报|谎报" (alternatives), "报…网信办" (pieces in order, one sentence).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/passages.hpp"

namespace plancheck::facts {

// Spans a match may not overlap (body names a duty word stands inside, <exclude> text), asked in O(log n):
// the spans sorted by begin with the greatest end so far, so a sentence naming many bodies and holding many
// matches costs matches × log(names), not matches × names.
class SpanSet {
 public:
  SpanSet() = default;
  explicit SpanSet(std::vector<Span> spans);

  bool empty() const { return spans_.empty(); }
  // Whether `a` shares a byte with any span of the set.
  bool overlaps(Span a) const;
  // Whether one span of the set holds all of `a`.
  bool covers(Span a) const;

 private:
  std::vector<Span> spans_;            // by begin
  std::vector<std::uint32_t> max_end_;  // max_end_[i]: the greatest end of spans_[0..i]
};

// The whole syntax, deliberately tiny so matching stays a handful of substring searches (no regex engine):
//   A|B        either A or B (also the full-width ｜)
//   A…B        A, then later in the same sentence B (also written "..."); any number of pieces
// Every literal piece goes through text::normalize_for_matching, exactly like the plan text, so a pattern
// written in traditional or full-width characters matches the same text.
class PhrasePattern {
 public:
  PhrasePattern() = default;
  static PhrasePattern compile(std::string_view source);

  bool empty() const { return alternatives_.empty(); }
  const std::string& source() const { return source_; }

  // The earliest match inside `text[range.begin, range.end)` (one sentence) that overlaps none of
  // `excluded`; nullopt when there is none.
  std::optional<Span> find(std::string_view text, Span range, const SpanSet& excluded = {}) const;
  // The same inside a passage's normalised text, skipping alternatives its filter rules out.
  std::optional<Span> find(const Passage& p, Span range, const SpanSet& excluded = {}) const;
  // Every non-overlapping match in the range, left to right.
  std::vector<Span> find_all(std::string_view text, Span range) const;
  std::vector<Span> find_all(const Passage& p, Span range) const;
  // False when the passage's filter rules out every alternative: then no find in it can match.
  bool may_occur_in(const Passage& p) const;
  // Adds what each alternative needs of a passage's filter to `keys`: may_hold_any then says whether this
  // pattern, or any other added with it, may occur (one flat list where many patterns are asked at once).
  void add_keys_to(WordKeys& keys) const;

 private:
  struct Alternative {
    std::vector<std::string> pieces;  // normalised, in order
    CharPairKeys keys;                // what a passage must hold for the pieces to occur in it
  };

  std::optional<Span> find_in(std::string_view text, const CharPairFilter* filter, Span range,
                              const SpanSet& excluded) const;
  std::vector<Span> find_all_in(std::string_view text, const CharPairFilter* filter, Span range) const;
  static std::optional<Span> match_at(const std::vector<std::string>& pieces, std::string_view text,
                                      std::size_t start, std::size_t end);

  std::string source_;
  std::vector<Alternative> alternatives_;
};

// Several patterns compiled from ruleset parameters; matches if any does.
struct PatternList {
  std::vector<PhrasePattern> patterns;

  bool empty() const { return patterns.empty(); }
  std::optional<Span> find(std::string_view text, Span range, const SpanSet& excluded = {}) const;
  std::optional<Span> find(const Passage& p, Span range, const SpanSet& excluded = {}) const;
  std::vector<Span> find_all(std::string_view text, Span range) const;
  std::vector<Span> find_all(const Passage& p, Span range) const;
  // False when the passage's filter rules out every pattern: then no find in it, or in any part of its
  // text, can match.
  bool may_occur_in(const Passage& p) const;
};

}  // namespace plancheck::facts
