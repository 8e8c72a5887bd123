// Kind `superseded`: no superseded or abolished document is cited; the finding names its replacement.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "facts/phrase_pattern.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules {

struct SupersededParams {
  struct Entry {
    bool standard = false;    // a standard number (compared canonically) or a 《title》
    std::string key;          // facts::canonical_standard / facts::title_key form
    std::string ref;          // as written in the ruleset, for messages
    std::string replaced_by;  // "" when abolished without replacement
    std::string since;        // date, e.g. 2023-12-01: citing it is out of date from this day on
    std::string note;         // a remark for the message (an unverified link, a date known only to the month)
    // mention="国办发〔2013〕101号|国办发[2013]101号": how a reference that is neither a standard nor a title is
    // written (a document number, an organisation's old name); searched in the plan text.
    std::optional<facts::PhrasePattern> mention;
  };
  // <superseded ref="GB/Z 20986-2007" replaced-by="GB/T 20986-2023" since="2023-12-01"/>
  std::vector<Entry> entries;
};

// A mention inside the clause that abolishes the document (…同时废止) is not a citation of it.
class SupersededRule final : public Rule {
 public:
  explicit SupersededRule(SupersededParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;
  // {advice}: what to cite instead of the document found ("以GB/T 20986-2023替代GB/Z 20986-2007").
  MessageArgs finding_fields(Lang lang) const override;

 private:
  SupersededParams params_;
};

std::unique_ptr<const Rule> make_superseded_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
