// Tables typed as text: rows of cells separated by tabs, '|' or gaps of spaces, as Word's text export, hand-made
// tables and text copied out of a PDF leave them, and the gaps inside a line that part no cells.
#pragma once

#include <string_view>
#include <vector>

#include "parse/source_line.hpp"

namespace plancheck::parse {

// A table typed as text: lines whose cells are separated by tabs (Word's text export of a table) or by '|'
// / '｜' are table rows when a neighbouring Text line has as many cells; a rule row (---|---) among them
// goes. `widths` (one per line) is kept in step.
// With `indents` (each line's leading blank columns, as typed), a table typed with gaps whose cells wrap inside
// their columns (a PDF's text laid out, "特别重大网络    集中交易系统…    红色    Ⅰ级" then "安全事件        全公司…")
// has each wrapped piece joined to the cell of its column first.
void mark_typed_table_rows(std::vector<SourceLine>& lines, std::vector<int>& widths,
                           const std::vector<int>& indents = {});

// Tables Markdown (GFM) reads as a paragraph's lines, within one group of Text lines:
// - a pipe table written straight under a paragraph's line: a line of '|'-separated cells followed by a rule
//   row of as many cells (| --- | --- |) and the '|' lines after them;
// - a table typed with tabs: two or more lines one after another, each of two tab-separated cells or more.
// Their lines become table rows. Lines marked in `code` (code and HTML blocks) are left alone. Returns, for
// each line, whether it is a rule row to drop.
std::vector<bool> mark_tables_in_paragraphs(std::vector<SourceLine>& lines, const std::vector<bool>& code);

// Gaps that part no cells, in a table row typed as text or between words a PDF set apart:
// - a spaced-out word's: the text before the gap (from the cell's start) or after it (to the next gap) is
//   one Han character alone (组  长：张  三, 姓  名);
// - the one after a heading's or article's number that starts `line` and ends at byte `gap` (第一条  为了…,
//   1.1  编制目的, 1.  统一领导…).
bool spaced_word_gap(std::string_view before, std::string_view after);
bool number_gap(std::string_view line, std::size_t gap);

}  // namespace plancheck::parse
