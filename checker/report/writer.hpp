// The interface every report format implements, and the run-wide data a report is rendered from.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/result.hpp"
#include "core/severity.hpp"

namespace plancheck::report {

struct ToolInfo {
  std::string name = "plancheck";
  std::string version;
};

// What a report needs to know about a rule beyond its per-plan result (the selected rulesets merged:
// when a rule is in several, the later ruleset's metadata wins).
struct RuleMeta {
  std::string id;
  LocalizedText title;
  Severity severity = Severity::Error;
  std::string basis;           // clause reference, e.g. "NAT 6.2"
  std::string basis_document;  // the document the clause is in
  std::string basis_quote;     // the clause's text
};

struct RunReport {
  ToolInfo tool;
  std::vector<RuleMeta> rules;   // sorted by id
  std::vector<PlanResult> plans; // in input order
  Lang lang = Lang::Zh;

  // The metadata of `id`, or null when no selected ruleset has it.
  const RuleMeta* find_rule(const std::string& id) const;
};

class Writer {
 public:
  virtual ~Writer() = default;
  // Renders the whole report to `out`. Never throws for any content of `report`.
  virtual void write(const RunReport& report, std::ostream& out) const = 0;
};

}  // namespace plancheck::report
