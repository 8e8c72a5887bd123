// Finding and dropping a 目录 (table of contents) block, whose entries only repeat the headings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/source_line.hpp"

namespace plancheck::parse {

// The line 目录 (目 录, 目錄): the title of a table of contents.
bool is_toc_heading(const SourceLine& line);

// An entry's title for comparison: number, dot leaders, page number and white space removed
// ("第一章 总则 ……… 1" → "总则").
std::string toc_entry_key(std::string_view entry);

// Removes the line 目录 / 目 录 and the entries after it. The block ends before the first line that
// repeats the first entry's title (the body's first heading), or before a line that is clearly body
// text. When neither is found only the 目录 line goes, so a mistaken guess never swallows the plan.
// Without a 目录 line (or with its characters split onto lines of their own, as a PDF's layout may set
// 目    录), the first run of three or more entries with dot leaders and page numbers goes, with the
// title's pieces just above it.
void remove_table_of_contents(std::vector<SourceLine>& lines);

}  // namespace plancheck::parse
