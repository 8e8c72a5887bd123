#include "waivers/apply.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "waivers/today.hpp"

namespace plancheck::waivers {

namespace {

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

void add_note(RuleResult& r, const std::string& note) {
  r.note = r.note.empty() ? note : r.note + "; " + note;
}

bool covers(const Suppression& s, const Finding& f) {
  if (!f.location.known()) return s.whole_file;
  return f.location.line >= s.first_line && f.location.line <= s.last_line;
}

// The suppression that takes `f` away from `rule`, or null.
const Suppression* suppressing(const std::vector<Suppression>& all, const std::string& rule, const Finding& f) {
  for (const Suppression& s : all) {
    if (s.rule == rule && covers(s, f)) return &s;
  }
  return nullptr;
}

std::string inline_note(const std::vector<const Suppression*>& used, Lang lang) {
  std::string note;
  std::set<std::pair<int, std::string>> seen;
  for (const Suppression* s : used) {
    if (!seen.insert({s->directive_line, s->reason}).second) continue;
    if (!note.empty()) note += "; ";
    note += fmt::format(fmt::runtime(tr(lang, "已由第{}行的行内注释抑制：{}", "suppressed by the inline comment on line {}: {}")),
                        s->directive_line, s->reason);
  }
  return note;
}

void suppress(RuleResult& r, const std::vector<Suppression>& all, Lang lang) {
  std::vector<Finding> kept;
  std::vector<Finding> waived;
  std::vector<const Suppression*> used;
  for (Finding& f : r.findings) {
    const Suppression* s = suppressing(all, r.rule, f);
    if (s) used.push_back(s);
    (s ? waived : kept).push_back(std::move(f));
  }
  if (kept.empty()) {
    r.status = Status::Waived;
    r.findings = std::move(waived);
    add_note(r, inline_note(used, lang));
    return;
  }
  r.findings = std::move(kept);
  if (!waived.empty()) {
    add_note(r, fmt::format(fmt::runtime(tr(lang, "另有{}处问题已由行内注释抑制", "{} more finding(s) suppressed by inline comments")),
                            waived.size()));
  }
}

struct ErrorText {
  const char* message;
  const char* remediation;
};

ErrorText error_text(SuppressionError::Kind kind, Lang lang) {
  switch (kind) {
    case SuppressionError::Kind::MissingReason:
      return {tr(lang, "抑制注释缺少理由，未生效", "suppression comment gives no reason and is not applied"),
              tr(lang, "在规则后写明理由：<!-- plancheck-disable 规则 -- 理由 -->（XML 中用“: 理由”）",
                 "give the reason after the rules: <!-- plancheck-disable RULE -- reason --> (in XML, ': reason')")};
    case SuppressionError::Kind::MissingRules:
      return {tr(lang, "抑制注释未列出规则，未生效", "suppression comment names no rule and is not applied"),
              tr(lang, "列出要抑制的规则 ID，如 <!-- plancheck-disable drill.frequency -- 理由 -->",
                 "name the rule ids to suppress, e.g. <!-- plancheck-disable drill.frequency -- reason -->")};
    case SuppressionError::Kind::UnknownDirective:
      return {tr(lang, "无法识别的 plancheck 注释，未生效", "unknown plancheck comment, not applied"),
              tr(lang, "使用 plancheck-disable、plancheck-disable-next-line 或 plancheck-enable",
                 "use plancheck-disable, plancheck-disable-next-line or plancheck-enable")};
    case SuppressionError::Kind::UnknownRule:  // the message is built by error_result, with the id
      return {"", tr(lang, "核对规则 ID（plancheck rules list 列出全部规则）", "check the rule id (plancheck rules list shows them all)")};
    case SuppressionError::Kind::EnableWithoutDisable:
      return {tr(lang, "plancheck-enable 之前没有对应的 plancheck-disable", "plancheck-enable without a matching plancheck-disable"),
              tr(lang, "删除该注释，或核对规则 ID", "remove the comment or check the rule ids")};
  }
  return {"", ""};
}

RuleResult error_result(const std::vector<SuppressionError>& errors, Lang lang) {
  RuleResult r;
  r.rule = kSuppressionRule;
  r.status = Status::Fail;
  r.severity = Severity::Error;
  for (const SuppressionError& e : errors) {
    const ErrorText text = error_text(e.kind, lang);
    Finding f;
    f.message = e.kind == SuppressionError::Kind::UnknownRule
                    ? with_suggestion(Message{MsgId::SuppressionUnknownRule, {{"id", e.rule}}}, e.suggestion).text(lang)
                    : text.message;
    f.remediation = text.remediation;
    f.location = e.location;
    f.evidence = e.comment;
    r.findings.push_back(std::move(f));
  }
  return r;
}

std::string waived_note(const Waiver& w, Lang lang) {
  return fmt::format(fmt::runtime(tr(lang, "已豁免：{}（批准人：{}，有效期至 {}）", "waived: {} (approved by {}, until {})")),
                     w.justification, w.approver, w.expires);
}

std::string expired_note(const Waiver& w, Lang lang) {
  return fmt::format(fmt::runtime(tr(lang, "豁免已于 {} 过期（批准人：{}），不再适用", "waiver expired on {} (approved by {}); no longer applied")),
                     w.expires, w.approver);
}

// A suppression naming a rule that none of the selected rulesets has is a typo that would silently
// suppress nothing: an error finding naming the closest id.
std::vector<SuppressionError> unknown_rules(const std::vector<RuleResult>& results, const InlineSuppressions& found) {
  std::vector<std::string> ids;
  for (const RuleResult& r : results) ids.push_back(r.rule);
  std::vector<SuppressionError> errors = found.errors;
  std::set<std::pair<int, std::string>> reported;
  for (const Suppression& s : found.suppressions) {
    if (std::find(ids.begin(), ids.end(), s.rule) != ids.end() || !reported.insert({s.directive_line, s.rule}).second) continue;
    SuppressionError e;
    e.kind = SuppressionError::Kind::UnknownRule;
    e.location = s.directive;
    e.comment = s.rule;
    e.rule = s.rule;
    e.suggestion = closest_match(s.rule, ids);
    errors.push_back(std::move(e));
  }
  std::stable_sort(errors.begin(), errors.end(),
                   [](const SuppressionError& a, const SuppressionError& b) { return a.location.line < b.location.line; });
  return errors;
}

}  // namespace

void apply_inline(std::vector<RuleResult>& results, const InlineSuppressions& found, Lang lang) {
  InlineSuppressions inline_suppressions{found.suppressions, unknown_rules(results, found)};
  if (!inline_suppressions.suppressions.empty()) {
    for (RuleResult& r : results) {
      if (r.status == Status::Fail) suppress(r, inline_suppressions.suppressions, lang);
    }
  }
  if (inline_suppressions.errors.empty()) return;
  RuleResult errors = error_result(inline_suppressions.errors, lang);
  const auto at = std::lower_bound(results.begin(), results.end(), errors.rule,
                                   [](const RuleResult& r, const std::string& id) { return r.rule < id; });
  results.insert(at, std::move(errors));
}

void apply_waiver_list(std::vector<RuleResult>& results, const std::string& plan_path,
                       const std::vector<Waiver>& waivers, const std::string& today, Lang lang) {
  for (RuleResult& r : results) {
    if (r.status != Status::Fail || r.rule == kSuppressionRule) continue;
    const Waiver* expired = nullptr;
    const Waiver* valid = nullptr;
    for (const Waiver& w : waivers) {
      if (!covers(w, r.rule, plan_path)) continue;
      // ISO dates compare as strings; a waiver holds through its expiry day.
      if (w.expires < today) {
        if (!expired) expired = &w;
        continue;
      }
      valid = &w;
      break;
    }
    if (valid) {
      r.status = Status::Waived;
      add_note(r, waived_note(*valid, lang));
    } else if (expired) {
      add_note(r, expired_note(*expired, lang));
    }
  }
}

void apply_waivers(PlanResult& result, const Document& doc, const WaiverSettings& settings, Lang lang) {
  const bool has_comments = doc.format == InputFormat::Markdown || doc.format == InputFormat::Xml;
  if (settings.inline_suppressions && has_comments) apply_inline(result.results, scan_suppressions(doc), lang);
  if (settings.waivers) {
    apply_waiver_list(result.results, result.path, *settings.waivers, settings.today, lang);
  }
}

Result<WaiverSettings> load_settings(const std::string& waiver_file, const std::string& schema_path,
                                     bool inline_suppressions) {
  WaiverSettings settings;
  settings.inline_suppressions = inline_suppressions;
  settings.today = today();
  if (waiver_file.empty()) return settings;
  auto schema = xml::Schema::load(schema_path);
  if (!schema) return schema.error();
  auto waivers = read_waiver_file(waiver_file, *schema.value());
  if (!waivers) return waivers.error();
  settings.waivers = std::make_shared<const std::vector<Waiver>>(waivers.take());
  return settings;
}

}  // namespace plancheck::waivers
