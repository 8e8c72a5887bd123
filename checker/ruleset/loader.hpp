// Loading a ruleset by bundled id or by path: schema check, `extends` chain, merge, completeness.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/tool_error.hpp"
#include "ruleset/ruleset.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::ruleset {

struct LoadOptions {
  std::string data_dir;                         // holds rulesets/ (bundled ids) and schemas/ruleset.xsd
  std::shared_ptr<const xml::Schema> schema;    // compiled ruleset.xsd; loaded from data_dir when null
};

// `id_or_path` is a bundled id ("cn-miit-2017" → <data_dir>/rulesets/cn-miit-2017.xml) or a file path.
// `extends` in a file resolves the same way, a relative path against the extending file's folder.
// Every problem — unreadable, invalid, an extends cycle, an incomplete rule — is an ErrorKind::Ruleset
// error naming file and line. Rules come back sorted by id.
Result<Ruleset> load_ruleset(const std::string& id_or_path, const LoadOptions& options);

// The compiled <data_dir>/schemas/ruleset.xsd, to load many rulesets with one (LoadOptions::schema).
// Its problems are ErrorKind::Ruleset errors, as load_ruleset's.
Result<std::shared_ptr<const xml::Schema>> load_ruleset_schema(const std::string& data_dir);

// Does the ruleset `id_or_path` (as load_ruleset resolves it) say supplement="true"? Read from that file
// alone, without the schema check or its extends chain: nullopt when it cannot be read or parsed, which
// load_ruleset reports.
std::optional<bool> peek_supplement(const std::string& id_or_path, const std::string& data_dir);

// Ids of the rulesets in <data_dir>/rulesets, sorted.
std::vector<std::string> list_bundled_rulesets(const std::string& data_dir);

}  // namespace plancheck::ruleset
