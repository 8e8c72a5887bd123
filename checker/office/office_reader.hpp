// Word (.docx), OpenDocument (.odt) and PDF plans, recognised by their content: the entry point that turns
// such a file's bytes into a Document, or into a clear error for what cannot be read (.doc, .wps,
// encrypted or damaged files, zip bombs, scans).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/tool_error.hpp"

namespace plancheck::office {

enum class Container {
  None,  // not an office container: a text format (plan XML, Markdown, plain text)
  Zip,   // PK\3\4: .docx, .odt (or another zip)
  Pdf,   // %PDF- near the start
  Ole,   // D0 CF 11 E0: legacy .doc/.wps, or an encrypted Office package
};

Container sniff_container(std::string_view bytes);

// Reads the bytes of a .docx, .odt or PDF file (nothing is written to disk). nullopt when the bytes are
// not an office container, so the caller reads them as text; otherwise the Document or an error whose
// message names the cause and the fix. Pure and thread-safe.
std::optional<Result<Document>> read_office(std::string_view bytes, const std::string& path);

}  // namespace plancheck::office
