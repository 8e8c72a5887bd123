#include "waivers/waiver_file.hpp"

#include <algorithm>

#include <pugixml.hpp>

#include "core/source_text.hpp"
#include "text/ingest.hpp"
#include "waivers/glob.hpp"

namespace plancheck::waivers {

namespace {

// Attribute values and the justification lose surrounding white space; the schema has already made sure
// something is left.
std::string trimmed(std::string_view s) {
  constexpr const char* kSpace = " \t\r\n";
  const std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(kSpace) - first + 1));
}

}  // namespace

bool covers(const Waiver& waiver, const std::string& rule, const std::string& plan_path) {
  // Rule ids hold no '/', so the path glob serves for ids too: "structure.*" covers every structure rule.
  return glob_match(waiver.rule, rule) && glob_match(waiver.plans, plan_path);
}

std::optional<ToolError> check_rule_ids(const std::vector<Waiver>& waivers, const std::string& path,
                                        const std::vector<std::string>& rule_ids) {
  for (const Waiver& w : waivers) {
    const bool matches = std::any_of(rule_ids.begin(), rule_ids.end(), [&](const std::string& id) { return glob_match(w.rule, id); });
    if (matches) continue;
    return ToolError{ErrorKind::Usage, path, Location{0, w.line, 1},
                     with_suggestion(Message{MsgId::WaiverUnknownRule, {{"id", w.rule}}}, closest_match(w.rule, rule_ids))};
  }
  return std::nullopt;
}

Result<std::vector<Waiver>> read_waiver_file(const std::string& path, const xml::Schema& schema) {
  const Result<std::string> bytes = text::read_file_bytes(path);  // refuses FIFOs and devices
  if (!bytes) return ToolError{ErrorKind::Unreadable, path, {}, Message{MsgId::WaiverUnreadable, {}, {bytes.error().message}}};
  const std::string& text = bytes.value();
  // libxml2 validates first (and refuses entities and DTDs); pugixml then only reads a valid document.
  if (auto e = xml::check_xml(text, path, &schema)) return *e;
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size());
  if (!parsed) return ToolError{ErrorKind::Syntax, path, {}, Message{MsgId::XmlReadError, {{"detail", parsed.description()}}}};
  const SourceText source(text);
  std::vector<Waiver> waivers;
  for (const pugi::xml_node& node : doc.child("waivers").children("waiver")) {
    Waiver w;
    w.rule = node.attribute("rule").value();
    w.plans = trimmed(node.attribute("plans").value());
    w.approver = trimmed(node.attribute("approver").value());
    w.expires = node.attribute("expires").value();
    // Text and CDATA runs, split wherever a comment was skipped; the schema allows no child element.
    for (const pugi::xml_node& run : node.children()) w.justification += run.value();
    w.justification = trimmed(w.justification);
    w.line = source.locate(static_cast<std::size_t>(node.offset_debug())).line;
    waivers.push_back(std::move(w));
  }
  return waivers;
}

}  // namespace plancheck::waivers
