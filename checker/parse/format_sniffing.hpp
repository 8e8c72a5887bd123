// Telling plan XML, Markdown and plain text apart from the content, the file extension breaking ties.
#pragma once

#include <string_view>

#include "core/document.hpp"

namespace plancheck::parse {

// Markdown signals in `utf8`: 0 none, 1 weak (list items only), 2 strong (front matter, ATX or setext
// headings, bold-only lines, a GFM table).
int markdown_signal(std::string_view utf8);

}  // namespace plancheck::parse
