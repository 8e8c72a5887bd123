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

// Lines repeated at the top or bottom of most pages (a running header or footer), compared with digits
// ignored so "第 3 页" and "第 4 页" count as the same line. pages[p][l] is line l of page p; the result
// says, for each page and line, whether to drop it.
std::vector<std::vector<bool>> running_lines(const std::vector<std::vector<std::string>>& pages);

}  // namespace plancheck::office
