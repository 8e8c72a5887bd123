// Tables written in HTML inside Markdown: pandoc writes a table whose cells hold paragraphs or lists as raw
// <table>…</table> when it converts Word to GFM, and Markdown keeps such a block as it stands.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/source_line.hpp"

namespace plancheck::parse {

// The lines of an HTML block, `source[begin, end)`, that holds a <table> (parsed by libxml2's HTML parser): a
// TableRow line for each <tr> (its <th> and <td> cells' text), a Text line for each paragraph of text outside
// the tables; each piece of text mapped back to the source where it stands there as written. Empty when the
// block holds no table. Every line is in `group`.
std::vector<SourceLine> html_table_lines(std::string_view source, std::size_t begin, std::size_t end, int group);

// Each HTML block of `lines` (`blocks`: ranges [first, last) of them, in order) that holds a table is replaced by
// html_table_lines of its source bytes in `text`; `code_or_html` is kept in step (the lines read are prose).
void read_html_tables(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& blocks,
                      std::vector<SourceLine>& lines, std::vector<bool>& code_or_html);

}  // namespace plancheck::parse
