// One ruleset file as written, before `extends` is resolved: its header and rule elements in order.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/tool_error.hpp"
#include "ruleset/ruleset.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::ruleset {

// A rule element exactly as one file writes it: for an override, only what it changes.
struct RuleElement {
  std::string kind;                               // element name
  std::string id;
  std::map<std::string, std::string> attributes;  // everything but id (severity, area)
  std::vector<Param> children;                    // title, basis, message, remediation and parameters
  std::string file;
  int line = 0;
};

struct Disable {
  std::string rule;
  int line = 0;
};

struct RulesetFile {
  std::string path;
  std::string id;
  std::string version;
  std::string extends;                            // "" when the ruleset is a root
  int extends_line = 0;
  LocalizedText title;
  std::string derives_from;
  std::string effective_from;                     // effective-from="YYYY-MM-DD" ("" when not given)
  std::string effective_until;                    // effective-until
  bool supplement = false;                        // supplement="true"
  std::vector<RuleElement> rules;                 // document order
  std::vector<Disable> disables;
  ReviewSpec review;                              // this file's <review> block as written (empty: none)
};

// Reads, schema-checks (when `schema` is given) and parses one file. Every failure is an
// ErrorKind::Ruleset error with the file and, where known, line and column.
Result<RulesetFile> read_ruleset_file(const std::string& path, const xml::Schema* schema);

// The file's supplement="…" as read_ruleset_file would read it, from a parse without the schema check:
// nullopt when the file cannot be read or is not well-formed XML (read_ruleset_file then says why).
// Cheap enough to decide whether a ruleset is worth loading.
std::optional<bool> peek_supplement(const std::string& path);

// A <title>, <remediation> or similar element: zh="…" en="…" attributes, or text in its lang="…".
LocalizedText localized(const Param& p);

}  // namespace plancheck::ruleset
