// Tables written in HTML inside Markdown: pandoc writes a table whose cells hold paragraphs or lists as raw
// <table>…</table> when it converts Word to GFM, and Markdown keeps such a block as it stands.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "parse/source_line.hpp"

namespace plancheck::parse {

// The lines of an HTML block, `source[begin, end)`, that holds a <table> (parsed by libxml2's HTML parser): a
// TableRow line for each <tr> (its <th> and <td> cells' text), a Text line for each paragraph of text outside
// the tables; each piece of text mapped back to the source where it stands there as written. Empty when the
// block holds no table. Every line is in `group`.
std::vector<SourceLine> html_table_lines(std::string_view source, std::size_t begin, std::size_t end, int group);

}  // namespace plancheck::parse
