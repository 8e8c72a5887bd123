#include "office/office_reader.hpp"

#include "office/docx_reader.hpp"
#include "office/odt_reader.hpp"
#include "office/pdf_reader.hpp"
#include "office/zip_archive.hpp"

namespace plancheck::office {

namespace {

constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// `name` as it is stored in an OLE directory entry (UTF-16LE).
std::string utf16le(std::string_view name) {
  std::string out;
  for (char c : name) {
    out += c;
    out += '\0';
  }
  return out;
}

ToolError error(ErrorKind kind, const std::string& path, Message message) {
  return ToolError{kind, path, {}, std::move(message)};
}

Result<Document> read_ole(std::string_view bytes, const std::string& path) {
  const auto has = [&](std::string_view name) { return bytes.find(utf16le(name)) != std::string_view::npos; };
  if (has("EncryptedPackage") || has("EncryptionInfo")) {
    return error(ErrorKind::Unreadable, path, Message{MsgId::OfficeEncrypted, {{"file", path}}});
  }
  if (has("WordDocument")) return error(ErrorKind::Unreadable, path, Message{MsgId::OfficeLegacyWord, {{"file", path}}});
  return error(ErrorKind::Unreadable, path, Message{MsgId::OfficeOtherOle, {{"file", path}}});
}

Result<Document> finish(Result<OfficeText> text, const std::string& path, InputFormat format, std::string how) {
  if (!text) return text.error();
  bool any = false;
  for (const OfficeLine& line : text.value().lines) {
    any = any || line.text.find_first_not_of(" \t") != std::string::npos || !line.cells.empty();
  }
  if (!any) return error(ErrorKind::Empty, path, Message{MsgId::OfficeEmptyDocument, {}});
  return to_document(path, format, std::move(how), text.take());
}

Result<Document> read_zip(std::string_view bytes, const std::string& path) {
  ZipFailure failure;
  std::optional<ZipArchive> zip = ZipArchive::open(bytes, path, failure);
  if (!zip) return error(ErrorKind::Syntax, path, failure.message);
  if (zip->has("word/document.xml")) {
    return finish(read_docx(*zip, path), path, InputFormat::Docx,
                  "Word body text (automatic numbering rendered, tracked changes accepted)");
  }
  if (zip->has("content.xml")) {
    return finish(read_odt(*zip, path), path, InputFormat::Odt,
                  "OpenDocument content.xml (tracked changes accepted)");
  }
  return error(ErrorKind::Unreadable, path, Message{MsgId::OfficeNotAPlanZip, {{"file", path}}});
}

}  // namespace

Container sniff_container(std::string_view bytes) {
  if (bytes.substr(0, 4) == "PK\x03\x04" || bytes.substr(0, 4) == "PK\x05\x06") return Container::Zip;
  if (bytes.substr(0, kOleMagic.size()) == kOleMagic) return Container::Ole;
  if (bytes.substr(0, 5) == "%PDF-") return Container::Pdf;
  return Container::None;
}

std::optional<Result<Document>> read_office(std::string_view bytes, const std::string& path) {
  switch (sniff_container(bytes)) {
    case Container::None: return std::nullopt;
    case Container::Ole: return read_ole(bytes, path);
    case Container::Zip: return read_zip(bytes, path);
    case Container::Pdf:
      return finish(read_pdf(bytes, path), path, InputFormat::Pdf,
                    "PDF text layer (running headers, footers and page numbers dropped)");
  }
  return std::nullopt;
}

}  // namespace plancheck::office
