// Re-joining the hard line breaks of Word/PDF text into paragraphs and list items, each block keeping
// one Segment per source line so every character maps back to its place in the file.
#pragma once

#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/source_text.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

struct BodyLine {
  const SourceLine* line = nullptr;
  std::string marker;  // list marker when the line starts a list item, else ""
};

// Whether `next` continues the sentence `previous` (the last line of the block so far) leaves open:
// `previous` does not end a sentence, and `next` starts no list item, table row or date.
bool continues_sentence(const BodyLine& previous, const BodyLine& next);

// "" between CJK text, " " between two Latin words or numbers, so "OA\n系统" → "OA系统", "GB/Z\n20986" → "GB/Z 20986".
std::string_view join_separator(std::string_view before, std::string_view after);

// Blocks from consecutive body lines (blank lines are already gone, so a sentence resumes across them).
std::vector<Block> join_lines(const std::vector<BodyLine>& lines, const SourceText& source);

// One block per line, never joined (a notice's 主送, 落款 and date are separate even when short).
std::vector<Block> blocks_per_line(const std::vector<BodyLine>& lines, const SourceText& source);

}  // namespace plancheck::parse
