#include "report/junit_writer.hpp"

#include <pugixml.hpp>
#include <string_view>

#include "report/summary.hpp"
#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

bool allowed_in_xml(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         cp >= 0x10000;
}

// XML 1.0 cannot hold ill-formed UTF-8 or most control characters, not even as references: a report must
// stay readable whatever a plan contains, so both become U+FFFD.
std::string xml_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t cp = text::next_code_point(s, pos);
    text::append_utf8(out, allowed_in_xml(cp) ? cp : 0xFFFD);
  }
  return out;
}

void set(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name) = xml_safe(value).c_str();
}

// "path:line:col", "path:line" or "path" as far as the finding's location is known.
std::string where(const std::string& path, const Location& at) {
  if (!at.known()) return path;
  std::string text = path + ":" + std::to_string(at.line);
  if (at.column > 0) text += ":" + std::to_string(at.column);
  return text;
}

// A finding's message, after its --baseline mark when it has one: "[新增] …" / "[new] …".
std::string marked(const Finding& f, Lang lang) {
  const std::string_view mark = baseline_label(f.baseline, lang);
  return mark.empty() ? f.message : "[" + std::string(mark) + "] " + f.message;
}

// One line per finding: "path:line:col: message", then its section and the fix.
std::string failure_text(const PlanResult& plan, const RuleResult& r, Lang lang) {
  std::string text;
  for (const Finding& f : r.findings) {
    text += where(plan.path, f.location) + ": " + marked(f, lang) + "\n";
    if (!f.section.empty()) text += std::string("  ") + tr(lang, "章节：", "section: ") + f.section + "\n";
    if (!f.remediation.empty()) text += std::string("  ") + tr(lang, "建议：", "fix: ") + f.remediation + "\n";
  }
  if (!r.basis.empty()) text += std::string(tr(lang, "依据：", "basis: ")) + r.basis + "\n";
  return text;
}

// The first finding's message; the rule's baseline mark (new when any finding is) before it.
std::string failure_message(const RuleResult& r, Lang lang) {
  if (r.findings.empty()) return r.rule;
  const std::string_view mark = baseline_label(baseline_mark(r), lang);
  std::string message = (mark.empty() ? "" : "[" + std::string(mark) + "] ") + r.findings.front().message;
  if (r.findings.size() > 1) message += " (+" + std::to_string(r.findings.size() - 1) + ")";
  return message;
}

// classname groups testcases in CI views: the rule's area, else the first ruleset.
std::string classname(const RunInfo& run, const PlanResult& plan, const RuleResult& r) {
  const RuleMeta* meta = run.find_rule(r.rule);
  if (meta && !meta->area.empty()) return meta->area;
  return plan.rulesets.empty() ? "plancheck" : plan.rulesets.front();
}

void add_testcase(pugi::xml_node suite, const RunInfo& run, const PlanResult& plan, const RuleResult& r) {
  pugi::xml_node testcase = suite.append_child("testcase");
  set(testcase, "classname", classname(run, plan, r));
  set(testcase, "name", r.rule);
  if (r.status == Status::Fail) {
    pugi::xml_node failure = testcase.append_child("failure");
    set(failure, "message", failure_message(r, run.lang));
    set(failure, "type", to_string(r.severity));
    failure.text() = xml_safe(failure_text(plan, r, run.lang)).c_str();
  } else if (r.status == Status::NotApplicable || r.status == Status::Waived) {
    const std::string label = r.status == Status::Waived ? tr(run.lang, "已豁免", "waived") : tr(run.lang, "不适用", "not applicable");
    // A waiver's note already opens with the label ("已豁免：…"): not twice.
    const bool labelled = r.note.rfind(label, 0) == 0;
    set(testcase.append_child("skipped"), "message", r.note.empty() ? label : labelled ? r.note : label + ": " + r.note);
  }
}

void set_counts(pugi::xml_node suite, int tests, int failures, int errors, int skipped) {
  suite.append_attribute("tests") = tests;
  suite.append_attribute("failures") = failures;
  suite.append_attribute("errors") = errors;
  suite.append_attribute("skipped") = skipped;
}

void add_suite(pugi::xml_node parent, const RunInfo& run, const PlanResult& plan) {
  pugi::xml_node suite = parent.append_child("testsuite");
  set(suite, "name", plan.path);
  if (plan.error && plan.error->kind == ErrorKind::NotAPlan) {
    set_counts(suite, 1, 0, 0, 1);
    pugi::xml_node testcase = suite.append_child("testcase");
    set(testcase, "classname", "plancheck");
    set(testcase, "name", tr(run.lang, "读取预案", "read plan"));
    set(testcase.append_child("skipped"), "message", plan.error->message.text(run.lang));
    return;
  }
  if (plan.error) {
    set_counts(suite, 1, 0, 1, 0);
    pugi::xml_node testcase = suite.append_child("testcase");
    set(testcase, "classname", "plancheck");
    set(testcase, "name", tr(run.lang, "读取预案", "read plan"));
    pugi::xml_node error = testcase.append_child("error");
    set(error, "message", plan.error->message.text(run.lang));
    set(error, "type", to_string(plan.error->kind));
    error.text() = xml_safe(plan.error->to_string(run.lang)).c_str();
    return;
  }
  const PlanTally t = tally(plan);
  set_counts(suite, static_cast<int>(plan.results.size()), t.total_failed(), 0, t.not_applicable + t.waived);
  pugi::xml_node props = suite.append_child("properties");
  auto property = [&props](const char* name, const std::string& value) {
    pugi::xml_node p = props.append_child("property");
    set(p, "name", name);
    set(p, "value", value);
  };
  property("title", plan.title);
  property("score", std::to_string(plan.score));
  for (const RuleResult& r : plan.results) add_testcase(suite, run, plan, r);
}

// <testsuites> is framed here; each <testsuite> is built and serialised by pugixml on its own, so only one
// plan's suite is in memory at a time. The root carries no totals (they are known only at close); CI tools
// sum the suites' counts.
class JunitStream final : public ReportStream {
 public:
  JunitStream(const RunInfo& run, std::ostream& out) : run_(run), out_(out) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"plancheck\">\n";
  }

  void plan(const PlanResult& plan) override {
    pugi::xml_document suite;
    add_suite(suite, run_, plan);
    suite.first_child().print(out_, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
  }

  void close(const RunTally&) override { out_ << "</testsuites>\n"; }

 private:
  const RunInfo run_;  // a copy: the caller may drop its RunInfo before close()
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ReportStream> JunitWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<JunitStream>(run, out);
}

}  // namespace plancheck::report
