// Building .docx packages from WordprocessingML snippets and reading them back, for the office tests.
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/document.hpp"
#include "office/office_reader.hpp"
#include "../../support/zip_writer.hpp"

namespace plancheck::office::testing {

inline const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

inline std::string document_xml(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + kW + "><w:body>" + body +
         "</w:body></w:document>";
}

inline std::string p(const std::string& text, const std::string& ppr = "") {
  return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

inline std::string num_pr(int num_id, int ilvl) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" + std::to_string(num_id) +
         "\"/></w:numPr>";
}

struct Package {
  std::string body;
  std::string numbering;  // inner XML of w:numbering
  std::string styles;     // inner XML of w:styles
  Parts extra;
};

inline std::string make_docx(const Package& pkg) {
  Parts parts = {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document_xml(pkg.body)}};
  if (!pkg.numbering.empty()) parts.emplace_back("word/numbering.xml", std::string("<w:numbering ") + kW + ">" + pkg.numbering + "</w:numbering>");
  if (!pkg.styles.empty()) parts.emplace_back("word/styles.xml", std::string("<w:styles ") + kW + ">" + pkg.styles + "</w:styles>");
  for (const auto& part : pkg.extra) parts.push_back(part);
  return make_zip(parts);
}

inline Document read_ok(const std::string& bytes, const std::string& path = "plan.docx") {
  std::optional<Result<Document>> doc = read_office(bytes, path);
  if (!doc) {
    ADD_FAILURE() << "not recognised as an office file";
    return {};
  }
  if (!*doc) {
    ADD_FAILURE() << doc->error().to_string(Lang::En);
    return {};
  }
  return doc->take();
}

inline ToolError read_error(const std::string& bytes, const std::string& path = "plan.docx") {
  std::optional<Result<Document>> doc = read_office(bytes, path);
  if (!doc || *doc) {
    ADD_FAILURE() << "expected an error";
    return {};
  }
  return doc->error();
}

// "depth heading" for every section, in order.
inline std::vector<std::string> outline(const Document& d) {
  std::vector<std::string> out;
  for_each_section(d.sections, [&out](const Section& s, const std::string&) {
    out.push_back(std::to_string(s.depth) + " " + s.heading);
  });
  return out;
}

// Every block's text, in document order (preamble, then each section's blocks).
inline std::string all_text(const Document& d) {
  std::string out = d.source ? d.source->text() : "";
  return out;
}

}  // namespace plancheck::office::testing
