#include "report/sarif_writer.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include "report/summary.hpp"
#include "report/uri.hpp"

namespace plancheck::report {

namespace {

using Json = nlohmann::ordered_json;

const char* const kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

const char* level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

// "drill.frequency" → "DrillFrequency": SARIF's rule name is an identifier-like label.
std::string pascal_case(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '.' || c == '-' || c == '_') {
      upper = true;
    } else {
      out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    }
  }
  return out;
}

// The clause a rule rests on, as one line: "NAT 6.2 国家网络安全事件应急预案：“…”".
std::string basis_text(const RuleMeta& m, Lang lang) {
  std::string text = m.basis;
  if (!m.basis_document.empty()) text += (text.empty() ? "" : " ") + m.basis_document;
  if (!m.basis_quote.empty()) text += tr(lang, "：“", ": \"") + m.basis_quote + tr(lang, "”", "\"");
  return text;
}

Json rule_json(const RuleMeta& m, Lang lang) {
  const std::string title = m.title.in(lang).empty() ? m.id : m.title.in(lang);
  const std::string basis = basis_text(m, lang);
  Json rule{{"id", m.id}, {"name", pascal_case(m.id)}, {"shortDescription", {{"text", title}}}};
  if (!basis.empty()) {
    rule["fullDescription"] = {{"text", basis}};
    rule["help"] = {{"text", std::string(tr(lang, "依据：", "Basis: ")) + basis}};
  }
  rule["defaultConfiguration"] = {{"level", level(m.severity)}};
  rule["properties"] = {{"basis", m.basis}, {"basisDocument", m.basis_document}, {"area", m.area},
                        {"effectiveFrom", m.effective_from}, {"effectiveUntil", m.effective_until}};
  return rule;
}

Json driver_json(const RunInfo& run) {
  Json rules = Json::array();
  for (const RuleMeta& m : run.rules) rules.push_back(rule_json(m, run.lang));
  Json driver{{"name", run.tool.name}};
  if (!run.tool.version.empty()) driver["version"] = run.tool.version;
  driver["rules"] = std::move(rules);
  return driver;
}

// SARIF regions: startColumn/endColumn in code points, endColumn one past the last underlined character.
Json region_json(const Location& at, int span) {
  Json region{{"startLine", at.line}};
  if (at.column > 0) {
    region["startColumn"] = at.column;
    if (span > 0) region["endColumn"] = at.column + span;
  }
  return region;
}

// A Word/OpenDocument plan's region is its paragraph (startLine = ¶ number), a PDF's the line on its page
// (the page in the region's properties): lines of the extracted text mean nothing to a viewer of the file.
Json region_json(const Location& at, int span, const OriginalPlace& place) {
  if (!place.known()) return region_json(at, span);
  Json region{{"startLine", place.paragraph > 0 ? place.paragraph : place.page_line}};
  Json props{{"label", place_label(place)}};
  if (place.paragraph > 0) props["paragraph"] = place.paragraph;
  if (place.page > 0) props["page"] = place.page;
  region["properties"] = std::move(props);
  return region;
}

Json location_json(const std::string& uri, std::size_t artifact, const Location& at, int span,
                   const OriginalPlace& place = {}, const std::string& section = {}) {
  Json physical{{"artifactLocation", {{"uri", uri}, {"index", artifact}}}};
  if (at.known()) physical["region"] = region_json(at, span, place);
  Json location{{"physicalLocation", std::move(physical)}};
  if (place.known() && !section.empty()) {
    location["logicalLocations"] = Json::array({Json{{"fullyQualifiedName", section}}});
  }
  return Json::array({std::move(location)});
}

struct PlanContext {
  const RunInfo& run;
  const PlanResult& plan;
  std::string uri;
  std::size_t artifact;
};

Json finding_properties(const Finding& f) {
  Json props = Json::object();
  if (!f.section.empty()) props["section"] = f.section;
  if (!f.evidence.empty()) props["evidence"] = f.evidence;
  if (!f.remediation.empty()) props["remediation"] = f.remediation;
  return props;
}

Json result_json(const PlanContext& c, const RuleResult& r, const Finding& f) {
  Json result{{"ruleId", r.rule}};
  const RuleMeta* meta = c.run.find_rule(r.rule);
  if (meta) result["ruleIndex"] = meta - c.run.rules.data();
  result["level"] = level(r.severity);
  std::string text = f.message.empty() ? r.rule : f.message;
  if (!f.remediation.empty()) text += tr(c.run.lang, "\n建议：", "\nFix: ") + f.remediation;
  result["message"] = {{"text", text}};
  result["locations"] = location_json(c.uri, c.artifact, f.location, f.span, f.place, f.section);
  if (f.baseline == "new" || f.baseline == "unchanged") result["baselineState"] = f.baseline;
  if (r.status == Status::Waived) {
    result["suppressions"] = Json::array({Json{{"kind", "external"}, {"status", "accepted"}, {"justification", r.note}}});
  }
  Json props = finding_properties(f);
  if (!r.basis.empty()) props["basis"] = r.basis;
  // The measure behind a copied-parent finding: the share of the plan copied from its parent plan.
  for (const auto& [name, value] : r.metrics) {
    if (name == "copied_share") props["copiedShare"] = std::round(value * 10000) / 10000;
  }
  if (!props.empty()) result["properties"] = std::move(props);
  return result;
}

// A waived rule whose findings were not kept still shows, as one suppressed result with no region.
std::vector<Json> results_of(const PlanContext& c, const RuleResult& r) {
  std::vector<Json> out;
  if (r.status != Status::Fail && r.status != Status::Waived) return out;
  for (const Finding& f : r.findings) out.push_back(result_json(c, r, f));
  if (out.empty() && r.status == Status::Waived) {
    Finding placeholder;
    placeholder.message = r.note;
    out.push_back(result_json(c, r, placeholder));
  }
  return out;
}

// The charset name SARIF expects (IANA), without plancheck's "(BOM)" remark.
std::string charset(const std::string& encoding) {
  const auto space = encoding.find(' ');
  return space == std::string::npos ? encoding : encoding.substr(0, space);
}

const char* mime_type(const std::string& format) {
  if (format == "xml") return "application/xml";
  if (format == "markdown") return "text/markdown";
  return "text/plain";
}

Json artifact_json(const PlanResult& p, const std::string& uri) {
  Json artifact{{"location", {{"uri", uri}}}};
  if (!p.error) {
    artifact["mimeType"] = mime_type(p.format);
    if (!p.encoding.empty()) artifact["encoding"] = charset(p.encoding);
    artifact["properties"] = {{"asOf", p.as_of},
                              {"orgKind", std::string(to_string(p.org.kind))},
                              {"orgKindSource", std::string(to_string(p.org.source))},
                              {"orgKindEvidence", p.org.evidence}};
    if (const std::optional<double> share = copied_share_value(p)) artifact["properties"]["copiedShare"] = *share;
  }
  return artifact;
}

Json notification_json(const ToolError& e, const std::string& uri, std::size_t artifact, Lang lang) {
  Json physical{{"artifactLocation", {{"uri", uri}, {"index", artifact}}}};
  if (e.location.known()) {
    physical["region"] = region_json(e.location, 0);
  } else if (e.location.offset > 0) {
    physical["region"] = {{"byteOffset", e.location.offset}};
  }
  return Json{{"level", e.kind == ErrorKind::NotAPlan ? "note" : "error"},
              {"message", {{"text", e.message.text(lang)}}},
              {"locations", Json::array({Json{{"physicalLocation", std::move(physical)}}})},
              {"descriptor", {{"id", std::string(to_string(e.kind))}}}};
}

// Replace rather than throw on invalid UTF-8: a report must never be lost to one bad byte.
void write_json(std::ostream& out, const Json& value, const std::string& indent) {
  const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
  for (char c : text) {
    out << c;
    if (c == '\n') out << indent;
  }
}

// The run is framed here and each value in it serialised by nlohmann-json: results stream out one plan at a
// time; only the small per-plan artifact entries and error notifications wait for close().
class SarifStream final : public ReportStream {
 public:
  SarifStream(const RunInfo& run, std::ostream& out) : run_(run), out_(out) {
    out_ << "{\n  \"$schema\": \"" << kSchema << "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
         << "      \"tool\": ";
    write_json(out_, Json{{"driver", driver_json(run)}}, "      ");
    out_ << ",\n      \"language\": \"" << tr(run.lang, "zh-CN", "en-US") << "\",\n"
         << "      \"columnKind\": \"unicodeCodePoints\",\n      \"properties\": ";
    write_json(out_, Json{{"asOf", run.as_of}}, "      ");
    out_ << ",\n      \"results\": [";
  }

  void plan(const PlanResult& plan) override {
    const PlanContext context{run_, plan, path_to_uri(plan.path), artifacts_.size()};
    artifacts_.push_back(artifact_json(plan, context.uri));
    if (plan.error) notifications_.push_back(notification_json(*plan.error, context.uri, context.artifact, run_.lang));
    for (const RuleResult& r : plan.results) {
      for (const Json& result : results_of(context, r)) {
        out_ << (first_ ? "\n        " : ",\n        ");
        write_json(out_, result, "        ");
        first_ = false;
      }
    }
  }

  void close(const RunTally&) override {
    out_ << (first_ ? "]" : "\n      ]") << ",\n      \"artifacts\": ";
    write_json(out_, artifacts_, "      ");
    Json invocation{{"executionSuccessful", notifications_.empty()}};
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
    out_ << ",\n      \"invocations\": ";
    write_json(out_, Json::array({invocation}), "      ");
    out_ << "\n    }\n  ]\n}\n";
  }

 private:
  const RunInfo run_;  // a copy: the caller may drop its RunInfo before close()
  std::ostream& out_;
  Json artifacts_ = Json::array();
  Json notifications_ = Json::array();
  bool first_ = true;
};

}  // namespace

std::unique_ptr<ReportStream> SarifWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<SarifStream>(run, out);
}

}  // namespace plancheck::report
