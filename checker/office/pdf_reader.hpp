// PDF plans (poppler-cpp lives here only): the text layer page by page in reading order, running headers,
// footers and page-number lines dropped, every line located by page and line.
#pragma once

#include <string>
#include <string_view>

#include "core/tool_error.hpp"
#include "office/office_text.hpp"

namespace plancheck::office {

// A PDF with no text on any page (a scan) is an error saying it needs OCR; an encrypted or damaged PDF is
// an error too.
Result<OfficeText> read_pdf(std::string_view bytes, const std::string& path);

// poppler's reading-order text drops a '-' that ends a line and joins the line to the next, as for a word
// hyphenated at the margin in Western text. In a Chinese plan a line ends in '-' where a number was cut
// (GB/Z 20986-/2007, 0839-/1234567, 2024-01-/01). `physical` is the same page's text in its physical
// layout, which keeps its lines: wherever one ends in '-', the '-' and the line break are put back into
// `reading` between the end of that line and the start of the next (their characters up to a space, six at
// most, found in that order).
std::string with_line_end_hyphens(std::string reading, std::string_view physical);

}  // namespace plancheck::office
