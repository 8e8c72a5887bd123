#include "rules/engine.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "rules/registry.hpp"
#include "core/budget.hpp"

namespace plancheck::rules {
namespace {

std::string kind_names() {
  std::string out;
  for (const KindInfo& k : kinds()) out += (out.empty() ? "" : ", ") + std::string(k.name);
  return out;
}

// Every message the kind may report exists in both languages and formats with the kind's fields; no
// message is there that the kind never reports (a misspelt key would otherwise be silently unused).
std::optional<ToolError> check_messages(const ruleset::RuleSpec& spec, const KindInfo& kind) {
  for (const MessageSpec& m : kind.messages) {
    const std::string key(m.key);
    auto it = spec.messages.find(key);
    if (it == spec.messages.end()) {
      return ruleset::ruleset_error(spec.file, spec.line, MsgId::RulesetNoMessage,
                                    {{"id", spec.id}, {"key", key}, {"kind", std::string(kind.name)}});
    }
    const ruleset::Param& at = spec.message_sources.at(key);
    for (const auto& [lang, text] : {std::pair{"zh", &it->second.zh}, std::pair{"en", &it->second.en}}) {
      if (text->empty()) {
        return ruleset::ruleset_error(at.file, at.line, MsgId::RulesetMessageNoText, {{"id", spec.id}, {"key", key}, {"lang", lang}});
      }
      const std::string why = validate_template(*text, m.fields);
      if (!why.empty()) {
        std::string fields;
        for (const std::string& f : m.fields) fields += " {" + f + "}";
        return ruleset::ruleset_error(at.file, at.line, MsgId::RulesetMessageFormat,
                                      {{"id", spec.id}, {"key", key}, {"lang", lang}, {"detail", why},
                                       {"fields", fields.empty() ? "—" : fields.substr(1)}});
      }
    }
  }
  for (const auto& [key, source] : spec.message_sources) {
    const std::string& name = key;  // C++17 lambdas cannot capture a structured binding (clang refuses)
    const bool known = std::any_of(kind.messages.begin(), kind.messages.end(),
                                   [&](const MessageSpec& m) { return m.key == name; });
    if (!known) {
      return ruleset::ruleset_error(source.file, source.line, MsgId::RulesetUnknownMessage,
                                    {{"kind", std::string(kind.name)}, {"key", key}});
    }
  }
  return std::nullopt;
}

// ParamError carries only a line; the file is the one holding a parameter on that line.
std::string file_of_line(const ruleset::RuleSpec& spec, int line) {
  for (const ruleset::Param& p : spec.params) {
    if (p.line == line) return p.file;
  }
  return spec.file;
}

// The fields every reported message of `kind` has: a remediation may keep them for the finding to fill
// (a limit that depends on the organisation's kind is known only at check time).
std::vector<std::string> common_message_fields(const KindInfo& kind) {
  std::vector<std::string> common;
  bool first = true;
  for (const MessageSpec& m : kind.messages) {
    if (m.fragment) continue;
    if (first) {
      common = m.fields;
      first = false;
      continue;
    }
    common.erase(std::remove_if(common.begin(), common.end(),
                                [&](const std::string& f) { return std::find(m.fields.begin(), m.fields.end(), f) == m.fields.end(); }),
                 common.end());
  }
  return common;
}

// The remediation is a template over the rule's parameters: filled once here, in both languages, so that
// every finding carries advice built from the limits the rule checks. Fields every message of the kind
// has are kept as they are ("{recipient}"), for Reporter::fail to fill from the finding.
std::optional<ToolError> fill_remediation(CompiledRule& c, const KindInfo& kind) {
  MessageArgs args = c.rule->remediation_args();
  for (const std::string& f : common_message_fields(kind)) {
    const bool given = std::any_of(args.begin(), args.end(), [&](const auto& a) { return a.first == f; });
    if (!given) args.emplace_back(f, "{" + f + "}");
  }
  std::vector<std::string> names;
  for (const auto& [name, value] : args) names.push_back(name);
  for (auto [lang, text] : {std::pair{"zh", &c.spec.remediation.zh}, std::pair{"en", &c.spec.remediation.en}}) {
    if (text->empty()) {
      return ruleset::ruleset_error(c.spec.file, c.spec.line, MsgId::RulesetMessageNoText,
                                    {{"id", c.spec.id}, {"key", "remediation"}, {"lang", lang}});
    }
    const std::string why = validate_template(*text, names);
    if (!why.empty()) {
      std::string fields;
      for (const std::string& f : names) fields += " {" + f + "}";
      return ruleset::ruleset_error(c.spec.file, c.spec.line, MsgId::RulesetMessageFormat,
                                    {{"id", c.spec.id}, {"key", "remediation"}, {"lang", lang}, {"detail", why},
                                     {"fields", fields.empty() ? "—" : fields.substr(1)}});
    }
    *text = format_message(*text, args);
  }
  return std::nullopt;
}

Result<CompiledRule> compile_rule(const ruleset::RuleSpec& spec) {
  const KindInfo* kind = find_kind(spec.kind);
  if (!kind) {
    return ruleset::ruleset_error(spec.file, spec.line, MsgId::RulesetUnknownKind, {{"kind", spec.kind}, {"known", kind_names()}});
  }
  if (auto err = check_messages(spec, *kind)) return *err;
  std::vector<ParamError> errors;
  std::unique_ptr<const Rule> rule = kind->make(spec, errors);
  if (!errors.empty()) {
    const ParamError& e = errors.front();
    const int line = e.line > 0 ? e.line : spec.line;
    return ruleset::ruleset_error(file_of_line(spec, line), line, MsgId::RulesetParam, {{"id", spec.id}, {"detail", e.message}});
  }
  if (!rule) return ruleset::ruleset_error(spec.file, spec.line, MsgId::RulesetNotCompiled, {{"id", spec.id}});
  CompiledRule compiled{spec, std::move(rule)};
  if (auto err = fill_remediation(compiled, *kind)) return *err;
  return compiled;
}

// "cn-reporting-2025 applies from 2025-11-01; this check is as of 2025-06-01".
std::string not_in_force_note(const std::string& what, const std::string& from, const std::string& until,
                              const std::string& as_of, Lang lang) {
  const bool before = !from.empty() && !as_of.empty() && as_of < from;
  if (lang == Lang::En) {
    return what + (before ? " applies from " + from : " applied until " + until) + "; this check is as of " + as_of;
  }
  return what + (before ? "自" + from + "起适用" : "适用至" + until + "（不含）") + "，本次检查日期为" + as_of;
}

}  // namespace

Result<std::shared_ptr<const CompiledRuleset>> compile(const ruleset::Ruleset& rs) {
  auto out = std::make_shared<CompiledRuleset>();
  out->id = rs.id;
  out->version = rs.version;
  out->title = rs.title;
  out->derives_from = rs.derives_from;
  out->lineage = rs.lineage;
  out->effective_from = rs.effective_from;
  out->effective_until = rs.effective_until;
  out->supplement = rs.supplement;
  out->review = rs.review;
  out->rules.reserve(rs.rules.size());
  for (const ruleset::RuleSpec& spec : rs.rules) {
    auto compiled = compile_rule(spec);
    if (!compiled.ok()) return compiled.error();
    out->rules.push_back(compiled.take());
  }
  std::sort(out->rules.begin(), out->rules.end(),
            [](const CompiledRule& a, const CompiledRule& b) { return a.spec.id < b.spec.id; });
  return std::shared_ptr<const CompiledRuleset>(std::move(out));
}

std::vector<RuleResult> run_rules(const CompiledRuleset& rs, const Document& doc, const facts::PlanFacts& facts,
                                  Lang lang, const Circumstances& when) {
  std::vector<RuleResult> results;
  results.reserve(rs.rules.size());
  const RuleContext ctx{doc, facts, when};
  const bool ruleset_in_force = in_force(when.as_of, rs.effective_from, rs.effective_until);
  for (const CompiledRule& r : rs.rules) {
    checkpoint();
    Reporter reporter(r.spec, lang);
    if (!ruleset_in_force) {
      reporter.not_applicable(not_in_force_note(rs.id, rs.effective_from, rs.effective_until, when.as_of, lang));
    } else if (!in_force(when.as_of, r.spec.effective_from, r.spec.effective_until)) {
      reporter.not_applicable(not_in_force_note(r.spec.id, r.spec.effective_from, r.spec.effective_until, when.as_of, lang));
    } else {
      r.rule->check(ctx, reporter);
    }
    results.push_back(reporter.take());
  }
  return results;
}

}  // namespace plancheck::rules
