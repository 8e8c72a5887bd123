// Compiling a ruleset's rules through the kind registry, and running them all on one plan.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/lang.hpp"
#include "core/result.hpp"
#include "core/tool_error.hpp"
#include "facts/plan_facts.hpp"
#include "rules/rule.hpp"
#include "ruleset/ruleset.hpp"

namespace plancheck::rules {

struct CompiledRule {
  ruleset::RuleSpec spec;
  std::unique_ptr<const Rule> rule;
};

// A ruleset whose every rule is compiled: parameters typed, message templates checked. Immutable and
// shared by all threads.
struct CompiledRuleset {
  std::string id;
  std::string version;
  LocalizedText title;
  std::string derives_from;
  std::vector<std::string> lineage;
  std::vector<CompiledRule> rules;   // sorted by id
  std::string effective_from;        // see ruleset::Ruleset
  std::string effective_until;
  bool supplement = false;
  ReviewSpec review;                 // the review form (ruleset::Ruleset::review)
};

// Fails with ErrorKind::Ruleset naming the rule's file and line when a kind is unknown, a parameter is
// wrong, or a message the kind needs is missing or does not format.
Result<std::shared_ptr<const CompiledRuleset>> compile(const ruleset::Ruleset& rs);

// One result per rule of `rs`, in rule-id order. A rule (or the whole ruleset) not in force on
// `when.as_of` is not applicable, its note saying from or until when it applies. Pure and thread-safe.
std::vector<RuleResult> run_rules(const CompiledRuleset& rs, const Document& doc, const facts::PlanFacts& facts,
                                  Lang lang, const Circumstances& when);

}  // namespace plancheck::rules
