#include "batch/check_plan.hpp"

#include <exception>
#include <map>

#include "batch/score.hpp"
#include "facts/plan_facts.hpp"
#include "parse/parse.hpp"

namespace plancheck::batch {

namespace {

PlanResult error_result(const std::string& path, const Rulesets& rulesets, ToolError error) {
  PlanResult result;
  result.path = path;
  for (const auto& rs : rulesets) result.rulesets.push_back(rs->id);
  if (error.file.empty()) error.file = path;
  result.error = std::move(error);
  return result;
}

// Later rulesets override earlier ones rule by rule; the map keeps ids sorted.
std::vector<RuleResult> run_all(const Rulesets& rulesets, const Document& doc, const facts::PlanFacts& facts,
                                Lang lang) {
  std::map<std::string, RuleResult> merged;
  for (const auto& rs : rulesets) {
    for (RuleResult& r : rules::run_rules(*rs, doc, facts, lang)) merged[r.rule] = std::move(r);
  }
  std::vector<RuleResult> out;
  out.reserve(merged.size());
  for (auto& [id, r] : merged) out.push_back(std::move(r));
  return out;
}

// Findings carry their source line so a report can draw a caret without keeping the whole text.
void attach_source_lines(std::vector<RuleResult>& results, const SourceText& source) {
  for (RuleResult& r : results) {
    for (Finding& f : r.findings) {
      if (f.location.known() && f.source_line.empty()) f.source_line = std::string(source.line(f.location.line));
    }
  }
}

PlanResult check_document(const Document& doc, const Rulesets& rulesets, const CheckOptions& options) {
  PlanResult result;
  result.path = doc.path;
  result.format = std::string(to_string(doc.format));
  result.encoding = doc.encoding;
  result.title = doc.metadata.title;
  for (const auto& rs : rulesets) result.rulesets.push_back(rs->id);
  const facts::PlanFacts facts = facts::extract_facts(doc);
  result.results = run_all(rulesets, doc, facts, options.lang);
  if (doc.source) attach_source_lines(result.results, *doc.source);
  result.score = score(result.results);
  return result;
}

}  // namespace

PlanResult check_decoded(const std::string& path, text::DecodedText decoded, const Rulesets& rulesets,
                         const CheckOptions& options) {
  try {
    parse::ParseOptions parse_options;
    parse_options.plan_schema = options.plan_schema;
    Result<Document> doc = parse::parse_document(path, std::move(decoded), parse_options);
    if (!doc) return error_result(path, rulesets, doc.error());
    return check_document(doc.value(), rulesets, options);
  } catch (const std::exception& e) {
    // A stage broke its no-throw promise: report it against this plan and keep the batch going.
    return error_result(path, rulesets, ToolError{ErrorKind::Unreadable, path, {}, e.what()});
  }
}

PlanResult check_file(const std::string& path, const Rulesets& rulesets, const CheckOptions& options) {
  try {
    Result<text::DecodedText> decoded = text::read_text_file(path);
    if (!decoded) return error_result(path, rulesets, decoded.error());
    return check_decoded(path, decoded.take(), rulesets, options);
  } catch (const std::exception& e) {
    return error_result(path, rulesets, ToolError{ErrorKind::Unreadable, path, {}, e.what()});
  }
}

}  // namespace plancheck::batch
