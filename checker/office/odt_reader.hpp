// OpenDocument text (.odt, as LibreOffice and WPS save it): content.xml's headings (text:h with their
// outline level), paragraphs, lists and tables, read with the same zip and XML code as Word documents.
#pragma once

#include <string>

#include "core/tool_error.hpp"
#include "office/office_text.hpp"
#include "office/zip_archive.hpp"

namespace plancheck::office {

// Tracked changes read as accepted (the deleted text kept in text:tracked-changes is left out), as are
// annotations and the generated table of contents; notes and text frames follow their anchor paragraph.
Result<OfficeText> read_odt(ZipArchive& zip, const std::string& path);

}  // namespace plancheck::office
