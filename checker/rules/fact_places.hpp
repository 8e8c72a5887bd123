// Turning extracted facts into report places and evidence, and reading the numeric parameters the grading
// and timing kinds share.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/scan.hpp"
#include "rules/registry.hpp"

namespace plancheck::rules {

// The sentence around a fact: its location, section path and original text.
Evidence evidence_at(const RuleContext& ctx, const facts::TextRef& ref);
// A finding pointing at a fact (underlining the fact itself).
Place place_at(const RuleContext& ctx, const facts::TextRef& ref);
// Where missing text belongs: the first heading naming one of `names` (normalised), or nowhere.
Place place_in_section(const RuleContext& ctx, const std::vector<std::string>& names);
// The original text of a fact ("30 日", "定期").
std::string fact_text(const RuleContext& ctx, const facts::TextRef& ref);

// True when `s` holds one of `words` (normalised parameter words).
bool has_any_word(std::string_view s, const std::vector<std::string>& words);

// has_any_word over the texts of many facts, which often share one: facts of one sentence or clause point
// at the same text, searched once (searching it per fact was quadratic in a long sentence), and a text
// that only grows (a deadline's anchor, the clause up to it) is searched only where it grew.
class WordSearch {
 public:
  explicit WordSearch(const std::vector<std::string>& words);
  bool in(std::string_view s);

 private:
  const std::vector<std::string>& words_;
  std::size_t longest_ = 0;
  std::string_view last_;
  bool found_ = false;
  bool searched_ = false;
};

// "I级" .. "V级" for response level numbers.
std::string response_name(int number);
// The response level a parameter names ("I级", "Ⅱ级", "一级响应"), nullopt when none.
std::optional<int> response_number(const std::string& value);
// "1", "0.5": a number for messages.
std::string format_number(double value);
// A positive number parameter; records a ParamError at the parameter's line when it is not one.
std::optional<double> positive_param(const ruleset::Param& p, std::vector<ParamError>& errors);
// A duration parameter ("1小时", "30分钟", "两小时") in minutes; records a ParamError when it is not one
// short duration (minutes, hours, days).
std::optional<double> duration_minutes_param(const ruleset::Param& p, std::vector<ParamError>& errors);
// "1小时", "30分钟", "1.5小时" (zh) or "1 hour", "30 minutes" (en) for a number of minutes.
std::string format_minutes(double minutes, Lang lang);
// The value of a parameter's attribute ("" when absent).
std::string param_attribute(const ruleset::Param& p, const std::string& name);
// The error for a parameter a kind does not take.
// True when a text parameter (not a number, which positive_param checks) is empty; reports it.
bool empty_text_param(const ruleset::Param& p, const std::string& normalized_value, std::vector<ParamError>& errors);
ParamError unknown_param(const ruleset::Param& p, const std::string& kind, const std::string& accepted);

}  // namespace plancheck::rules
