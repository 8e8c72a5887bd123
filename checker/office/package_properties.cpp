#include "office/package_properties.hpp"

#include <string_view>

#include "office/office_xml.hpp"

namespace plancheck::office {

namespace {

constexpr std::size_t kMaxProperty = 512;  // bytes; a property longer than this is not a title

std::string trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
  return std::string(text.substr(0, kMaxProperty));
}

// The trimmed text of the first element with this local name among the children and grandchildren of
// `root` (core.xml and app.xml hold properties as children, meta.xml inside office:meta).
std::string find_text(pugi::xml_node root, std::string_view local) {
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (is(n, local)) return trimmed(n.text().get());
    for (pugi::xml_node m = n.first_child(); m; m = m.next_sibling()) {
      if (is(m, local)) return trimmed(m.text().get());
    }
  }
  return "";
}

void read_part(ZipArchive& zip, const std::string& part, pugi::xml_document& doc) {
  if (!zip.has(part)) return;
  ZipFailure failure;
  if (const auto xml = zip.read(part, failure)) {
    if (parse_xml(*xml, doc, false)) doc.reset();
  }
}

void set_if_empty(std::string& field, std::string value) {
  if (field.empty()) field = std::move(value);
}

}  // namespace

void read_package_properties(ZipArchive& zip, OfficeText& text) {
  pugi::xml_document core, app, meta;
  read_part(zip, "docProps/core.xml", core);
  read_part(zip, "docProps/app.xml", app);
  read_part(zip, "meta.xml", meta);
  for (const pugi::xml_document* doc : {&core, &meta}) {
    set_if_empty(text.title, find_text(doc->document_element(), "title"));
    set_if_empty(text.author, find_text(doc->document_element(), "creator"));
    set_if_empty(text.author, find_text(doc->document_element(), "initial-creator"));
  }
  set_if_empty(text.company, find_text(app.document_element(), "Company"));
}

}  // namespace plancheck::office
