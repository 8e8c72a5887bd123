// Test helpers: temporary ruleset files and a complete minimal section rule to build broken variants from.
#pragma once

#include <cstdlib>
#include <optional>
#include <string>

#include "../../support/test_folder.hpp"
#include "core/tool_error.hpp"
#include "ruleset/loader.hpp"
#include "rules/engine.hpp"

namespace plancheck::testing {

inline std::string data_dir() {
  const char* env = std::getenv("PLANCHECK_DATA_DIR");
  return env ? env : PLANCHECK_SOURCE_DIR;
}

// A scratch folder per test, removed at the end, named after `name` too.
class TempDir : public TestFolder {
 public:
  explicit TempDir(const std::string& name) : TestFolder("plancheck-ruleset-" + name) {}
};

// Every message a section rule needs; `extra` goes inside the element after them.
inline std::string section_rule(const std::string& id, const std::string& extra = "") {
  return "  <section id=\"" + id + "\" severity=\"warning\">\n"
         "    <title zh=\"题\" en=\"Title\"/>\n"
         "    <basis clause=\"NAT 1.1\">条文</basis>\n"
         "    <heading>编制目的</heading>\n"
         "    <message key=\"missing\" zh=\"缺少{topic}\" en=\"no {topic}\"/>\n"
         "    <message key=\"front-matter\" zh=\"通知第{line}行\" en=\"notice line {line}\"/>\n"
         "    <message key=\"note-paragraph\" zh=\"段落第{line}行\" en=\"paragraph line {line}\"/>\n"
         "    <message key=\"note-front-matter\" zh=\"通知第{line}行\" en=\"notice line {line}\"/>\n"
         "    <remediation zh=\"补上\" en=\"Add it\"/>\n" +
         extra + "  </section>\n";
}

inline std::string ruleset_text(const std::string& body, const std::string& attrs = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ruleset id=\"t\" version=\"1\"" + attrs + ">\n" + body +
         "</ruleset>\n";
}

// Loads and compiles; the error of whichever step failed.
inline std::optional<ToolError> load_and_compile(const std::string& path) {
  auto rs = ruleset::load_ruleset(path, ruleset::LoadOptions{data_dir(), nullptr});
  if (!rs.ok()) return rs.error();
  auto compiled = rules::compile(rs.value());
  if (!compiled.ok()) return compiled.error();
  return std::nullopt;
}

}  // namespace plancheck::testing
