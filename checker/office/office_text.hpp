// What the Word, OpenDocument and PDF readers extract: the plan's lines with where each is in the original
// file, and the document properties. One conversion turns it into the Document every reader produces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "parse/source_line.hpp"

namespace plancheck::office {

struct OfficeLine {
  parse::LineKind kind = parse::LineKind::Text;
  std::string text;                 // table rows: built from `cells`
  std::vector<std::string> cells;   // table rows
  int heading_level = 0;            // from a heading style or outline level: 1..9
  bool bold = false;                // every visible character is bold
  std::string marker;               // bullets: the bullet as Word shows it
  int group = 0;                    // lines of one paragraph share a group; 0 = may join any neighbour (PDF)
  OriginalPlace place;
};

struct OfficeText {
  std::vector<OfficeLine> lines;
  std::string title;                // document properties
  std::string author;
  std::string company;
};

// "目录", "目 录", "Contents": the title above a table of contents. Readers drop it with the table, since
// alone it would read as the start of one and swallow the headings after it.
bool is_toc_title(std::string_view text);

// A title from the document properties as a plan's title, or "" when it names no plan: an exporter's
// decoration goes ("Microsoft Word - 应急预案.doc" → "应急预案"), and a title without a letter or an
// ideograph ("---") or the name a word processor gives a new document ("Untitled", "文档1", "标题") is none.
std::string property_title(std::string_view raw);

// The Document of `text`: a synthetic UTF-8 source (one line per OfficeLine, so every location maps back
// to its place), outline recovery as for Markdown and plain text, document properties as metadata where the
// plan itself does not say.
Document to_document(const std::string& path, InputFormat format, std::string how, OfficeText text);

}  // namespace plancheck::office
