// check_xml: libxml2 well-formedness and schema checks that never fetch a DTD and never declare, load or
// expand an entity, so neither XXE nor entity-expansion bombs can happen.
#include "xml/xml_check.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <regex>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "core/source_text.hpp"
#include "xml/libxml_support.hpp"
#include "xml/message_text.hpp"

namespace plancheck::xml {
namespace {

constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

// Network off, the document's own encoding declaration ignored (the text given to us is already UTF-8),
// real line numbers beyond 65535. Deliberately absent: NOENT (substitution), DTDLOAD, DTDATTR, DTDVALID.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;

// Per-call state reached from libxml2 callbacks through xmlParserCtxt::_private, so nothing is shared
// between threads.
struct CallState {
  std::string_view text;
  const std::string* file = nullptr;
  std::optional<ToolError> error;       // the first error wins
  internalSubsetSAXFunc default_internal_subset = nullptr;
  startElementNsSAX2Func default_start_element = nullptr;
};

CallState& state_of(void* ctx) {
  return *static_cast<CallState*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

// Byte offset the parser has reached in the document (not in an entity or DTD it might be reading).
std::size_t parser_offset(xmlParserCtxtPtr ctxt) {
  if (ctxt->inputNr < 1 || ctxt->inputTab[0] == nullptr) return kNoOffset;
  const xmlParserInputPtr in = ctxt->inputTab[0];
  if (in->base == nullptr || in->cur == nullptr) return kNoOffset;
  return static_cast<std::size_t>(in->consumed) + static_cast<std::size_t>(in->cur - in->base);
}

// Positions come from byte offsets in the UTF-8 text: libxml2's own columns count bytes or characters
// depending on its version and code path, ours count code points.
Location locate(std::string_view text, std::size_t offset) {
  return SourceText(std::string(text)).locate(offset);
}

void fail(CallState& state, ErrorKind kind, Location where, Message message) {
  if (!state.error) state.error = ToolError{kind, *state.file, where, std::move(message)};
}

// Refuses at `keyword` ("<!ENTITY", "<!DOCTYPE") before the parser position, and stops the parser.
void refuse(xmlParserCtxtPtr ctxt, const char* keyword, Message message) {
  CallState& state = state_of(ctxt);
  std::size_t at = parser_offset(ctxt);
  if (at != kNoOffset) {
    const std::size_t found = state.text.rfind(keyword, std::min(at, state.text.size()));
    if (found != std::string_view::npos) at = found;
  }
  fail(state, ErrorKind::Forbidden, at == kNoOffset ? Location{} : locate(state.text, at), std::move(message));
  xmlStopParser(ctxt);
}

std::string str(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

void on_entity_decl(void* ctx, const xmlChar* name, int type, const xmlChar* public_id,
                    const xmlChar* system_id, xmlChar* /*content*/) {
  const bool parameter = type == XML_INTERNAL_PARAMETER_ENTITY || type == XML_EXTERNAL_PARAMETER_ENTITY;
  const std::string what = (parameter ? "%" : "") + str(name);
  if (public_id != nullptr || system_id != nullptr) {
    refuse(static_cast<xmlParserCtxtPtr>(ctx), "<!ENTITY",
           Message{MsgId::XmlExternalEntity, {{"what", what}, {"system", str(system_id)}}});
  } else {
    refuse(static_cast<xmlParserCtxtPtr>(ctx), "<!ENTITY", Message{MsgId::XmlEntityDeclaration, {{"what", what}}});
  }
}

void on_internal_subset(void* ctx, const xmlChar* name, const xmlChar* public_id, const xmlChar* system_id) {
  if (public_id != nullptr || system_id != nullptr) {
    refuse(static_cast<xmlParserCtxtPtr>(ctx), "<!DOCTYPE",
           Message{MsgId::XmlExternalDtd, {{"system", str(system_id)}}});
    return;
  }
  state_of(ctx).default_internal_subset(ctx, name, public_id, system_id);
}

// Remembers where each element's start tag begins, in the element's _private field (the document is ours
// and short-lived), so that schema errors point at the tag. libxml2's own node lines give no column.
void on_start_element(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri,
                      int nb_namespaces, const xmlChar** namespaces, int nb_attributes, int nb_defaulted,
                      const xmlChar** attributes) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  CallState& state = state_of(ctxt);
  state.default_start_element(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
                              nb_defaulted, attributes);
  // The parser stands at the end of the start tag; '<' cannot occur inside it (not even in attribute
  // values), so the last '<' before here opens it.
  const std::size_t at = parser_offset(ctxt);
  if (ctxt->node == nullptr || at == kNoOffset) return;
  const std::size_t open = state.text.rfind('<', std::min(at, state.text.size()));
  if (open != std::string_view::npos) ctxt->node->_private = reinterpret_cast<void*>(open + 1);
}

// Some errors are detected past the construct they concern; point back at its start.
std::size_t anchor(std::string_view text, std::size_t at, int code) {
  const char* start = code == XML_ERR_UNDECLARED_ENTITY   ? "&"
                      : code == XML_ERR_TAG_NAME_MISMATCH ? "</"
                                                          : nullptr;
  if (start == nullptr || at == kNoOffset) return at;
  const std::size_t found = text.rfind(start, std::min(at, text.size()));
  return found == std::string_view::npos ? at : found;
}

void on_parse_error(void* ctx, xmlErrorPtr error) {
  if (error == nullptr || error->level < XML_ERR_ERROR || error->code == XML_ERR_USER_STOP) return;
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  CallState& state = state_of(ctxt);
  const std::size_t at = anchor(state.text, parser_offset(ctxt), error->code);
  Location where = at == kNoOffset ? Location{0, error->line, error->int2} : locate(state.text, at);
  fail(state, ErrorKind::Syntax, where, parse_message(error->code, error->message ? error->message : "not well-formed"));
}

// A parser context wired to `state`: our error handler, our DTD guards, node positions recorded.
xmlParserCtxtPtr make_parser(CallState& state) {
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(state.text.data(), static_cast<int>(state.text.size()));
  if (ctxt == nullptr) return nullptr;
  xmlCtxtUseOptions(ctxt, kParseOptions);
  ctxt->replaceEntities = 0;
  ctxt->loadsubset = 0;
  ctxt->validate = 0;
  ctxt->_private = &state;
  state.default_internal_subset = ctxt->sax->internalSubset;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->entityDecl = on_entity_decl;
  ctxt->sax->serror = on_parse_error;
  state.default_start_element = ctxt->sax->startElementNs;
  ctxt->sax->startElementNs = on_start_element;
  return ctxt;
}


// Offset of attribute `name` inside the start tag beginning at `tag`, or `tag` itself.
std::size_t attribute_offset(std::string_view text, std::size_t tag, const std::string& name) {
  const std::size_t end = text.find('>', tag);
  for (std::size_t at = text.find(name, tag); at < end && at != std::string_view::npos;
       at = text.find(name, at + 1)) {
    const std::size_t after = text.find_first_not_of(" \t\r\n", at + name.size());
    const bool space_before = at > tag && std::string_view(" \t\r\n").find(text[at - 1]) != std::string_view::npos;
    if (space_before && after < text.size() && text[after] == '=') return at;
  }
  return tag;
}

// Where a violation points: the attribute it names inside its element's start tag, else the '<' of
// that start tag.
Location violation_location(const FirstError& v, std::string_view text) {
  xmlNodePtr element = v.node;
  while (element != nullptr && element->type != XML_ELEMENT_NODE) element = element->parent;
  if (element == nullptr || element->_private == nullptr) {
    return Location{0, v.node ? static_cast<int>(xmlGetLineNo(v.node)) : v.line, 0};
  }
  std::size_t at = reinterpret_cast<std::uintptr_t>(element->_private) - 1;
  static const std::regex attribute_named(R"(attribute '([^']+)')");
  std::smatch m;
  if (std::regex_search(v.raw, m, attribute_named)) at = attribute_offset(text, at, m[1].str());
  return locate(text, at);
}

std::optional<ToolError> validate_tree(xmlParserCtxtPtr ctxt, const Schema& schema, const CallState& state) {
  xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema.impl().schema);
  if (valid == nullptr) return ToolError{ErrorKind::Schema, *state.file, {}, Message{MsgId::SchemaValidatorFailed, {}}};
  FirstError violation;
  xmlSchemaSetValidStructuredErrors(valid, keep_first_error, &violation);
  const int rc = xmlSchemaValidateDoc(valid, ctxt->myDoc);
  xmlSchemaFreeValidCtxt(valid);
  if (rc == 0 && !violation.set) return std::nullopt;
  if (!violation.set) return ToolError{ErrorKind::Schema, *state.file, {}, Message{MsgId::SchemaValidationFailed, {}}};
  return ToolError{ErrorKind::Schema, *state.file, violation_location(violation, state.text),
                   violation.message};
}

}  // namespace

std::optional<ToolError> check_xml(std::string_view xml_text, const std::string& file, const Schema* schema) {
  ensure_libxml_initialised();
  CallState state;
  state.text = xml_text;
  state.file = &file;
  if (xml_text.size() > static_cast<std::size_t>(INT_MAX)) {
    return ToolError{ErrorKind::Syntax, file, {}, Message{MsgId::XmlTooLarge, {}}};
  }
  if (xml_text.empty()) return ToolError{ErrorKind::Syntax, file, Location{0, 1, 1}, Message{MsgId::XmlEmpty, {}}};
  xmlParserCtxtPtr ctxt = make_parser(state);
  if (ctxt == nullptr) return ToolError{ErrorKind::Syntax, file, {}, Message{MsgId::XmlParserFailed, {}}};
  xmlParseDocument(ctxt);
  if (!state.error && !ctxt->wellFormed) fail(state, ErrorKind::Syntax, {}, Message{MsgId::XmlNotWellFormed, {}});
  if (!state.error && schema != nullptr) state.error = validate_tree(ctxt, *schema, state);
  if (ctxt->myDoc != nullptr) xmlFreeDoc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  xmlFreeParserCtxt(ctxt);
  return state.error;
}

}  // namespace plancheck::xml
