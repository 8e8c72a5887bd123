// Test helper: a Document's outline as indented text, so a failing outline assertion is readable.
#pragma once

#include <string>

#include "core/document.hpp"

namespace plancheck::parse::testing {

// One line per section: indentation by depth, then "<number>|<title> @<line>:<column> [style]".
std::string dump_outline(const Document& document);

// The title, front matter, preamble and sections with their blocks: for eyeballing a whole parse.
std::string dump_document(const Document& document);

}  // namespace plancheck::parse::testing
