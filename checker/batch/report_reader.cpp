#include "batch/report_reader.hpp"

#include <initializer_list>
#include <nlohmann/json.hpp>

#include "text/ingest.hpp"
#include "text/utf8.hpp"

namespace plancheck::batch {

namespace {

using Json = nlohmann::json;

// The enum value whose to_string is `name`; `fallback` when none is.
template <typename Enum>
Enum enum_named(const std::string& name, std::initializer_list<Enum> values, Enum fallback) {
  for (Enum v : values) {
    if (to_string(v) == name) return v;
  }
  return fallback;
}

std::string text(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int number(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int>() : 0;
}

const Json& array(const Json& j, const char* key) {
  static const Json empty = Json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : empty;
}

Location location(const Json& j) {
  Location l;
  l.line = number(j, "line");
  l.column = number(j, "column");
  return l;
}

OriginalPlace place(const Json& j) { return OriginalPlace{number(j, "paragraph"), number(j, "page"), number(j, "page_line")}; }

Finding read_finding(const Json& j) {
  Finding f;
  f.message = text(j, "message");
  f.location = location(j);
  f.section = text(j, "section");
  f.evidence = text(j, "evidence");
  f.remediation = text(j, "remediation");
  f.baseline = text(j, "baseline");
  f.place = place(j);
  return f;
}

Evidence read_evidence(const Json& j) {
  return Evidence{location(j), text(j, "section"), text(j, "text"), place(j)};
}

RuleResult read_result(const Json& j) {
  using S = Status;
  RuleResult r;
  r.rule = text(j, "rule");
  r.status = enum_named(text(j, "status"), {S::Pass, S::Fail, S::NotApplicable, S::Waived}, S::Fail);
  r.severity = parse_severity(text(j, "severity")).value_or(Severity::Error);
  r.basis = text(j, "basis");
  for (const Json& f : array(j, "findings")) r.findings.push_back(read_finding(f));
  for (const Json& e : array(j, "evidence")) r.evidence.push_back(read_evidence(e));
  r.note = text(j, "note");
  return r;
}

OrgPlaceInfo read_org_place(const Json& j, const char* kind_key) {
  return OrgPlaceInfo{kind_key ? text(j, kind_key) : std::string(), text(j, "name"), location(j), text(j, "section"), {}};
}

OrgBodyInfo read_org_body(const Json& j) {
  OrgBodyInfo b;
  b.name = text(j, "name");
  b.category = text(j, "category");
  for (const Json& a : array(j, "aliases")) b.aliases.push_back(a.is_string() ? a.get<std::string>() : "");
  b.parent = text(j, "parent");
  for (const Json& h : array(j, "heads")) b.heads.push_back({text(h, "position"), text(h, "holder")});
  for (const Json& d : array(j, "definitions")) b.definitions.push_back(read_org_place(d, "how"));
  for (const Json& d : array(j, "duties")) b.duties.push_back(read_org_place(d, nullptr));
  for (const Json& t : array(j, "tasks")) b.tasks.push_back(read_org_place(t, "phase"));
  for (const Json& r : array(j, "reports_to")) b.reports_to.push_back(read_org_place(r, "to"));  // absent before 2026-12
  return b;
}

ToolError read_error(const Json& j, const std::string& path) {
  using K = ErrorKind;
  ToolError e;
  e.kind = enum_named(text(j, "kind"),
                      {K::Unreadable, K::Empty, K::Binary, K::Encoding, K::Syntax, K::Schema, K::Forbidden, K::Ruleset,
                       K::Usage, K::Limit, K::NotAPlan},
                      K::Unreadable);
  e.file = path;
  e.location = location(j);
  auto offset = j.find("offset");
  if (offset != j.end() && offset->is_number_unsigned()) e.location.offset = offset->get<std::size_t>();
  e.message = verbatim(text(j, "message"));
  return e;
}

PlanResult read_plan(const Json& j) {
  PlanResult p;
  p.path = text(j, "path");
  if (auto exact = text::hex_to_bytes(text(j, "path_bytes")); exact && !exact->empty()) p.path_bytes = *exact;
  p.format = text(j, "format");
  p.encoding = text(j, "encoding");
  p.extraction = text(j, "extraction");
  p.title = text(j, "title");
  for (const Json& r : array(j, "rulesets")) p.rulesets.push_back(r.is_string() ? r.get<std::string>() : "");
  p.as_of = text(j, "as_of");
  auto org = j.find("org_kind");
  if (org != j.end() && org->is_object()) {
    p.org.kind = parse_org_kind(text(*org, "kind")).value_or(OrgKind::Other);
    p.org.source = parse_org_kind_source(text(*org, "source")).value_or(OrgKindSource::Default);
    p.org.evidence = text(*org, "evidence");
    p.org.location.line = number(*org, "line");
    p.org.name = text(*org, "name");
  }
  p.score = number(j, "score");
  for (const Json& a : array(j, "area_scores")) {
    p.area_scores.push_back(AreaScore{text(a, "area"), number(a, "score"), number(a, "passed"), number(a, "failed"),
                                      number(a, "excluded")});
  }
  auto copied = j.find("copied_share");
  if (copied != j.end() && copied->is_number()) p.copied_share = copied->get<double>();
  auto error = j.find("error");
  if (error != j.end() && error->is_object()) p.error = read_error(*error, p.path);
  for (const Json& r : array(j, "results")) p.results.push_back(read_result(r));
  auto model = j.find("organisation");
  if (model != j.end() && model->is_object()) {
    for (const Json& b : array(*model, "bodies")) p.org_bodies.push_back(read_org_body(b));
  }
  return p;
}

report::RuleMeta read_rule(const Json& j) {
  report::RuleMeta m;
  m.id = text(j, "id");
  auto title = j.find("title");
  if (title != j.end() && title->is_object()) m.title = LocalizedText{text(*title, "zh"), text(*title, "en")};
  m.severity = parse_severity(text(j, "severity")).value_or(Severity::Error);
  m.basis = text(j, "basis");
  m.basis_document = text(j, "basis_document");
  m.basis_quote = text(j, "quote");
  m.ruleset = text(j, "ruleset");
  m.effective_from = text(j, "effective_from");
  m.effective_until = text(j, "effective_until");
  return m;
}

ToolError not_a_report(const std::string& path, MsgId why) {
  return ToolError{ErrorKind::Syntax, path, {}, Message{why, {}}};
}

}  // namespace

Result<report::RunReport> parse_json_report(const std::string& json, const std::string& path) {
  const Json doc = Json::parse(json, nullptr, false);
  if (doc.is_discarded()) return not_a_report(path, MsgId::NotJson);
  if (!doc.is_object() || text(doc, "schema") != "plancheck-report/1") return not_a_report(path, MsgId::NotAReport);
  report::RunReport run;
  auto tool = doc.find("tool");
  if (tool != doc.end() && tool->is_object()) run.tool = report::ToolInfo{text(*tool, "name"), text(*tool, "version")};
  run.as_of = text(doc, "as_of");
  for (const Json& r : array(doc, "rules")) run.rules.push_back(read_rule(r));
  for (const Json& p : array(doc, "plans")) run.plans.push_back(read_plan(p));
  return run;
}

Result<report::RunReport> read_json_report(const std::string& path) {
  const Result<std::string> bytes = text::read_file_bytes(path);  // refuses FIFOs and devices
  if (!bytes) return ToolError{ErrorKind::Unreadable, path, {}, Message{MsgId::ReportUnreadable, {}, {bytes.error().message}}};
  return parse_json_report(bytes.value(), path);
}

}  // namespace plancheck::batch
