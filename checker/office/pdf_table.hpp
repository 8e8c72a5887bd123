// The table half of pdf_layout (pdf_layout.hpp is the interface): a page's visual lines, each the words
// set on one line by position in segments apart, and the table that starts at one of them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "office/pdf_layout.hpp"

namespace plancheck::office::pdf_detail {

struct Segment {
  std::string text;
  double left = 0;
  double right = 0;
  double top = 0;  // its first word's: a line of a cell set in the middle of its row stands off its line's top
};

struct VisualLine {
  double top = 0;
  double bottom = 0;
  double em = 1;
  std::vector<Segment> segments;
};

struct Table {
  std::size_t end = 0;  // one past its last line
  std::vector<PdfLine> rows;
  bool none = false;    // the lines up to `end` are no table: columns of prose, or a table of contents
};

// The table whose region starts at line `first` (see page_with_tables), or nothing when the lines there
// stand in fewer than two columns or fewer than two of them have cells apart.
std::optional<Table> table_at(const std::vector<VisualLine>& lines, std::size_t first);

}  // namespace plancheck::office::pdf_detail
