#include "parse/parse.hpp"

namespace plancheck::parse {

InputFormat sniff_format(std::string_view, std::string_view) { return InputFormat::PlainText; }

Result<Document> parse_document(const std::string& path, text::DecodedText decoded, const ParseOptions&) {
  Document d;
  d.path = path;
  d.encoding = decoded.encoding;
  d.source = std::make_shared<SourceText>(std::move(decoded.utf8));
  return d;
}

}  // namespace plancheck::parse
