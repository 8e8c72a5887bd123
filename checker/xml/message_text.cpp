#include "xml/message_text.hpp"

#include <cctype>
#include <regex>
#include <sstream>
#include <vector>

#include <libxml/xmlerror.h>

#include "text/utf8.hpp"

namespace plancheck::xml {
namespace {

std::string expected_names(const std::string& list);

}  // namespace

// One line, no namespace URIs ("{urn:plancheck:plan:1}p" → "p"; a value set "{'a', 'b'}" stays), no
// "[facet ...]" jargon, no trailing full stop.
std::string flatten(std::string_view raw) {
  static const std::regex ns_uri(R"(\{[^{}' ]*\})");
  static const std::regex spaces(R"(\s+)");
  static const std::regex facet(R"(\[facet '[^']*'\] The value)");
  std::string s = std::regex_replace(std::string(raw), ns_uri, "");
  s = std::regex_replace(s, facet, "the value");
  s = std::regex_replace(s, spaces, " ");
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

namespace {

// "p, list, table" → "one of 'p', 'list', 'table'"; "section" → "'section'".
std::string expected_names(const std::string& list) {
  std::istringstream in(list);
  std::string name;
  std::string out;
  int count = 0;
  while (std::getline(in, name, ',')) {
    const auto b = name.find_first_not_of(' ');
    const auto e = name.find_last_not_of(' ');
    if (b == std::string::npos) continue;
    out += (count++ ? ", '" : "'") + name.substr(b, e - b + 1) + "'";
  }
  return count > 1 ? "one of " + out : out;
}

struct Rewrite {
  std::regex pattern;
  MsgId id;
  const char* first;   // the field taking group 1
  const char* second;  // the field taking group 2 (nullptr: none); "expected" lists names
};

const std::vector<Rewrite>& rewrites() {
  static const std::vector<Rewrite> table = {
      {std::regex(R"(^Element '([^']+)': This element is not expected\. Expected is (?:one of )?\( (.*) \)$)"),
       MsgId::SchemaUnexpectedExpected, "element", "expected"},
      {std::regex(R"(^Element '([^']+)': This element is not expected$)"), MsgId::SchemaUnexpected, "element", nullptr},
      {std::regex(R"(^Element '([^']+)': Missing child element\(s\)\. Expected is (?:one of )?\( (.*) \)$)"),
       MsgId::SchemaIncomplete, "element", "expected"},
      {std::regex(R"(^Element '([^']+)': The attribute '([^']+)' is required but missing$)"),
       MsgId::SchemaMissingAttribute, "element", "attribute"},
      {std::regex(R"(^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed$)"),
       MsgId::SchemaAttributeNotAllowed, "element", "attribute"},
      {std::regex(R"(^Element '([^']+)': No matching global declaration available for the validation root$)"),
       MsgId::SchemaUndeclaredRoot, "element", nullptr},
      {std::regex(R"(^Element '([^']+)': Character content other than whitespace is not allowed.*$)"),
       MsgId::SchemaNoText, "element", nullptr},
  };
  return table;
}

// libxml2 quotes the text around an error cut at a byte count, which can split a Chinese character; the
// message must stay valid UTF-8 for every report, so the bytes of a split character are left out.
std::string whole_characters(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t len = text::utf8_sequence_length(s, pos);
    if (len > 0) out.append(s, pos, len);
    pos += len > 0 ? len : 1;
  }
  return out;
}

}  // namespace

Message schema_message(std::string_view raw) {
  std::string s = flatten(whole_characters(raw));
  for (const Rewrite& r : rewrites()) {
    std::smatch m;
    if (!std::regex_match(s, m, r.pattern)) continue;
    Message out{r.id, {{r.first, m[1].str()}}};
    if (r.second != nullptr) {
      const std::string second = std::string(r.second) == "expected" ? expected_names(m[2].str()) : m[2].str();
      out.fields.emplace_back(r.second, second);
    }
    return out;
  }
  const auto set = s.find("is not an element of the set");
  if (set != std::string::npos) s.replace(set, 28, "is not one of");
  return Message{MsgId::SchemaOther, {{"detail", s}}};
}

Message parse_message(int code, std::string_view raw) {
  const std::string detail = flatten(whole_characters(raw));
  MsgId id = MsgId::XmlSyntaxOther;
  switch (code) {
    case XML_ERR_TAG_NAME_MISMATCH:
    case XML_ERR_LTSLASH_REQUIRED: id = MsgId::XmlTagMismatch; break;
    case XML_ERR_GT_REQUIRED: id = MsgId::XmlStartTag; break;
    case XML_ERR_NAME_REQUIRED:
    case XML_ERR_DOCUMENT_EMPTY: id = MsgId::XmlTagNameExpected; break;
    case XML_ERR_TAG_NOT_FINISHED: id = MsgId::XmlPrematureEnd; break;
    case XML_ERR_DOCUMENT_END:
    case XML_ERR_EXTRA_CONTENT: id = MsgId::XmlDocumentEnd; break;
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_ATTRIBUTE_REDEFINED:
    case XML_ERR_LT_IN_ATTRIBUTE:
    case XML_ERR_SPACE_REQUIRED: id = MsgId::XmlAttributeError; break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF: id = MsgId::XmlEntityError; break;
    case XML_NS_ERR_UNDEFINED_NAMESPACE:
    case XML_NS_ERR_QNAME:
    case XML_NS_ERR_ATTRIBUTE_REDEFINED: id = MsgId::XmlNamespaceError; break;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING: id = MsgId::XmlBadCharacter; break;
    default: break;
  }
  return Message{id, {{"detail", detail}}};
}

}  // namespace plancheck::xml
