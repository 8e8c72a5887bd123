// What one line is to a reader: a heading (with its number and title) or body text (with a list marker).
#pragma once

#include <string>
#include <string_view>

#include "core/document.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

struct LineRole {
  bool heading = false;
  Numbering numbering;           // style None for unnumbered headings and for body text without a number
  std::size_t title_offset = 0;  // where the title starts in the line's text
  std::string marker;            // body text: the list marker as written ("（1）", "①", "-", "a)"), or ""
};

// Headings in Chinese plans are short phrases: at most this many code points after the number.
constexpr std::size_t kMaxHeadingTitle = 30;

// A short phrase that names a part, not a sentence: at most `max_code_points`, no inner full stop, no
// trailing 。；：, comma or 、, no full-width comma inside.
bool reads_as_title(std::string_view title, std::size_t max_code_points);

// A heading when a Markdown heading, a bold-only short line, or a numbered line whose title reads as a
// title; otherwise body text, keeping its number or bullet as the marker.
LineRole classify_line(const SourceLine& line);

// The plan's own name: short, not a sentence, and naming a plan (预案, 办法, 方案…), or a level-1 heading
// when `single_h1` (the document has only one, so it names the whole rather than a chapter).
bool looks_like_plan_title(const SourceLine& line, bool single_h1);

}  // namespace plancheck::parse
