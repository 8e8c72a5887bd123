#include "dump_outline.hpp"

#include <sstream>

namespace plancheck::parse::testing {

namespace {

void dump_sections(const std::vector<Section>& sections, std::ostringstream& out, bool with_blocks) {
  for (const Section& s : sections) {
    out << std::string(static_cast<std::size_t>(s.depth - 1) * 2, ' ') << s.numbering.text << '|' << s.title
        << " @" << s.location.line << ':' << s.location.column << " [" << to_string(s.numbering.style) << "]\n";
    if (with_blocks) {
      for (const Block& b : s.blocks) {
        out << std::string(static_cast<std::size_t>(s.depth) * 2, ' ') << "- " << to_string(b.kind) << " @"
            << b.location.line << " <" << b.marker << "> " << b.text << '\n';
      }
    }
    dump_sections(s.children, out, with_blocks);
  }
}

}  // namespace

std::string dump_outline(const Document& document) {
  std::ostringstream out;
  dump_sections(document.sections, out, false);
  return out.str();
}

std::string dump_document(const Document& document) {
  std::ostringstream out;
  out << "title: " << document.metadata.title << "\nnumber: " << document.metadata.document_number
      << "\nissuer: " << document.metadata.issuer << "\ndate: " << document.metadata.issue_date << '\n';
  for (const Block& b : document.front_matter) out << "front @" << b.location.line << ": " << b.text << '\n';
  for (const Block& b : document.preamble) out << "preamble @" << b.location.line << ": " << b.text << '\n';
  dump_sections(document.sections, out, true);
  return out.str();
}

}  // namespace plancheck::parse::testing
