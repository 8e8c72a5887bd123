#include "parse/parse.hpp"

#include <memory>

#include "parse/markdown_reader.hpp"
#include "parse/outline_recovery.hpp"
#include "parse/plain_text_reader.hpp"

#if __has_include("parse/xml_reader.hpp")
#include "parse/xml_reader.hpp"
#define PLANCHECK_HAVE_XML_READER 1
#endif

namespace plancheck::parse {

namespace {

Result<Document> read_xml(const std::string& path, text::DecodedText decoded, const ParseOptions& options) {
#ifdef PLANCHECK_HAVE_XML_READER
  return read_xml_plan(path, std::move(decoded), options);
#else
  (void)decoded;
  (void)options;
  return ToolError{ErrorKind::Syntax, path, {}, Message{MsgId::XmlPlansUnsupported, {}}};
#endif
}

}  // namespace

Result<Document> parse_document(const std::string& path, text::DecodedText decoded, const ParseOptions& options) {
  const InputFormat format = sniff_format(decoded.utf8, path);
  if (format == InputFormat::Xml) return read_xml(path, std::move(decoded), options);
  Document d;
  d.path = path;
  d.format = format;
  d.encoding = decoded.encoding;
  auto source = std::make_shared<SourceText>(std::move(decoded.utf8));
  d.source = source;
  if (format == InputFormat::Markdown) {
    MarkdownLines md = read_markdown_lines(*source);
    d.metadata.title = md.title;
    recover_outline(std::move(md.lines), *source, d);
  } else {
    recover_outline(read_plain_text_lines(*source), *source, d);
  }
  return d;
}

}  // namespace plancheck::parse
