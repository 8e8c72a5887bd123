#include "office/office_xml.hpp"

#include <charconv>
#include <cstring>

#include <fmt/format.h>

namespace plancheck::office {

std::string_view local_name(const char* qualified) {
  std::string_view name(qualified);
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(pugi::xml_node node, std::string_view local) {
  return node.type() == pugi::node_element && local_name(node.name()) == local;
}

pugi::xml_node child(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, local)) return c;
  }
  return {};
}

std::string_view attr(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (local_name(a.name()) == local) return a.value();
  }
  return {};
}

bool on(pugi::xml_node property) {
  if (!property) return false;
  const std::string_view v = attr(property, "val");
  return v != "0" && v != "false" && v != "off" && v != "none";
}

std::optional<int> to_int(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<std::string> parse_xml(const std::string& text, pugi::xml_document& doc, bool keep_space) {
  // No DOCTYPE processing: pugixml never fetches external entities, and parse_doctype is off.
  const unsigned flags = (pugi::parse_default & ~pugi::parse_doctype) |
                         (keep_space ? pugi::parse_ws_pcdata : pugi::parse_ws_pcdata_single);
  const pugi::xml_parse_result result = doc.load_buffer(text.data(), text.size(), flags, pugi::encoding_utf8);
  if (result) return std::nullopt;
  return fmt::format("{} at byte {}", result.description(), result.offset);
}

}  // namespace plancheck::office
