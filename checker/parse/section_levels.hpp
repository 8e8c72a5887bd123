// The open heading levels while reading a plan top to bottom: decides each heading's depth from the
// order in which numbering styles appear, as a person reading the plan would.
#pragma once

#include <string>
#include <vector>

#include "parse/line_role.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

class SectionLevels {
 public:
  // The depth (1 = top) of a heading, or 0 when it is better read as a list item: a new style whose
  // first number is not 1 and continues no open sequence.
  int place(const LineRole& role, const SourceLine& line);

 private:
  struct Level {
    std::string key;  // style, with Dotted's component count, Part's suffix, a Markdown heading's level
    NumberingStyle style = NumberingStyle::None;
    int last = 0;     // last number seen at this level
    int marked = 0;   // the Markdown or Word heading level of the heading that opened it; 0 when unmarked
  };

  int reopen(std::size_t index, int value);

  std::vector<Level> open_;
};

}  // namespace plancheck::parse
