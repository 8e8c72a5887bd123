#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_dir.hpp"
#include "cli/messages.hpp"
#include "cli/ruleset_source.hpp"
#include "text/utf8.hpp"

namespace plancheck::cli {

namespace {

Result<batch::Rulesets> selected_rulesets(const Options& o) {
  const std::string data_dir = resolve_data_dir(o.data_dir);
  Result<batch::Rulesets> rulesets = o.rulesets.empty() ? load_bundled_rulesets(data_dir) : load_rulesets(o.rulesets, data_dir);
  if (rulesets && rulesets.value().empty()) {
    return ToolError{ErrorKind::Ruleset, data_dir, {}, Message{Msg::NoRulesets, {{"dir", data_dir}}}};
  }
  return rulesets;
}

const rules::CompiledRule* find_rule(const rules::CompiledRuleset& rs, const std::string& id) {
  auto it = std::find_if(rs.rules.begin(), rs.rules.end(), [&](const rules::CompiledRule& r) { return r.spec.id == id; });
  return it == rs.rules.end() ? nullptr : &*it;
}

std::string closest_rule_id(const batch::Rulesets& rulesets, const std::string& id) {
  std::vector<std::string> ids;
  for (const auto& rs : rulesets) {
    for (const rules::CompiledRule& r : rs->rules) ids.push_back(r.spec.id);
  }
  return closest_match(id, ids);
}

// Pads by terminal columns, so "—" and CJK line up with ASCII.
std::string pad(const std::string& s, int width) {
  return s + std::string(static_cast<std::size_t>(std::max(0, width - text::display_width(s))), ' ');
}

std::string severity_in(const rules::CompiledRuleset& rs, const std::string& id) {
  const rules::CompiledRule* rule = find_rule(rs, id);
  return rule ? std::string(to_string(rule->spec.severity)) : "—";
}

// "2025-11-01 起" / "from 2025-11-01"; "一直适用" / "always" when undated.
std::string applies_between(const std::string& from, const std::string& until, Lang lang) {
  const bool en = lang == Lang::En;
  if (from.empty() && until.empty()) return en ? "always (undated)" : "不限日期";
  std::string out;
  if (!from.empty()) out += en ? "from " + from : from + " 起";
  if (!until.empty()) out += (out.empty() ? "" : en ? " " : "，") + (en ? "until " + until + " (exclusive)" : "至 " + until + "（不含）");
  return out;
}

}  // namespace

int run_rules_list(const Options& o) {
  Result<batch::Rulesets> rulesets = selected_rulesets(o);
  if (!rulesets) return report_tool_error(rulesets.error(), o.lang);
  const std::vector<report::RuleMeta> rules = rule_metadata(rulesets.value());
  int id_width = 4;
  for (const auto& r : rules) id_width = std::max(id_width, static_cast<int>(r.id.size()));
  std::string header = pad(o.lang == Lang::En ? "rule" : "规则", id_width + 2);
  for (const auto& rs : rulesets.value()) header += pad(rs->id, static_cast<int>(rs->id.size()) + 2);
  std::cout << header << (o.lang == Lang::En ? "title" : "标题") << '\n';
  for (const report::RuleMeta& r : rules) {
    std::string line = pad(r.id, id_width + 2);
    for (const auto& rs : rulesets.value()) line += pad(severity_in(*rs, r.id), static_cast<int>(rs->id.size()) + 2);
    std::cout << line << r.title.in(o.lang) << '\n';
  }
  return kExitOk;
}

int run_rules_explain(const Options& o) {
  Result<batch::Rulesets> rulesets = selected_rulesets(o);
  if (!rulesets) return report_tool_error(rulesets.error(), o.lang);
  const bool en = o.lang == Lang::En;
  const rules::CompiledRule* last = nullptr;
  std::string per_ruleset;
  for (const auto& rs : rulesets.value()) {
    const rules::CompiledRule* rule = find_rule(*rs, o.rule_id);
    per_ruleset += fmt::format("{}: {}\n", rs->id, severity_in(*rs, o.rule_id));
    if (!rule) continue;
    last = rule;
    const ruleset::RuleSpec& s = rule->spec;
    per_ruleset += fmt::format("  {}: {} {}\n", en ? "basis" : "依据", s.basis, s.basis_document);
    if (!s.basis_quote.empty()) per_ruleset += fmt::format("  {}: “{}”\n", en ? "clause" : "原文", s.basis_quote);
    const std::string& from = s.effective_from.empty() ? rs->effective_from : s.effective_from;
    const std::string& until = s.effective_until.empty() ? rs->effective_until : s.effective_until;
    per_ruleset += fmt::format("  {}: {}\n", en ? "applies" : "适用期间", applies_between(from, until, o.lang));
  }
  if (!last) {
    return report_tool_error(ToolError{ErrorKind::Usage, "", {}, with_suggestion(Message{Msg::UnknownRule, {{"id", o.rule_id}}}, closest_rule_id(rulesets.value(), o.rule_id))}, o.lang);
  }
  std::cout << o.rule_id << ": " << last->spec.title.in(o.lang) << '\n'
            << (en ? "kind: " : "类型: ") << last->spec.kind << '\n'
            << per_ruleset;
  // Advice that depends on the organisation's kind is shown for each kind, filled as a finding fills it.
  const std::string& advice = last->spec.remediation.in(o.lang);
  const std::vector<rules::Rule::KindAdvice> kinds = last->rule->advice_per_kind(o.lang);
  // Fields a finding fills (the name it found) are shown as what they stand for.
  const rules::MessageArgs fields = last->rule->finding_fields(o.lang);
  if (kinds.empty()) std::cout << (en ? "fix: " : "建议: ") << (fields.empty() ? advice : rules::format_message(advice, fields)) << '\n';
  for (const rules::Rule::KindAdvice& k : kinds) {
    std::cout << fmt::format(en ? "fix ({}): {}\n" : "建议（{}）: {}\n", k.kind_name, rules::format_message(advice, k.args));
  }
  return kExitOk;
}

}  // namespace plancheck::cli
