// The interface of a rule kind: a compiled rule queries a plan's facts and reports one result.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/circumstances.hpp"
#include "core/document.hpp"
#include "core/lang.hpp"
#include "core/result.hpp"
#include "facts/plan_facts.hpp"
#include "ruleset/ruleset.hpp"

namespace plancheck::rules {

// Named values for a message template: {"found", "定期"} fills {found}.
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

// Where a finding points: a place in the plan, or (location unknown) the section where the missing
// text belongs.
struct Place {
  Location location;
  int span = 0;              // code points to underline
  std::string section;
  std::string evidence;      // original text quoted
};

// Collects what one rule says about one plan. Rules never print and never throw.
class Reporter {
 public:
  Reporter(const ruleset::RuleSpec& spec, Lang lang);

  // The requirement is met here (may be called several times; evidence accumulates, each place once: four
  // colours mapped in one sentence quote it once).
  void pass(Evidence evidence);
  // A gap: formats messages[key] with `args` in the run's language; adds the rule's remediation (its
  // fields left after compile filled from the same `args`). A second gap of the same key on the same
  // sentence (one citation written with its title and its number) joins the first finding instead of
  // repeating it.
  void fail(const std::string& key, const MessageArgs& args, Place place);
  // The rule does not apply to this plan (e.g. nothing to check); `note` says why.
  void not_applicable(std::string note);
  // The same with a note in both languages: the report's language is chosen.
  void not_applicable(const LocalizedText& note) { not_applicable(note.in(lang_)); }
  // A remark kept with the result, e.g. "no dedicated heading; covered by a paragraph".
  void note(std::string text);
  // The same remark from the rule's message `key`, formatted with `args` in the run's language.
  void note_message(const std::string& key, const MessageArgs& args);
  // A measure the rule took of the plan whatever its status, e.g. ("copied_share", 0.62).
  void metric(std::string name, double value) { result_.metrics.emplace_back(std::move(name), value); }

  RuleResult take();
  // The run's language, for arguments that are words (a duration written "1小时" or "1 hour").
  Lang lang() const { return lang_; }

 private:
  const ruleset::RuleSpec& spec_;
  Lang lang_;
  RuleResult result_;
  // Finding index by message key and sentence (line, section, evidence), and the messages each finding
  // already holds: a repeated gap joins its finding in constant time, however many findings there are.
  std::unordered_map<std::string, std::size_t> finding_of_;
  std::vector<std::unordered_set<std::string>> parts_;
  std::unordered_set<std::string> evidence_at_;  // each evidence's place and text, so none is quoted twice
  bool not_applicable_ = false;
};

struct RuleContext {
  const Document& doc;
  const facts::PlanFacts& facts;
  Circumstances when = {};   // the date judged as of and the organisation's kind
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(const RuleContext& ctx, Reporter& out) const = 0;
  // The rule's own parameters as named values for its remediation template ("每年至少组织{min_zh}次…"), so
  // that the advice follows the parameters of the ruleset in use (an override included).
  virtual MessageArgs remediation_args() const { return {}; }
  // When the advice depends on the organisation's kind (the 2025 reporting measures' limit and recipient):
  // per kind, its name and the fields a finding of that kind fills, for `rules explain` to show each
  // variant. Empty when the advice is the same for every plan.
  struct KindAdvice {
    std::string kind_name;
    MessageArgs args;
  };
  virtual std::vector<KindAdvice> advice_per_kind(Lang) const { return {}; }
  // What each finding fills into the advice that no parameter fixes (the name found, the sentence rewritten),
  // described in `lang`, for `rules explain` to show the advice without bare {fields}. Empty when a finding
  // adds nothing to the advice.
  virtual MessageArgs finding_fields(Lang) const { return {}; }
};

// Formats a message template ("演练频次仅为“{found}”") with named args. Unknown fields are a load-time
// error (see validate_template), so at check time this cannot fail.
std::string format_message(const std::string& templ, const MessageArgs& args);
// Empty when `templ` uses only these field names, each written plainly as {name} (no width, precision or
// conversion), with literal braces doubled; otherwise what is wrong and where.
std::string validate_template(const std::string& templ, const std::vector<std::string>& fields);

}  // namespace plancheck::rules
