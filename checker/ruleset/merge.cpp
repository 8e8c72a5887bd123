#include "ruleset/merge.hpp"

#include <algorithm>
#include <set>

namespace plancheck::ruleset {
namespace {

bool same_slot(const Param& a, const Param& b) {
  if (a.name != b.name) return false;
  if (a.name != "message") return true;
  auto key = [](const Param& p) {
    auto it = p.attributes.find("key");
    return it == p.attributes.end() ? std::string() : it->second;
  };
  return key(a) == key(b);
}

void override_rule(RuleElement& base, const RuleElement& over) {
  for (const auto& [name, value] : over.attributes) base.attributes[name] = value;
  // Parameters repeat (several <heading>), so an override replaces the whole group of that name.
  std::set<std::string> replaced;
  for (const Param& p : over.children) {
    if (p.name != "message") replaced.insert(p.name);
  }
  auto& kids = base.children;
  kids.erase(std::remove_if(kids.begin(), kids.end(),
                            [&](const Param& old) {
                              if (replaced.count(old.name)) return true;
                              return std::any_of(over.children.begin(), over.children.end(),
                                                 [&](const Param& p) { return same_slot(old, p); });
                            }),
             kids.end());
  kids.insert(kids.end(), over.children.begin(), over.children.end());
  base.file = over.file;
  base.line = over.line;
}

std::string attribute(const Param& p, const char* name) {
  auto it = p.attributes.find(name);
  return it == p.attributes.end() ? std::string() : it->second;
}

// Moves the common children (title, basis, messages, remediation) into `spec`; the rest are parameters.
std::optional<ToolError> take_common(const Param& p, RuleSpec& spec) {
  if (p.name == "title") {
    spec.title = localized(p);
  } else if (p.name == "basis") {
    spec.basis = attribute(p, "clause");
    spec.basis_document = attribute(p, "document");
    spec.basis_quote = p.value;
  } else if (p.name == "remediation") {
    spec.remediation = localized(p);
  } else if (p.name == "message") {
    const std::string key = attribute(p, "key");
    if (key.empty()) return ruleset_error(p.file, p.line, MsgId::RulesetMessageNeedsKey);
    spec.messages[key] = localized(p);
    spec.message_sources[key] = p;
  } else {
    spec.params.push_back(p);
  }
  return std::nullopt;
}

std::string closest_rule(const std::vector<RuleElement>& rules, const std::string& id) {
  std::vector<std::string> ids;
  for (const RuleElement& r : rules) ids.push_back(r.id);
  return closest_match(id, ids);
}

}  // namespace

std::optional<ToolError> apply_file(std::vector<RuleElement>& rules, const RulesetFile& file) {
  for (const RuleElement& e : file.rules) {
    auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleElement& r) { return r.id == e.id; });
    if (it == rules.end()) {
      // In an extending file an element without a severity can only be meant as an override: a typo in
      // its id must not pass for an incomplete new rule.
      if (!file.extends.empty() && e.attributes.count("severity") == 0) {
        ToolError err = ruleset_error(e.file, e.line, MsgId::RulesetOverrideUnknown, {{"id", e.id}, {"element", e.kind}});
        err.message = with_suggestion(std::move(err.message), closest_rule(rules, e.id));
        return err;
      }
      rules.push_back(e);
    } else if (it->kind != e.kind) {
      return ruleset_error(e.file, e.line, MsgId::RulesetOverrideKind,
                           {{"id", e.id}, {"kind", it->kind}, {"file", it->file}, {"line", std::to_string(it->line)},
                            {"found", e.kind}});
    } else {
      override_rule(*it, e);
    }
  }
  for (const Disable& d : file.disables) {
    auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleElement& r) { return r.id == d.rule; });
    if (it == rules.end()) {
      ToolError err = ruleset_error(file.path, d.line, MsgId::RulesetDisableUnknown, {{"id", d.rule}});
      err.message = with_suggestion(std::move(err.message), closest_rule(rules, d.rule));
      return err;
    }
    rules.erase(it);
  }
  return std::nullopt;
}

Result<RuleSpec> build_rule_spec(const RuleElement& e) {
  RuleSpec spec;
  spec.id = e.id;
  spec.kind = e.kind;
  spec.file = e.file;
  spec.line = e.line;
  auto attr = [&](const char* name) {
    auto it = e.attributes.find(name);
    return it == e.attributes.end() ? std::string() : it->second;
  };
  spec.area = attr("area");
  spec.effective_from = attr("effective-from");
  spec.effective_until = attr("effective-until");
  const auto severity = parse_severity(attr("severity"));
  if (!severity) {
    return ruleset_error(e.file, e.line, MsgId::RulesetNeedsSeverity, {{"id", e.id}, {"found", attr("severity")}});
  }
  spec.severity = *severity;
  for (const Param& p : e.children) {
    if (auto err = take_common(p, spec)) return *err;
  }
  const char* missing = spec.title.empty()         ? "<title>"
                        : spec.basis.empty()       ? "<basis clause=\"…\">"
                        : spec.remediation.empty() ? "<remediation>"
                                                   : nullptr;
  if (missing) return ruleset_error(e.file, e.line, MsgId::RulesetIncomplete, {{"id", e.id}, {"missing", missing}});
  return spec;
}

}  // namespace plancheck::ruleset
