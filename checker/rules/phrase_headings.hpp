// The headings above a phrase rule's windows: where an element a heading may hold ("预警响应" over a list of
// measures per colour, a table's header row over its rows, a paragraph's run-in label over its sentences) is
// found for a window that holds another.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "facts/passages.hpp"
#include "rules/phrase.hpp"
#include "rules/phrase_windows.hpp"

namespace plancheck::rules::phrase {

// The headings above each passage, for elements that a section's heading (or a table's header row) may
// hold: the heading passage of each passage's section, and each heading's parent heading. Built at the first
// question, once per check; what a heading holds is searched once.
class HeadingsAbove {
 public:
  HeadingsAbove(const facts::Passages& ps, const PhraseParams& params) : ps_(ps), params_(params) {}

  // Element `e` in a heading over passage `passage`, the nearest first: a table row's header row (| 预警级别 |
  // 响应措施 | over | 红色 | …实行24小时值班 |), then a paragraph's run-in label, then the section headings.
  std::optional<Hit> find(std::size_t passage, std::size_t e);

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // Element `e` in passage `h` (a heading or a header row, or `part` of it: a paragraph's run-in heading),
  // searched once: a header row is asked again for every row of its table.
  std::optional<Hit> held(std::size_t h, std::size_t e, std::optional<facts::Span> part = std::nullopt);
  // Whether `row` has a value in the column of its header's hit for element `e` (a row of fewer cells,
  // merged ones, may).
  bool filled_under(const facts::Passage& row, const Hit& h, std::size_t e) const;
  void build();

  const facts::Passages& ps_;
  const PhraseParams& params_;
  std::vector<std::size_t> own_;
  std::vector<std::size_t> parent_;
  struct Held {
    std::int8_t state = -1;  // -1 not yet searched, 0 no, 1 yes
    facts::Span span;        // the hit
    std::size_t column = 0;  // the hit's column, when the passage is a table's header row
  };
  std::vector<Held> held_;  // per heading passage and element
};

}  // namespace plancheck::rules::phrase
