// Plain text as pasted from Word or extracted from PDF: its non-blank lines, page-number lines dropped.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/source_text.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

// A line that only carries a page number: "3", "- 3 -", "— 3 —", "第 3 页", "第3页 共12页", "3/12".
bool is_page_number_line(std::string_view line);

// The page a page-number line numbers ("第3页 共12页" and "共12页 第3页" are 3; "3/12" is 3).
std::optional<int> page_number(std::string_view line);

// Every non-blank line of `source` that is not a page number, trimmed (CR of CRLF included), as Text lines;
// when the text is hard-wrapped at one width, each line's `fill` says whether it reaches that width.
std::vector<SourceLine> read_plain_text_lines(const SourceText& source);

}  // namespace plancheck::parse
