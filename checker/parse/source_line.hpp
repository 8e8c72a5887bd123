// One logical line of a plan as a reader delivers it to outline recovery: trimmed text, markup removed,
// with the map from its bytes back to the source file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.hpp"

namespace plancheck::parse {

enum class LineKind {
  Text,      // a line of a paragraph (plain text, or a Markdown paragraph split at its line breaks)
  Heading,   // a Markdown ATX or setext heading
  Bullet,    // a Markdown bullet list item (its marker in `marker`)
  TableRow,  // a GFM table row (cells in `cells`)
};

// What the layout of plain text, Markdown and PDF says of a line (see mark_line_fill): Full, it reaches the width the
// text is hard-wrapped at, so its sentence may go on in the next line; Short, it is too short for a wrapped
// line, so its block ends there; Unknown, the layout does not tell (text wrapped unevenly, other formats).
enum class LineFill { Unknown, Full, Short };

struct SourceLine {
  LineKind kind = LineKind::Text;
  std::string text;               // trimmed; Markdown markup removed
  std::vector<Segment> segments;  // text → source
  std::size_t offset = 0;         // source offset of text[0]
  int heading_level = 0;          // Markdown headings: 1..6
  bool bold = false;              // every visible character is strong (**…**)
  std::string marker;             // Bullet: "-", "*", "+"
  std::vector<std::string> cells; // TableRow
  int group = 0;                  // lines of one Markdown block share a group; joining never crosses groups
  LineFill fill = LineFill::Unknown;
};

// Appends `piece` to the line; `source_offset` is where it starts in the source, or npos for text that is
// not in the source as such (an entity, a synthetic separator).
void append_piece(SourceLine& line, std::string_view piece, std::size_t source_offset);

// Appends line.text[b, e) to `row`, each piece mapped to the source as `line` maps it (Markdown's text is
// not the source's bytes: markup went, entities were decoded).
void append_text_range(SourceLine& row, const SourceLine& line, std::size_t b, std::size_t e);

// Removes leading and trailing white space, keeping segments and `offset` in step.
void trim_line(SourceLine& line);

// Removes the text of `cuts` (ranges [begin, end), in order and apart) from the line, keeping the rest's
// segments in step.
void erase_text(SourceLine& line, const std::vector<std::pair<std::size_t, std::size_t>>& cuts);

// Appends `line`'s text and segments to a block's text, after `separator` (which maps to nothing).
void append_line_to_block(Block& block, const SourceLine& line, std::string_view separator);

}  // namespace plancheck::parse
