// Document properties of a Word or OpenDocument package (docProps/core.xml and app.xml, meta.xml): title,
// author and company, which become plan metadata where the plan's text does not say.
#pragma once

#include "office/office_text.hpp"
#include "office/zip_archive.hpp"

namespace plancheck::office {

// Fills text.title, author and company from whichever property parts the package has; a missing or
// unreadable property part leaves them empty (the plan text is what matters).
void read_package_properties(ZipArchive& zip, OfficeText& text);

}  // namespace plancheck::office
