#include "batch/baseline.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "text/ingest.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::batch {

namespace {

using Json = nlohmann::json;

std::string squeezed(const std::string& s) {
  std::string out = text::normalized(s);
  out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
  return out;
}

std::string string_at(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

ToolError not_a_report(const std::string& path, MsgId why) {
  return ToolError{ErrorKind::Syntax, path, {}, Message{why, {}}};
}

}  // namespace

std::string finding_key(const std::string& rule, const std::string& section, const std::string& evidence) {
  // U+001F cannot occur in the normalised text, so the three parts never run into each other.
  return rule + '\x1f' + squeezed(section) + '\x1f' + squeezed(evidence);
}

bool has_new_finding(const RuleResult& result) {
  for (const Finding& f : result.findings) {
    if (f.baseline != "unchanged") return true;
  }
  return false;
}

Result<Baseline> Baseline::read(const std::string& path) {
  const Result<std::string> bytes = text::read_file_bytes(path);  // refuses FIFOs and devices
  if (!bytes) return ToolError{ErrorKind::Unreadable, path, {}, Message{MsgId::BaselineUnreadable, {}, {bytes.error().message}}};
  return parse(bytes.value(), path);
}

Result<std::shared_ptr<const Baseline>> Baseline::load(const std::string& path) {
  if (path.empty()) return std::shared_ptr<const Baseline>();
  Result<Baseline> baseline = read(path);
  if (!baseline) return baseline.error();
  return std::shared_ptr<const Baseline>(std::make_shared<Baseline>(baseline.take()));
}

namespace {

// The plan's exact file name: `path_bytes` (hex) when the report has it, else `path`.
std::string exact_path(const Json& plan) {
  if (auto exact = text::hex_to_bytes(string_at(plan, "path_bytes")); exact && !exact->empty()) return *exact;
  return string_at(plan, "path");
}

}  // namespace

Result<Baseline> Baseline::parse(std::string_view json_text, const std::string& path) {
  const Json doc = Json::parse(json_text, nullptr, false);
  if (doc.is_discarded()) return not_a_report(path, MsgId::NotJson);
  if (!doc.is_object() || string_at(doc, "schema").rfind("plancheck-report/", 0) != 0) {
    return not_a_report(path, MsgId::NotAReport);
  }
  const auto plans = doc.find("plans");
  if (plans == doc.end() || !plans->is_array()) return not_a_report(path, MsgId::NoPlansArray);
  Baseline baseline;
  for (const Json& plan : *plans) {
    if (!plan.is_object() || !plan.contains("results") || !plan["results"].is_array()) continue;
    std::map<std::string, int>& counts = baseline.counts_[exact_path(plan)];
    for (const Json& r : plan["results"]) {
      if (!r.is_object() || !r.contains("findings") || !r["findings"].is_array()) continue;
      const std::string rule = string_at(r, "rule");
      for (const Json& f : r["findings"]) {
        if (f.is_object()) ++counts[finding_key(rule, string_at(f, "section"), string_at(f, "evidence"))];
      }
    }
  }
  return baseline;
}

void Baseline::mark(PlanResult& plan) const {
  const auto found = counts_.find(plan.exact_path());
  std::map<std::string, int> left = found != counts_.end() ? found->second : std::map<std::string, int>{};
  for (RuleResult& r : plan.results) {
    for (Finding& f : r.findings) {
      int& n = left[finding_key(r.rule, f.section, f.evidence)];
      f.baseline = n > 0 ? "unchanged" : "new";
      if (n > 0) --n;
    }
  }
}

}  // namespace plancheck::batch
