// The waiver file: failures an approver has accepted for a while, per rule and plan path glob.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/tool_error.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::waivers {

struct Waiver {
  std::string rule;           // a rule id or a glob of ids ("structure.*")
  std::string plans;          // a path glob (glob.hpp)
  std::string approver;
  std::string expires;        // YYYY-MM-DD; the waiver applies up to and including that day
  std::string justification;  // trimmed
  int line = 0;               // in the waiver file, for messages
};

// The first waiver whose rule (id or glob) matches none of `rule_ids`, as an error at its line naming the
// closest id: a misspelt id would otherwise waive nothing, silently.
std::optional<ToolError> check_rule_ids(const std::vector<Waiver>& waivers, const std::string& path,
                                        const std::vector<std::string>& rule_ids);

// Whether `waiver` covers `rule` of the plan at `plan_path`, ignoring its expiry.
bool covers(const Waiver& waiver, const std::string& rule, const std::string& plan_path);

// Reads `path`, validates it against `schema` (schemas/waivers.xsd) and returns its waivers in file
// order. Failures are tool errors with the file and position (Unreadable, Syntax, Forbidden, Schema).
Result<std::vector<Waiver>> read_waiver_file(const std::string& path, const xml::Schema& schema);

}  // namespace plancheck::waivers
