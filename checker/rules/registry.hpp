// THE table of rule kinds: name, summary, the messages each needs and the factory that compiles a rule.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"
#include "ruleset/ruleset.hpp"

namespace plancheck::rules {

// A problem with a rule's parameters, found when the rule is compiled.
struct ParamError {
  int line = 0;
  std::string message;
};

struct MessageSpec {
  std::string_view key;                  // e.g. "missing", "vague", "too-rare"
  std::vector<std::string> fields;       // named fields the kind supplies to that template
  bool fragment = false;                 // formatted by the rule into another message's field, never reported
};

using Factory = std::unique_ptr<const Rule> (*)(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

struct KindInfo {
  std::string_view name;                 // as in rulesets/*.xml, e.g. "section"
  std::string_view summary;              // one sentence, shown by `plancheck rules list --kinds`
  std::vector<MessageSpec> messages;     // every key the kind may report; the ruleset must define each
  Factory make;
};

// Sorted by name. Ruleset validation, `rules list` and the registry test all read this one table.
const std::vector<KindInfo>& kinds();
const KindInfo* find_kind(std::string_view name);

}  // namespace plancheck::rules
