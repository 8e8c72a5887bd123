// Tables on a PDF page, from where its words are. A PDF keeps no table: a Word or WPS export draws each
// cell's lines at the cell's place, and poppler's reading order reads the cells as separate blocks, so a
// row's level, criteria and response come out as lines apart from each other (or in the wrong order). Here
// the page's words are set on their lines by position; where lines of two or more cells stand in columns
// whose gaps no line crosses, the lines are a table and its rows are rebuilt cell by cell.
//
// Pure functions of the words: no poppler here, so the tests give word boxes directly.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace plancheck::office {

struct PdfWord {
  std::string text;
  double left = 0;    // page coordinates in points, y growing downward (poppler's text boxes)
  double top = 0;
  double right = 0;
  double bottom = 0;
  bool space_after = false;  // poppler saw a space between this word and the next
};

struct PdfLine {
  std::string text;                // a line of text: the words of one visual line, left to right
  std::vector<std::string> cells;  // or a table row: its cells left to right (a cell's wrapped lines joined)
};

// The page's lines from the top, with each table's rows as rows; nothing when the page holds no table (its
// reading order is then poppler's to give).
//
// A table is a run of lines close under one another in which at least two lines have cells apart (a gap of
// kCellGap em or more) and no line crosses a gap between columns. A row starts at a line with text in the
// first column, unless that text carries on the first column's line above (which was wrapped at the width
// of its column); the lines under it that have no first-column text are its cells' further lines. Lines of
// one cell alone after the last row (a caption, a note) are no part of it. Columns of prose (two lines of
// text side by side, every line full) and a table of contents (titles and page numbers) are no table, and
// the gap after a list's number or bullet (set with a tab) or an article's number parts no cells.
std::optional<std::vector<PdfLine>> page_with_tables(std::vector<PdfWord> words);

}  // namespace plancheck::office
