// pugixml helpers for the parts of Office and OpenDocument packages: elements and attributes are matched by
// local name, so a producer's choice of namespace prefixes does not matter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace plancheck::office {

// "w:p" → "p".
std::string_view local_name(const char* qualified);

bool is(pugi::xml_node node, std::string_view local);

// The first child element with this local name (null node if none).
pugi::xml_node child(pugi::xml_node node, std::string_view local);

// The value of the attribute with this local name ("" if none).
std::string_view attr(pugi::xml_node node, std::string_view local);

// An OOXML on/off property (<w:b/>, <w:b w:val="false"/>): present and not switched off.
bool on(pugi::xml_node property);

std::optional<int> to_int(std::string_view text);

// Parses `text` into `doc`; on failure returns the cause ("unexpected end of data at byte 812").
// `keep_space` keeps white-space-only text nodes (OpenDocument's mixed content needs them).
std::optional<std::string> parse_xml(const std::string& text, pugi::xml_document& doc, bool keep_space);

}  // namespace plancheck::office
