// Markdown plans (md4c, CommonMark + GFM tables): headings, paragraph lines, list items and table rows
// as located SourceLines, and the YAML front matter's title.
#pragma once

#include <string>
#include <vector>

#include "core/source_text.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

struct MarkdownLines {
  std::vector<SourceLine> lines;
  std::string title;  // `title:` of the YAML front matter, quotes removed; "" when absent
};

// Paragraphs are split at their line breaks, because plans exported to Markdown keep numbered headings
// ("3.2 预警监测") as plain lines inside a paragraph. Ordered list items keep their number in `text`.
MarkdownLines read_markdown_lines(const SourceText& source);

// Byte length of a YAML front matter block (--- … --- at the very top, closing line included), 0 if none.
std::size_t yaml_front_matter_length(std::string_view text);

}  // namespace plancheck::parse
