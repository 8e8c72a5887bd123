#include "rule_case.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "facts/org_kind.hpp"
#include "facts/plan_facts.hpp"
#include "parse/parse.hpp"
#include "ruleset/loader.hpp"
#include "text/ingest.hpp"

namespace plancheck::testing {
namespace {

namespace fs = std::filesystem;

// The value of `<!-- key: value -->` when `line` is that comment.
bool header_value(const std::string& line, const std::string& key, std::string& value) {
  const std::string open = "<!-- " + key + ":";
  const std::size_t close = line.rfind("-->");
  if (line.rfind(open, 0) != 0 || close == std::string::npos || close < open.size()) return false;
  value = line.substr(open.size(), close - open.size());
  value.erase(0, value.find_first_not_of(' '));
  value.erase(value.find_last_not_of(' ') + 1);
  return true;
}

RuleCase read_case(const fs::path& file) {
  RuleCase c;
  c.rule = file.parent_path().filename().string();
  c.path = file.string();
  c.must_pass = file.filename().string().rfind("pass-", 0) == 0;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    const bool header = ++n <= 4 && (header_value(line, "ruleset", c.ruleset) || header_value(line, "expect", c.expect) ||
                                     header_value(line, "as-of", c.as_of) || header_value(line, "org-kind", c.org_kind));
    c.text += (header ? std::string() : line) + "\n";
  }
  return c;
}

ToolError case_error(const RuleCase& c, const std::string& message) {
  ToolError e;
  e.kind = ErrorKind::Usage;
  e.file = c.path;
  e.message = verbatim(message);
  return e;
}

}  // namespace

std::string RuleCase::test_name() const {
  std::string name = rule + "__" + fs::path(path).stem().string();
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.path; }

std::string cases_dir() { return std::string(PLANCHECK_SOURCE_DIR) + "/tests/rules/cases"; }

std::string data_dir() {
  const char* env = std::getenv("PLANCHECK_DATA_DIR");
  return env ? env : PLANCHECK_SOURCE_DIR;
}

std::vector<RuleCase> discover_cases() {
  std::vector<RuleCase> out;
  std::error_code ec;
  for (const auto& rule_dir : fs::directory_iterator(cases_dir(), ec)) {
    if (!rule_dir.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(rule_dir.path())) {
      const std::string name = f.path().filename().string();
      const std::string ext = f.path().extension().string();
      const bool is_case = (name.rfind("pass-", 0) == 0 || name.rfind("fail-", 0) == 0) && (ext == ".md" || ext == ".txt");
      if (f.is_regular_file() && is_case) out.push_back(read_case(f.path()));
    }
  }
  std::sort(out.begin(), out.end(), [](const RuleCase& a, const RuleCase& b) { return a.path < b.path; });
  return out;
}

const rules::CompiledRuleset* compiled_ruleset(const std::string& id) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const rules::CompiledRuleset>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(id);
  if (it != cache.end()) return it->second.get();
  auto loaded = ruleset::load_ruleset(id, {data_dir(), nullptr});
  if (!loaded.ok()) return nullptr;
  auto compiled = rules::compile(loaded.value());
  if (!compiled.ok()) return nullptr;
  return cache.emplace(id, compiled.take()).first->second.get();
}

Result<RuleResult> run_case(const RuleCase& c) {
  const rules::CompiledRuleset* rs = compiled_ruleset(c.ruleset);
  if (!rs) return case_error(c, "ruleset " + c.ruleset + " does not load or compile");
  auto run = run_text(*rs, c.rule, c.path, c.text, c.as_of, c.org_kind);
  if (!run.ok()) return run.error();
  return std::move(run.value().result);
}

Result<TextRun> run_text(const rules::CompiledRuleset& rs, const std::string& rule, const std::string& path,
                         const std::string& text, const std::string& as_of, const std::string& org_kind) {
  auto decoded = text::decode_bytes(text, path);
  if (!decoded.ok()) return decoded.error();
  auto doc = parse::parse_document(path, decoded.take(), {});
  if (!doc.ok()) return doc.error();
  TextRun out;
  auto shared = std::make_shared<Document>(doc.take());
  const facts::PlanFacts facts = facts::extract_facts(*shared);
  Circumstances when;
  when.as_of = as_of;
  when.org = facts::read_org_kind(*shared, facts.passages);
  if (!org_kind.empty()) {
    const auto kind = parse_org_kind(org_kind);
    if (!kind) return ToolError{ErrorKind::Usage, path, {}, Message{MsgId::BadValue, {{"option", "org-kind"}, {"value", org_kind}, {"allowed", "cii|central|other"}}}};
    when.org = OrgKindInfo{*kind, OrgKindSource::Declared, {}, {}, {}};
  }
  for (RuleResult& r : rules::run_rules(rs, *shared, facts, Lang::Zh, when)) {
    if (r.rule == rule) out.result = std::move(r);
  }
  out.doc = std::move(shared);
  if (out.result.rule.empty()) {
    ToolError e;
    e.kind = ErrorKind::Usage;
    e.file = path;
    e.message = Message{MsgId::UnknownRule, {{"id", rule}}};
    return e;
  }
  return out;
}

std::vector<std::string> scope_words(const ruleset::RuleSpec& spec) {
  std::vector<std::string> words;
  for (const ruleset::Param& p : spec.params) {
    if (p.name != "heading" && p.name != "section" && p.name != "scope") continue;
    std::stringstream in(p.value);
    for (std::string w; std::getline(in, w, '|');) {
      if (!w.empty()) words.push_back(w);
    }
  }
  return words;
}

std::string describe(const RuleResult& r) {
  std::ostringstream os;
  os << "status " << to_string(r.status);
  if (!r.note.empty()) os << "; note: " << r.note;
  for (const Finding& f : r.findings) os << "\n  finding at line " << f.location.line << ": " << f.message;
  for (const Evidence& e : r.evidence) os << "\n  evidence at line " << e.location.line << ": " << e.text;
  return os.str();
}

}  // namespace plancheck::testing
