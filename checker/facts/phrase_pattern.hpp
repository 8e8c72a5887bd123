// Phrase patterns as rulesets write them: "迟报|谎报" (alternatives), "报…网信办" (pieces in order, one sentence).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/passages.hpp"

namespace plancheck::facts {

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
  std::optional<Span> find(std::string_view text, Span range, const std::vector<Span>& excluded = {}) const;
  // Every non-overlapping match in the range, left to right.
  std::vector<Span> find_all(std::string_view text, Span range) const;

 private:
  std::optional<Span> match_at(const std::vector<std::string>& pieces, std::string_view text, std::size_t start,
                               std::size_t end) const;

  std::string source_;
  std::vector<std::vector<std::string>> alternatives_;  // each: normalised pieces, in order
};

// Several patterns compiled from ruleset parameters; matches if any does.
struct PatternList {
  std::vector<PhrasePattern> patterns;

  bool empty() const { return patterns.empty(); }
  std::optional<Span> find(std::string_view text, Span range, const std::vector<Span>& excluded = {}) const;
  std::vector<Span> find_all(std::string_view text, Span range) const;
};

}  // namespace plancheck::facts
