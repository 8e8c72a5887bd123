#include <cmath>
#include "report/json_writer.hpp"

#include <nlohmann/json.hpp>

#include "report/summary.hpp"
#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

using Json = nlohmann::ordered_json;

// Unknown positions are null rather than 0 so consumers cannot mistake them for line 0.
Json position(int value) { return value > 0 ? Json(value) : Json(nullptr); }

Json to_json(const ToolError& e, Lang lang) {
  return Json{{"kind", to_string(e.kind)},
              {"message", e.message.text(lang)},
              {"line", position(e.location.line)},
              {"column", position(e.location.column)},
              {"offset", e.location.offset}};
}

// Word/OpenDocument paragraph, PDF page and line: only for those formats, so other reports stay as they were.
void add_place(Json& j, const OriginalPlace& place) {
  if (place.paragraph > 0) j["paragraph"] = place.paragraph;
  if (place.page > 0) {
    j["page"] = place.page;
    j["page_line"] = place.page_line;
  }
}

// The per-plan values are built key by key: nlohmann's initializer-list form copies and re-inspects every
// element, which made building a plan's tree cost as much as writing it. Keys stay in this order.
Json to_json(const Finding& f) {
  Json j = Json::object();
  j["message"] = f.message;
  j["line"] = position(f.location.line);
  j["column"] = position(f.location.column);
  add_place(j, f.place);
  j["section"] = f.section;
  j["evidence"] = f.evidence;
  j["remediation"] = f.remediation;
  if (!f.baseline.empty()) j["baseline"] = f.baseline;  // only with --baseline, so other reports stay as they were
  return j;
}

Json to_json(const Evidence& e) {
  Json j = Json::object();
  j["line"] = position(e.location.line);
  j["column"] = position(e.location.column);
  add_place(j, e.place);
  j["section"] = e.section;
  j["text"] = e.text;
  return j;
}

Json to_json(const RuleResult& r) {
  Json j = Json::object();
  j["rule"] = r.rule;
  j["status"] = to_string(r.status);
  j["severity"] = to_string(r.severity);
  j["basis"] = r.basis;
  Json& findings = j["findings"] = Json::array();
  for (const Finding& f : r.findings) findings.push_back(to_json(f));
  Json& evidence = j["evidence"] = Json::array();
  for (const Evidence& e : r.evidence) evidence.push_back(to_json(e));
  j["note"] = r.note;
  return j;
}

Json area_scores(const PlanResult& p) {
  Json areas = Json::array();
  for (const AreaScore& a : p.area_scores) {
    areas.push_back(Json{{"area", a.area}, {"score", a.score}, {"passed", a.passed}, {"failed", a.failed},
                         {"excluded", a.excluded}});
  }
  return areas;
}

Json to_json(const OrgPlaceInfo& place, const char* kind_key) {
  Json j = Json::object();
  if (kind_key != nullptr) j[kind_key] = place.kind;
  if (!place.name.empty()) j["name"] = place.name;
  j["line"] = position(place.location.line);
  j["column"] = position(place.location.column);
  j["section"] = place.section;
  // The sentence is not quoted: a reader may have left a page header glued to it (a PDF's running header),
  // and the line, column and section already find it in the plan.
  return j;
}

// The organisation model: every body with its names, where it is defined, its duties and its tasks.
Json organisation(const PlanResult& p) {
  Json bodies = Json::array();
  for (const OrgBodyInfo& b : p.org_bodies) {
    Json j = Json::object();
    j["name"] = b.name;
    j["category"] = b.category;
    j["aliases"] = b.aliases;
    j["parent"] = b.parent;
    j["defined"] = !b.definitions.empty();
    Json& heads = j["heads"] = Json::array();
    for (const OrgHeadInfo& h : b.heads) heads.push_back(Json{{"position", h.position}, {"holder", h.holder}});
    Json& definitions = j["definitions"] = Json::array();
    for (const OrgPlaceInfo& d : b.definitions) definitions.push_back(to_json(d, "how"));
    Json& duties = j["duties"] = Json::array();
    for (const OrgPlaceInfo& d : b.duties) duties.push_back(to_json(d, nullptr));
    Json& tasks = j["tasks"] = Json::array();
    for (const OrgPlaceInfo& t : b.tasks) tasks.push_back(to_json(t, "phase"));
    Json& reports = j["reports_to"] = Json::array();
    for (const OrgPlaceInfo& r : b.reports_to) reports.push_back(to_json(r, "to"));
    bodies.push_back(std::move(j));
  }
  Json j = Json::object();
  j["bodies"] = std::move(bodies);
  return j;
}

Json to_json(const PlanResult& p, Lang lang) {
  Json j = Json::object();
  j["path"] = p.path;
  if (!p.path_bytes.empty()) j["path_bytes"] = text::bytes_to_hex(p.path_bytes);  // only for names not in UTF-8
  j["format"] = p.format;
  j["encoding"] = p.encoding;
  if (!p.extraction.empty()) j["extraction"] = p.extraction;
  j["title"] = p.title;
  j["rulesets"] = p.rulesets;
  j["as_of"] = p.as_of;
  j["org_kind"] = Json{{"kind", to_string(p.org.kind)},
                       {"source", to_string(p.org.source)},
                       {"evidence", p.org.evidence},
                       {"line", p.org.location.line > 0 ? Json(p.org.location.line) : Json(nullptr)},
                       {"name", p.org.name}};
  j["score"] = p.score;
  j["area_scores"] = area_scores(p);
  // plan.copied-parent's measure, to four decimals: only when a selected ruleset has the rule.
  if (p.copied_share) j["copied_share"] = std::round(*p.copied_share * 10000) / 10000;
  if (p.error && p.error->kind == ErrorKind::NotAPlan) {
    j["status"] = "not-a-plan";  // only on such entries, so other plans' entries stay as they were
    j["reason"] = p.error->message.text(lang);
  }
  j["error"] = p.error ? to_json(*p.error, lang) : Json(nullptr);
  Json& results = j["results"] = Json::array();
  for (const RuleResult& r : p.results) results.push_back(to_json(r));
  j["organisation"] = organisation(p);
  return j;
}

Json to_json(const RuleMeta& m) {
  return Json{{"id", m.id},
              {"title", Json{{"zh", m.title.zh}, {"en", m.title.en}}},
              {"severity", to_string(m.severity)},
              {"basis", m.basis},
              {"basis_document", m.basis_document},
              {"quote", m.basis_quote},
              {"ruleset", m.ruleset},
              {"effective_from", m.effective_from},
              {"effective_until", m.effective_until}};
}

Json by_severity(const SeverityCounts& c) {
  return Json{{"error", at(c, Severity::Error)}, {"warning", at(c, Severity::Warning)}, {"info", at(c, Severity::Info)}};
}

Json summary(const RunTally& t) {
  return Json{{"plans", t.plans},
              {"checked", t.checked},
              {"failed", t.failed},
              {"errors", t.errors},
              {"not_plans", t.not_plans},
              {"waived", t.waived},
              {"failed_rules", by_severity(t.failed_rules)},
              {"findings", by_severity(t.findings)}};
}

// Replace rather than throw on invalid UTF-8: a report must never be lost to one bad byte.
std::string dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

// `j` dumped as `dump` does, but as a value nested `depth` spaces deep in the document, appended to `out`.
// This is what basic_json::dump does internally, with a starting indent it does not expose; it spares a
// copy of every plan's text to indent its lines.
void dump_nested(const Json& j, unsigned depth, std::string& out) {
  nlohmann::detail::serializer<Json> s(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                                       Json::error_handler_t::replace);
  s.dump(j, true, false, 2, depth);
}

std::string indented(const Json& j, unsigned depth) {
  std::string out;
  dump_nested(j, depth, out);
  return out;
}

// The document is framed here and every value in it is serialised by nlohmann-json, so the output is the
// same as dumping the whole document at once while only one plan is held in memory.
class JsonStream final : public ReportStream {
 public:
  JsonStream(const RunInfo& run, std::ostream& out) : out_(out), lang_(run.lang) {
    Json rules = Json::array();
    for (const RuleMeta& m : run.rules) rules.push_back(to_json(m));
    out_ << "{\n  \"schema\": " << dump("plancheck-report/1") << ",\n  \"tool\": "
         << indented(Json{{"name", run.tool.name}, {"version", run.tool.version}}, 2)
         << ",\n  \"as_of\": " << dump(run.as_of)
         << ",\n  \"rules\": " << indented(rules, 2) << ",\n  \"plans\": [";
  }

  void plan(const PlanResult& plan) override {
    buffer_.assign(first_ ? "\n    " : ",\n    ");
    dump_nested(to_json(plan, lang_), 4, buffer_);
    out_ << buffer_;
    first_ = false;
  }

  void close(const RunTally& totals) override {
    out_ << (first_ ? "]" : "\n  ]") << ",\n  \"summary\": " << indented(summary(totals), 2) << "\n}\n";
  }

 private:
  std::ostream& out_;
  Lang lang_;
  std::string buffer_;  // one plan's text, reused so its capacity is allocated once
  bool first_ = true;
};

}  // namespace

std::unique_ptr<ReportStream> JsonWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<JsonStream>(run, out);
}

}  // namespace plancheck::report
