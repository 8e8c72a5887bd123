// Word documents (.docx, WordprocessingML): the body's paragraphs and tables in order, as Word shows them
// with tracked changes accepted, automatic numbers drawn, headings from styles.
#pragma once

#include <string>
#include <string_view>

#include "core/tool_error.hpp"
#include "office/office_text.hpp"
#include "office/zip_archive.hpp"

namespace plancheck::office {

// Reads an opened .docx package. Comments, headers, footers and the cached entries of a table of contents
// are left out; text boxes and footnotes follow the paragraph that anchors them.
Result<OfficeText> read_docx(ZipArchive& zip, const std::string& path);

}  // namespace plancheck::office
