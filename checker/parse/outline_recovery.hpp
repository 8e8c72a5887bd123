// From a reader's lines to the Document's front matter, title, preamble and section tree: the one
// outline recovery that plain text and Markdown share.
#pragma once

#include <vector>

#include "core/document.hpp"
#include "core/source_text.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

// Skips a 目录 block, recognises an issuing notice and the plan's title, classifies every line as
// heading or body, nests the headings and joins body lines into blocks. Fills `document.metadata.title`
// only when it is still empty (a YAML title wins).
void recover_outline(std::vector<SourceLine> lines, const SourceText& source, Document& document);

}  // namespace plancheck::parse
