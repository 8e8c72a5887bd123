#include "cli/ruleset_source.hpp"

#include <algorithm>
#include <map>

#include "ruleset/loader.hpp"

namespace plancheck::cli {

namespace {

// The options to load rulesets of `data_dir` with, the schema compiled once for all of them.
Result<ruleset::LoadOptions> load_options(const std::string& data_dir) {
  ruleset::LoadOptions options;
  options.data_dir = data_dir;
  auto schema = ruleset::load_ruleset_schema(data_dir);
  if (!schema) return schema.error();
  options.schema = schema.take();
  return options;
}

Result<batch::Rulesets> load_with(const std::vector<std::string>& ids_or_paths, const ruleset::LoadOptions& options) {
  const std::vector<std::string> selected =
      ids_or_paths.empty() ? std::vector<std::string>{"cn-national-2017"} : ids_or_paths;
  batch::Rulesets out;
  for (const std::string& id : selected) {
    Result<ruleset::Ruleset> loaded = ruleset::load_ruleset(id, options);
    if (!loaded) return loaded.error();
    auto compiled = rules::compile(loaded.value());
    if (!compiled) return compiled.error();
    out.push_back(compiled.take());
  }
  return out;
}

}  // namespace

Result<batch::Rulesets> load_rulesets(const std::vector<std::string>& ids_or_paths, const std::string& data_dir) {
  const Result<ruleset::LoadOptions> options = load_options(data_dir);
  if (!options) return options.error();
  return load_with(ids_or_paths, options.value());
}

Result<batch::Rulesets> select_rulesets(const std::vector<std::string>& ids_or_paths, const std::string& data_dir,
                                        const std::string& as_of, bool exact) {
  const Result<ruleset::LoadOptions> options = load_options(data_dir);
  if (!options) return options.error();
  Result<batch::Rulesets> selected = load_with(ids_or_paths, options.value());
  if (!selected || exact) return selected;
  for (const std::string& id : ruleset::list_bundled_rulesets(data_dir)) {
    const bool named = std::any_of(selected.value().begin(), selected.value().end(), [&](const auto& rs) { return rs->id == id; });
    if (named) continue;
    // A ruleset that says it is no supplement is not loaded at all (cn-miit-2017 is two files and a
    // reference plan); one that cannot be read is, so that its error is reported as before.
    if (ruleset::peek_supplement(id, data_dir) == false) continue;
    Result<batch::Rulesets> bundled = load_with({id}, options.value());
    if (!bundled) return bundled.error();
    const auto& rs = bundled.value().front();
    if (rs->supplement && in_force(as_of, rs->effective_from, rs->effective_until)) selected.value().push_back(rs);
  }
  return selected;
}

Result<batch::Rulesets> load_bundled_rulesets(const std::string& data_dir) {
  const std::vector<std::string> ids = ruleset::list_bundled_rulesets(data_dir);
  if (ids.empty()) return batch::Rulesets{};
  Result<batch::Rulesets> loaded = load_rulesets(ids, data_dir);
  // Base rulesets before those that extend them, so columns read from general to specific.
  if (loaded) {
    std::stable_sort(loaded.value().begin(), loaded.value().end(),
                     [](const auto& a, const auto& b) { return a->lineage.size() < b->lineage.size(); });
  }
  return loaded;
}

std::vector<report::RuleMeta> rule_metadata(const batch::Rulesets& rulesets) {
  std::map<std::string, report::RuleMeta> merged;
  for (const auto& rs : rulesets) {
    for (const rules::CompiledRule& rule : rs->rules) {
      const ruleset::RuleSpec& s = rule.spec;
      report::RuleMeta meta{s.id, s.title, s.severity, s.basis, s.basis_document, s.basis_quote, s.area, {}, {}, {}};
      meta.effective_from = s.effective_from.empty() ? rs->effective_from : s.effective_from;
      meta.effective_until = s.effective_until.empty() ? rs->effective_until : s.effective_until;
      meta.ruleset = rs->id;
      merged[s.id] = std::move(meta);
    }
  }
  std::vector<report::RuleMeta> out;
  out.reserve(merged.size());
  for (auto& [id, meta] : merged) out.push_back(std::move(meta));
  return out;
}

ReviewSpec review_spec(const batch::Rulesets& rulesets) {
  ReviewSpec out;
  for (const auto& rs : rulesets) {
    ReviewSpec later = rs->review;
    if (out.rating_given) later.rating_given = false;
    if (out.fail.given) later.fail.given = false;
    if (out.revise.given) later.revise.given = false;
    overlay_review(out, later);
  }
  return out;
}

}  // namespace plancheck::cli
