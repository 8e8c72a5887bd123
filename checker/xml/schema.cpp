// Schema: loading and compiling an XML Schema once, for read-only use by any number of threads.
#include <fstream>
#include <mutex>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "xml/libxml_support.hpp"
#include "xml/message_text.hpp"

namespace plancheck::xml {


void keep_first_error(void* first_error, xmlErrorPtr error) {
  auto* first = static_cast<FirstError*>(first_error);
  if (first->set || error == nullptr || error->level < XML_ERR_ERROR) return;
  first->set = true;
  const char* raw = error->message ? error->message : "invalid XML";
  first->raw = flatten(raw);
  first->message = schema_message(raw);
  first->node = static_cast<xmlNodePtr>(error->node);
  first->line = error->line;
  first->column = error->int2;
}

void ensure_libxml_initialised() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

Schema::Impl::~Impl() {
  if (schema != nullptr) xmlSchemaFree(schema);
}

Schema::Schema(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Schema::~Schema() = default;

Result<std::shared_ptr<const Schema>> Schema::load(const std::string& xsd_path) {
  if (!std::ifstream(xsd_path)) {
    return ToolError{ErrorKind::Unreadable, xsd_path, {}, Message{MsgId::SchemaFileUnreadable, {}}};
  }
  ensure_libxml_initialised();
  FirstError first;
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(xsd_path.c_str());
  if (parser == nullptr) {
    return ToolError{ErrorKind::Schema, xsd_path, {}, Message{MsgId::SchemaInvalid, {{"detail", "xmlSchemaNewParserCtxt"}}}};
  }
  xmlSchemaSetParserStructuredErrors(parser, keep_first_error, &first);
  auto impl = std::make_unique<Impl>();
  impl->schema = xmlSchemaParse(parser);
  xmlSchemaFreeParserCtxt(parser);
  if (impl->schema == nullptr || first.set) {
    Location where;
    where.line = first.line;
    where.column = first.column;
    return ToolError{ErrorKind::Schema, xsd_path, where,
                     Message{MsgId::SchemaInvalid, {{"detail", first.set ? first.raw : "xmlSchemaParse"}}}};
  }
  return std::shared_ptr<const Schema>(new Schema(std::move(impl)));
}

}  // namespace plancheck::xml
