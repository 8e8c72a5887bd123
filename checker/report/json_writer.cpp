#include "report/json_writer.hpp"

#include <cmath>

#include "report/json_out.hpp"
#include "report/summary.hpp"
#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

// Unknown positions are null rather than 0 so consumers cannot mistake them for line 0.
void position(JsonOut& j, std::string_view key, int value) {
  if (value > 0) j.field(key, value);
  else j.null_field(key);
}

void write(JsonOut& j, const ToolError& e, Lang lang) {
  j.begin_object();
  j.field("kind", to_string(e.kind));
  j.field("message", e.message.text(lang));
  position(j, "line", e.location.line);
  position(j, "column", e.location.column);
  j.field("offset", e.location.offset);
  j.end_object();
}

// Word/OpenDocument paragraph, PDF page and line: only for those formats, so other reports stay as they were.
void write_place(JsonOut& j, const OriginalPlace& place) {
  if (place.paragraph > 0) j.field("paragraph", place.paragraph);
  if (place.page > 0) {
    j.field("page", place.page);
    j.field("page_line", place.page_line);
  }
}

void write(JsonOut& j, const Finding& f) {
  j.begin_object();
  j.field("message", f.message);
  position(j, "line", f.location.line);
  position(j, "column", f.location.column);
  write_place(j, f.place);
  j.field("section", f.section);
  j.field("evidence", f.evidence);
  j.field("remediation", f.remediation);
  if (!f.baseline.empty()) j.field("baseline", f.baseline);  // only with --baseline, so other reports stay as they were
  j.end_object();
}

void write(JsonOut& j, const Evidence& e) {
  j.begin_object();
  position(j, "line", e.location.line);
  position(j, "column", e.location.column);
  write_place(j, e.place);
  j.field("section", e.section);
  j.field("text", e.text);
  j.end_object();
}

void write(JsonOut& j, const RuleResult& r) {
  j.begin_object();
  j.field("rule", r.rule);
  j.field("status", to_string(r.status));
  j.field("severity", to_string(r.severity));
  j.field("basis", r.basis);
  j.key("findings");
  j.begin_array();
  for (const Finding& f : r.findings) write(j, f);
  j.end_array();
  j.key("evidence");
  j.begin_array();
  for (const Evidence& e : r.evidence) write(j, e);
  j.end_array();
  j.field("note", r.note);
  j.end_object();
}

void write_area_scores(JsonOut& j, const PlanResult& p) {
  j.key("area_scores");
  j.begin_array();
  for (const AreaScore& a : p.area_scores) {
    j.begin_object();
    j.field("area", a.area);
    j.field("score", a.score);
    j.field("passed", a.passed);
    j.field("failed", a.failed);
    j.field("excluded", a.excluded);
    j.end_object();
  }
  j.end_array();
}

void write(JsonOut& j, const OrgPlaceInfo& place, const char* kind_key) {
  j.begin_object();
  if (kind_key != nullptr) j.field(kind_key, place.kind);
  if (!place.name.empty()) j.field("name", place.name);
  position(j, "line", place.location.line);
  position(j, "column", place.location.column);
  j.field("section", place.section);
  // The sentence is not quoted: a reader may have left a page header glued to it (a PDF's running header),
  // and the line, column and section already find it in the plan.
  j.end_object();
}

void write_places(JsonOut& j, std::string_view key, const std::vector<OrgPlaceInfo>& places, const char* kind_key) {
  j.key(key);
  j.begin_array();
  for (const OrgPlaceInfo& place : places) write(j, place, kind_key);
  j.end_array();
}

// The organisation model: every body with its names, where it is defined, its duties and its tasks.
void write_organisation(JsonOut& j, const PlanResult& p) {
  j.key("organisation");
  j.begin_object();
  j.key("bodies");
  j.begin_array();
  for (const OrgBodyInfo& b : p.org_bodies) {
    j.begin_object();
    j.field("name", b.name);
    j.field("category", b.category);
    j.field("aliases", b.aliases);
    j.field("parent", b.parent);
    j.field("defined", !b.definitions.empty());
    j.key("heads");
    j.begin_array();
    for (const OrgHeadInfo& h : b.heads) {
      j.begin_object();
      j.field("position", h.position);
      j.field("holder", h.holder);
      j.end_object();
    }
    j.end_array();
    write_places(j, "definitions", b.definitions, "how");
    write_places(j, "duties", b.duties, nullptr);
    write_places(j, "tasks", b.tasks, "phase");
    write_places(j, "reports_to", b.reports_to, "to");
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

void write(JsonOut& j, const PlanResult& p, Lang lang) {
  j.begin_object();
  j.field("path", p.path);
  if (!p.path_bytes.empty()) j.field("path_bytes", text::bytes_to_hex(p.path_bytes));  // only for names not in UTF-8
  j.field("format", p.format);
  j.field("encoding", p.encoding);
  if (!p.extraction.empty()) j.field("extraction", p.extraction);
  j.field("title", p.title);
  j.field("rulesets", p.rulesets);
  j.field("as_of", p.as_of);
  j.key("org_kind");
  j.begin_object();
  j.field("kind", to_string(p.org.kind));
  j.field("source", to_string(p.org.source));
  j.field("evidence", p.org.evidence);
  position(j, "line", p.org.location.line);
  j.field("name", p.org.name);
  j.end_object();
  j.field("score", p.score);
  write_area_scores(j, p);
  // plan.copied-parent's measure, to four decimals: only when a selected ruleset has the rule.
  if (p.copied_share) j.field("copied_share", std::round(*p.copied_share * 10000) / 10000);
  if (p.error && p.error->kind == ErrorKind::NotAPlan) {
    j.field("status", "not-a-plan");  // only on such entries, so other plans' entries stay as they were
    j.field("reason", p.error->message.text(lang));
  }
  j.key("error");
  if (p.error) write(j, *p.error, lang);
  else j.null();
  j.key("results");
  j.begin_array();
  for (const RuleResult& r : p.results) write(j, r);
  j.end_array();
  write_organisation(j, p);
  j.end_object();
}

void write(JsonOut& j, const RuleMeta& m) {
  j.begin_object();
  j.field("id", m.id);
  j.key("title");
  j.begin_object();
  j.field("zh", m.title.zh);
  j.field("en", m.title.en);
  j.end_object();
  j.field("severity", to_string(m.severity));
  j.field("basis", m.basis);
  j.field("basis_document", m.basis_document);
  j.field("quote", m.basis_quote);
  j.field("ruleset", m.ruleset);
  j.field("effective_from", m.effective_from);
  j.field("effective_until", m.effective_until);
  j.end_object();
}

void write_by_severity(JsonOut& j, std::string_view key, const SeverityCounts& c) {
  j.key(key);
  j.begin_object();
  j.field("error", at(c, Severity::Error));
  j.field("warning", at(c, Severity::Warning));
  j.field("info", at(c, Severity::Info));
  j.end_object();
}

void write_summary(JsonOut& j, const RunTally& t) {
  j.begin_object();
  j.field("plans", t.plans);
  j.field("checked", t.checked);
  j.field("failed", t.failed);
  j.field("errors", t.errors);
  j.field("not_plans", t.not_plans);
  j.field("waived", t.waived);
  write_by_severity(j, "failed_rules", t.failed_rules);
  write_by_severity(j, "findings", t.findings);
  j.end_object();
}

// The document is written as it goes: the head when the stream opens, each plan as it comes (only one plan
// is held in memory), the summary at the close. Each part is written by its own JsonOut at its depth in
// the document, so the bytes are those of dumping the whole document at once with nlohmann-json.
class JsonStream final : public ReportStream {
 public:
  JsonStream(const RunInfo& run, std::ostream& out) : out_(out), lang_(run.lang) {
    buffer_ = "{\n  \"schema\": ";
    append_json_string(buffer_, "plancheck-report/1");
    buffer_ += ",\n  \"tool\": ";
    JsonOut tool(buffer_, 2);
    tool.begin_object();
    tool.field("name", run.tool.name);
    tool.field("version", run.tool.version);
    tool.end_object();
    buffer_ += ",\n  \"as_of\": ";
    append_json_string(buffer_, run.as_of);
    buffer_ += ",\n  \"rules\": ";
    JsonOut rules(buffer_, 2);
    rules.begin_array();
    for (const RuleMeta& m : run.rules) write(rules, m);
    rules.end_array();
    buffer_ += ",\n  \"plans\": [";
    out_ << buffer_;
  }

  void plan(const PlanResult& plan) override {
    buffer_.assign(first_ ? "\n    " : ",\n    ");
    JsonOut j(buffer_, 4);
    write(j, plan, lang_);
    out_ << buffer_;
    first_ = false;
  }

  void close(const RunTally& totals) override {
    buffer_.assign(first_ ? "]" : "\n  ]");
    buffer_ += ",\n  \"summary\": ";
    JsonOut j(buffer_, 2);
    write_summary(j, totals);
    buffer_ += "\n}\n";
    out_ << buffer_;
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
