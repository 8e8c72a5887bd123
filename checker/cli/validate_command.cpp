#include <fmt/format.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_dir.hpp"
#include "cli/messages.hpp"
#include "cli/ruleset_source.hpp"
#include "cli/xml_root.hpp"
#include "text/ingest.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::cli {

namespace {

std::optional<ToolError> check_against(const std::string& xsd, const std::string& text, const std::string& file) {
  auto schema = xml::Schema::load(xsd);
  if (!schema) return schema.error();
  return xml::check_xml(text, file, schema.value().get());
}

std::optional<ToolError> validate(const Options& o, const std::string& file) {
  Result<text::DecodedText> decoded = text::read_text_file(file);
  if (!decoded) return decoded.error();
  const std::string data_dir = resolve_data_dir(o.data_dir);
  const std::string& text = decoded.value().utf8;
  const std::string root = xml_root_name(text);
  if (root == "plan") return check_against(data_dir + "/schemas/plan.xsd", text, file);
  if (root != "ruleset") {
    return ToolError{ErrorKind::Schema, file, {}, Message{Msg::UnknownXmlRoot, {{"root", root}}}};
  }
  if (auto e = check_against(data_dir + "/schemas/ruleset.xsd", text, file)) return e;
  // Schema-valid is not enough for a ruleset: extends, completeness and message templates must hold too.
  Result<batch::Rulesets> compiled = load_rulesets({file}, data_dir);
  if (!compiled) return compiled.error();
  return std::nullopt;
}

}  // namespace

int run_validate(const Options& o) {
  const std::string& file = o.paths.front();
  if (auto e = validate(o, file)) return report_tool_error(*e, o.lang);
  std::cout << say(Msg::Valid, o.lang, {{"file", file}}) << '\n';
  return kExitOk;
}

}  // namespace plancheck::cli
