// Rulesets as data: the typed, merged form of a rulesets/*.xml file after validation and `extends`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/review.hpp"
#include "core/severity.hpp"
#include "core/tool_error.hpp"

namespace plancheck::ruleset {

// One kind-specific parameter element of a rule, e.g. <heading>编制目的</heading> or
// <level name="特别重大" colour="红色"/>. Kinds read these into their own typed Params at load.
struct Param {
  std::string name;                              // element name
  std::string value;                             // text content, trimmed
  std::map<std::string, std::string> attributes;
  int line = 0;                                  // line in `file`
  std::string file;                              // ruleset file the element came from (may be a parent's)
};

struct RuleSpec {
  std::string id;                                // catalog id, e.g. "drill.frequency"
  std::string kind;                              // rule kind, e.g. "frequency" (rules/registry.cpp)
  Severity severity = Severity::Error;
  LocalizedText title;                           // short name of the requirement
  std::string basis;                             // clause reference: "NAT 6.2" / "MIIT 7.2"
  std::string basis_document;                    // the document the clause is in
  std::string basis_quote;                       // the clause's text, quoted
  std::map<std::string, LocalizedText> messages; // message key → fmt template with named fields
  std::map<std::string, Param> message_sources;  // message key → where it was written (line, file)
  LocalizedText remediation;
  std::vector<Param> params;
  std::string area;                              // report grouping: structure, grading, warning, ...
  std::string file;                              // ruleset file the rule (or its last override) came from
  int line = 0;
  std::string effective_from;                    // "YYYY-MM-DD" the requirement applies from ("" = always)
  std::string effective_until;                   // the day it stops applying (replaced); "" = still applies

  // Parameters named `name`, in document order.
  std::vector<const Param*> params_named(const std::string& name) const;
};

struct Ruleset {
  std::string id;                                // e.g. "cn-national-2017"
  std::string version;
  LocalizedText title;
  std::string derives_from;                      // the source document, e.g. 国家网络安全事件应急预案
  std::vector<std::string> lineage;              // ids from the root ruleset to this one
  std::string file;
  std::vector<RuleSpec> rules;                   // sorted by id; disabled rules are removed
  std::string effective_from;                    // the day its source takes effect ("" = always in force)
  std::string effective_until;                   // the day it is replaced ("" = still in force)
  // A ruleset of current law that is applied together with whichever rulesets are selected, on the dates
  // it is in force (cn-reporting-2025), rather than instead of them.
  bool supplement = false;
  // The review form (<review>), laid over the inherited one along the extends chain; every rule it names
  // is one of `rules` (references to rules a file of the chain disabled are dropped). Empty when no file
  // of the chain has one.
  ReviewSpec review;
};

// An ErrorKind::Ruleset error at `line` of `file` (column 1 when the line is known).
ToolError ruleset_error(const std::string& file, int line, MsgId id, MessageFields fields = {});

}  // namespace plancheck::ruleset
