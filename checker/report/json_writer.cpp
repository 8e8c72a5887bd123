#include "report/json_writer.hpp"

#include <nlohmann/json.hpp>

#include "report/summary.hpp"

namespace plancheck::report {

namespace {

using Json = nlohmann::ordered_json;

// Unknown positions are null rather than 0 so consumers cannot mistake them for line 0.
Json position(int value) { return value > 0 ? Json(value) : Json(nullptr); }

Json to_json(const ToolError& e) {
  return Json{{"kind", to_string(e.kind)},
              {"message", e.message},
              {"line", position(e.location.line)},
              {"column", position(e.location.column)},
              {"offset", e.location.offset}};
}

Json to_json(const Finding& f) {
  return Json{{"message", f.message},
              {"line", position(f.location.line)},
              {"column", position(f.location.column)},
              {"section", f.section},
              {"evidence", f.evidence},
              {"remediation", f.remediation}};
}

Json to_json(const Evidence& e) {
  return Json{{"line", position(e.location.line)},
              {"column", position(e.location.column)},
              {"section", e.section},
              {"text", e.text}};
}

Json to_json(const RuleResult& r) {
  Json findings = Json::array();
  for (const Finding& f : r.findings) findings.push_back(to_json(f));
  Json evidence = Json::array();
  for (const Evidence& e : r.evidence) evidence.push_back(to_json(e));
  return Json{{"rule", r.rule},          {"status", to_string(r.status)}, {"severity", to_string(r.severity)},
              {"basis", r.basis},        {"findings", std::move(findings)}, {"evidence", std::move(evidence)},
              {"note", r.note}};
}

Json to_json(const PlanResult& p) {
  Json results = Json::array();
  for (const RuleResult& r : p.results) results.push_back(to_json(r));
  return Json{{"path", p.path},
              {"format", p.format},
              {"encoding", p.encoding},
              {"title", p.title},
              {"rulesets", p.rulesets},
              {"score", p.score},
              {"error", p.error ? to_json(*p.error) : Json(nullptr)},
              {"results", std::move(results)}};
}

Json to_json(const RuleMeta& m) {
  return Json{{"id", m.id},
              {"title", Json{{"zh", m.title.zh}, {"en", m.title.en}}},
              {"severity", to_string(m.severity)},
              {"basis", m.basis},
              {"basis_document", m.basis_document},
              {"quote", m.basis_quote}};
}

Json by_severity(const SeverityCounts& c) {
  return Json{{"error", at(c, Severity::Error)}, {"warning", at(c, Severity::Warning)}, {"info", at(c, Severity::Info)}};
}

Json summary(const std::vector<PlanResult>& plans) {
  const RunTally t = tally(plans);
  return Json{{"plans", t.plans},
              {"checked", t.checked},
              {"failed", t.failed},
              {"errors", t.errors},
              {"failed_rules", by_severity(t.failed_rules)},
              {"findings", by_severity(t.findings)}};
}

}  // namespace

void JsonWriter::write(const RunReport& report, std::ostream& out) const {
  Json rules = Json::array();
  for (const RuleMeta& m : report.rules) rules.push_back(to_json(m));
  Json plans = Json::array();
  for (const PlanResult& p : report.plans) plans.push_back(to_json(p));
  const Json doc{{"schema", "plancheck-report/1"},
                 {"tool", Json{{"name", report.tool.name}, {"version", report.tool.version}}},
                 {"rules", std::move(rules)},
                 {"plans", std::move(plans)},
                 {"summary", summary(report.plans)}};
  // Replace rather than throw on invalid UTF-8: a report must never be lost to one bad byte.
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace plancheck::report
