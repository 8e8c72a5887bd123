// Shared by the phrase-based kinds: ruleset patterns compiled once, and the part of a plan a rule looks in.
#pragma once

#include <string>
#include <vector>

#include "facts/passages.hpp"
#include "facts/phrase_pattern.hpp"
#include "rules/registry.hpp"
#include "ruleset/ruleset.hpp"

namespace plancheck::rules {

// Every parameter named `name` compiled as a phrase pattern; an empty pattern is a ParamError.
facts::PatternList compile_patterns(const ruleset::RuleSpec& spec, const std::string& name,
                                    std::vector<ParamError>& errors);

// <scope fallback="absent|always|never">编制依据|依据</scope>: sections whose heading (or an ancestor's)
// matches. fallback says when the whole plan is searched too: only when no heading matches (absent, the
// default), also when the scope lacks the text (always), or never.
struct PhraseScope {
  enum class Fallback { Absent, Always, Never };
  facts::PatternList headings;
  Fallback fallback = Fallback::Absent;

  static PhraseScope read(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

  // Passage indices to search, tier by tier: the scoped sections first, then (per fallback) the whole plan.
  std::vector<std::vector<std::size_t>> tiers(const facts::Passages& passages) const;
  // Path of the first section in scope ("" when none), where a finding about missing text points.
  std::string first_section(const facts::Passages& passages) const;
};

// A small positive integer parameter (<min>6</min>); `fallback` when absent.
int int_param(const ruleset::RuleSpec& spec, const std::string& name, int fallback, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
