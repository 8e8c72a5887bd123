#include "rules/phrase_scope.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace plancheck::rules {
namespace {

bool under(std::string_view path, const std::unordered_set<std::string_view>& roots) {
  return is_within_any(path, roots, false);
}

// The paths of the sections in scope, outermost first: views of the passages' own.
std::vector<std::string_view> scoped_roots(const PhraseScope& scope, const facts::Passages& passages) {
  std::vector<std::string_view> roots;
  std::unordered_set<std::string_view> seen;  // the same paths
  if (scope.headings.empty()) return roots;
  for (const facts::Passage& p : passages.items) {
    if (p.where != facts::Where::Heading) continue;
    // The heading first: its filter rules most headings out at once, where the lookup of a path's
    // ancestors hashes each of them.
    const facts::Span all{0, static_cast<std::uint32_t>(p.norm.text.size())};
    if (scope.headings.find(p, all) && !under(p.section_path, seen)) {
      roots.push_back(p.section_path);
      seen.insert(p.section_path);
    }
  }
  return roots;
}

}  // namespace

facts::PatternList compile_patterns(const ruleset::RuleSpec& spec, const std::string& name,
                                    std::vector<ParamError>& errors) {
  facts::PatternList list;
  for (const ruleset::Param* p : spec.params_named(name)) {
    facts::PhrasePattern pattern = facts::PhrasePattern::compile(p->value);
    if (pattern.empty()) {
      errors.push_back({p->line, "<" + name + "> holds no phrase to match"});
      continue;
    }
    list.patterns.push_back(std::move(pattern));
  }
  return list;
}

PhraseScope PhraseScope::read(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  PhraseScope scope;
  scope.headings = compile_patterns(spec, "scope", errors);
  for (const ruleset::Param* p : spec.params_named("scope")) {
    auto it = p->attributes.find("fallback");
    if (it == p->attributes.end() || it->second == "absent") continue;
    if (it->second == "always") {
      scope.fallback = Fallback::Always;
    } else if (it->second == "never") {
      scope.fallback = Fallback::Never;
    } else {
      errors.push_back({p->line, "fallback must be absent, always or never, not \"" + it->second + "\""});
    }
  }
  return scope;
}

std::vector<std::vector<std::size_t>> PhraseScope::tiers(const facts::Passages& passages) const {
  std::vector<std::size_t> all(passages.items.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  if (headings.empty()) return {all};
  const std::vector<std::string_view> roots = scoped_roots(*this, passages);
  const std::unordered_set<std::string_view> root_set(roots.begin(), roots.end());
  std::vector<std::size_t> scoped;
  // A section's passages come one after the other and share its path: one lookup per section.
  const Section* last_section = nullptr;
  bool last_under = false;
  for (const facts::Passage& p : passages.items) {
    if (p.section_path.empty()) continue;
    if (p.section == nullptr || p.section != last_section) {
      last_section = p.section;
      last_under = under(p.section_path, root_set);
    }
    if (last_under) scoped.push_back(p.index);
  }
  if (roots.empty()) {
    if (fallback == Fallback::Never) return {};
    return {all};
  }
  if (fallback == Fallback::Always) return {scoped, all};
  return {scoped};
}

std::string PhraseScope::first_section(const facts::Passages& passages) const {
  const auto roots = scoped_roots(*this, passages);
  return roots.empty() ? std::string() : std::string(roots.front());
}

int int_param(const ruleset::RuleSpec& spec, const std::string& name, int fallback, std::vector<ParamError>& errors) {
  const auto ps = spec.params_named(name);
  if (ps.empty()) return fallback;
  try {
    const int v = std::stoi(ps.back()->value);
    if (v > 0) return v;
  } catch (const std::exception&) {
  }
  errors.push_back({ps.back()->line, "<" + name + "> must be a positive whole number"});
  return fallback;
}

}  // namespace plancheck::rules
