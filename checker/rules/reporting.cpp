#include "rules/reporting.hpp"

#include <algorithm>
#include <unordered_map>

#include "facts/bodies.hpp"
#include "rules/fact_places.hpp"
#include "rules/own_names.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules::reporting {
namespace {

// Whether the text after a level's name says "and above": "以上", "及以上" (and 和, 或, 及其), past what may
// close the name first: "Ⅲ级（较大）及以上", "较大级别以上", "较大事件及以上".
bool followed_by_and_above(std::string_view rest) {
  for (bool skipped = true; skipped;) {
    skipped = false;
    for (std::string_view closing : {"）", ")", "级别", "级", "事件"}) {
      if (rest.substr(0, closing.size()) == closing) {
        rest.remove_prefix(closing.size());
        skipped = true;
      }
    }
  }
  for (std::string_view and_word : {"及其", "及", "和", "或"}) {
    if (rest.substr(0, and_word.size()) == and_word) {
      rest.remove_prefix(and_word.size());
      break;
    }
  }
  return rest.substr(0, std::string_view("以上").size()) == "以上";
}

std::string_view sentence_of(const RuleContext& ctx, const facts::TextRef& ref) {
  const facts::Passage& p = ctx.facts.passages.items[ref.passage];
  return facts::sentence_text(p, ref.span);
}

// Where one of the outside words stands outside the plan's own bodies' names (OwnNames): "立即报告集团网信办"
// and, where the plan calls its own office 网信办, "立即向网信办报告" are internal reports.
class OwnBodyNames {
 public:
  explicit OwnBodyNames(const RuleContext& ctx) : ps_(ctx.facts.passages), own_(ctx.facts) {}

  // Whether `part` (a view into passage `passage`'s normalised text) holds one of `words` outside those names.
  bool names_outside(std::size_t passage, std::string_view part, const std::vector<std::string>& words) {
    if (!has_any_word(part, words)) return false;
    return first_outside(passage, part, words) != std::string_view::npos;
  }

  // Where passage `p` first names someone outside, read once per passage (a back-reference asks it for every
  // clause: reading the text before each again would be quadratic in a long passage).
  std::size_t first_outside_in(const facts::Passage& p, const std::vector<std::string>& words) {
    const auto known = first_outside_.find(p.index);
    if (known != first_outside_.end()) return known->second;
    const std::string_view text = p.norm.text;
    const std::size_t at = has_any_word(text, words) ? first_outside(p.index, text, words) : std::string_view::npos;
    first_outside_.emplace(p.index, at);
    return at;
  }

 private:
  // The first place in `part` where one of `words` stands outside those names; npos when none does.
  std::size_t first_outside(std::size_t passage, std::string_view part, const std::vector<std::string>& words) {
    const std::size_t base = static_cast<std::size_t>(part.data() - ps_.items[passage].norm.text.data());
    const facts::SpanSet& names = own_.in(passage);
    std::size_t first = std::string_view::npos;
    for (const std::string& w : words) {
      for (std::size_t at = part.find(w); at != std::string_view::npos && at < first; at = part.find(w, at + 1)) {
        if (!names.covers({static_cast<std::uint32_t>(base + at), static_cast<std::uint32_t>(base + at + w.size())})) {
          first = at;
          break;
        }
      }
    }
    return first;
  }

  const facts::Passages& ps_;
  OwnNames own_;
  std::unordered_map<std::size_t, std::size_t> first_outside_;  // per passage: where it first names someone outside
};

// Whether `part` of passage `passage` names someone outside: by name, or by a back-reference to the ones
// named before it in the passage ("…1小时内报告市委网信办、市公安局；…2小时内报告上述单位").
bool names_outside_or_back(OwnBodyNames& own, const facts::Passage& passage, std::string_view part,
                           const std::vector<std::string>& external) {
  if (own.names_outside(passage.index, part, external)) return true;
  static const std::vector<std::string> kBack = {"上述", "前述", "上列"};
  if (!has_any_word(part, kBack)) return false;
  const std::size_t first = own.first_outside_in(passage, external);
  return first != std::string_view::npos && first < static_cast<std::size_t>(part.data() - passage.norm.text.data());
}

// Whether fact `p`'s own clause reports to someone it names, none of them outside: "应立即报告指挥长" or
// "立即向领导小组报告" in "…，应立即报告指挥长，并第一时间报告上级主管部门". The sentence reports outside, but
// this deadline is an internal report's. A clause that names no one ("立即电话报告") says nothing of its own.
// The clause a fact stands in, and whether it names an outside body, found once for the facts of a clause.
struct ClauseAnswer {
  facts::ClauseFinder finder;
  std::size_t passage = 0;
  facts::Span clause{1, 0};
  bool external = false;
};

constexpr std::size_t kRecipientBytes = 96;  // the verb and the one reported to follow the deadline closely

bool internal_clause(const RuleContext& ctx, const facts::Promptness& p, const std::vector<std::string>& external,
                     OwnBodyNames& own, ClauseAnswer& memo) {
  const facts::Passage& passage = ctx.facts.passages.items[p.at.passage];
  const std::string_view s = passage.norm.text;
  const facts::Span clause = memo.finder.at(s, p.sentence.span, p.at.span.begin);
  if (p.at.passage != memo.passage || clause.begin != memo.clause.begin || clause.end != memo.clause.end) {
    memo.passage = p.at.passage;
    memo.clause = clause;
    memo.external = names_outside_or_back(own, passage, s.substr(clause.begin, clause.end - clause.begin), external);
    // The ones reported to may go on after a comma: "及时通报局领导小组，以及市委网信办、市网安总队".
    const std::size_t next = clause.end + 1;
    if (!memo.external && clause.end < p.sentence.span.end && s[clause.end] == ',') {
      for (std::string_view w : {"以及", "及", "和", "与"}) {
        if (s.compare(next, w.size(), w) != 0) continue;
        const facts::Span more = facts::clause_at(s, p.sentence.span, next);
        memo.external = names_outside_or_back(own, passage, s.substr(more.begin, more.end - more.begin), external);
        break;
      }
    }
  }
  if (memo.external) return false;
  const std::size_t rest = clause.end > p.at.span.end ? clause.end - p.at.span.end : 0;
  const std::string_view after = s.substr(p.at.span.end, std::min(rest, kRecipientBytes));
  std::size_t verb = std::string_view::npos;
  for (std::string_view v : {"报告", "上报", "报送", "报"}) verb = std::min(verb, after.find(v));
  if (verb == std::string_view::npos) return false;
  // The one reported to: after 向 before the verb, or after the verb.
  const std::size_t to = after.substr(0, verb).find("向");
  const std::string_view named = to != std::string_view::npos ? after.substr(to, verb - to) : after.substr(verb);
  static const std::vector<std::string> kBodies = {"长", "组", "办", "室", "部门", "中心", "单位", "领导", "负责人", "科", "处",
                                                   "总指挥", "主任", "经理", "总监", "书记"};
  return has_any_word(named, kBodies);
}

}  // namespace

bool covers_level(const facts::Promptness& p, std::string_view sentence, const std::string& level,
                  const std::vector<std::string>& ladder, const facts::OwnLevelNames& own) {
  if (p.levels.empty()) return true;
  if (std::find(p.levels.begin(), p.levels.end(), level) != p.levels.end()) return true;
  const auto rank = [&](const std::string& l) { return std::find(ladder.begin(), ladder.end(), l) - ladder.begin(); };
  const auto and_above = [&](const std::string& name) {
    for (std::size_t at = sentence.find(name); at != std::string_view::npos; at = sentence.find(name, at + 1)) {
      if (followed_by_and_above(sentence.substr(at + name.size()))) return true;
    }
    return false;
  };
  for (const std::string& named : p.levels) {
    if (rank(named) >= static_cast<std::ptrdiff_t>(ladder.size()) || rank(level) > rank(named)) continue;
    if (and_above(named)) return true;
    for (const auto& [own_name, national] : own) {
      if (national == named && and_above(own_name)) return true;
    }
  }
  return false;
}

bool ReportingParams::covers(const facts::Promptness& p, std::string_view sentence, const std::string& level,
                             const facts::OwnLevelNames& own) const {
  return covers_level(p, sentence, level, levels, own);
}

MessageArgs ReportingParams::kind_args(const Circumstances& when, Lang lang) const {
  const KindLimit& mine = limit(when.org.kind);
  // limit_zh and recipient_zh stay Chinese in English messages too, for the Chinese sentence an English
  // remediation quotes as the example to write into the plan.
  MessageArgs args{{"limit", format_minutes(mine.minutes, lang)},
                   {"kind", mine.name.in(lang)},
                   {"recipient", mine.recipient.in(lang)},
                   {"limit_zh", format_minutes(mine.minutes, Lang::Zh)},
                   {"recipient_zh", mine.recipient.zh},
                   {"others", ""}};
  if (when.org.source != OrgKindSource::Default) return args;
  std::string limits;
  for (OrgKind k : {OrgKind::Cii, OrgKind::Central, OrgKind::Other}) {
    if (k == when.org.kind) continue;
    const KindLimit& other = limit(k);
    if (!limits.empty()) limits += lang == Lang::En ? "; " : "；";
    limits += format_message(fragments.at("other-kind").in(lang), {{"name", other.name.in(lang)},
                                                                   {"limit", format_minutes(other.minutes, lang)},
                                                                   {"recipient", other.recipient.in(lang)}});
  }
  args.back().second = format_message(fragments.at("default-kind").in(lang), {{"kind", mine.name.in(lang)}, {"limits", limits}});
  return args;
}

std::vector<Rule::KindAdvice> ReportingParams::advice_per_kind(Lang lang) const {
  std::vector<Rule::KindAdvice> out;
  for (OrgKind k : {OrgKind::Cii, OrgKind::Central, OrgKind::Other}) {
    Circumstances when;
    when.org.kind = k;
    when.org.source = OrgKindSource::Declared;
    out.push_back({limit(k).name.in(lang), kind_args(when, lang)});
  }
  return out;
}

MessageArgs with(MessageArgs args, const std::string& name, std::string value) {
  args.emplace_back(name, std::move(value));
  return args;
}

bool same_text(const facts::TextRef& a, const facts::TextRef& b) {
  return a.passage == b.passage && a.span.begin == b.span.begin && a.span.end == b.span.end;
}

// Whether report `p` names no one and goes on the sentence of report `before` after its ；: "…第一时间向××能源监管局
// 和属地公安机关报告，最迟不超过1小时；初判为较大网络安全事件的，应在2小时内报告。" reports to the same ones.
bool reports_to_the_ones_before(const RuleContext& ctx, const facts::Promptness& before, const facts::Promptness& p) {
  if (!p.reports || p.at.passage != before.sentence.passage || before.sentence.passage != p.sentence.passage) return false;
  const std::string_view s = ctx.facts.passages.items[p.sentence.passage].norm.text;
  const std::size_t b = p.sentence.span.begin;
  // The sentence before ends with ； (normalised: ';') right where this one starts.
  std::size_t end = before.sentence.span.end;
  while (end < b && s[end] == ' ') ++end;
  if (end != b || b == 0 || s[b - 1] != ';') return false;
  // The report's own clause ends with its verb: no one named after it, nor with 向 before it.
  const std::size_t clause_end = facts::clause_at(s, p.sentence.span, p.at.span.begin).end;
  std::string_view rest = s.substr(p.at.span.end, clause_end - p.at.span.end);
  for (bool trimmed = true; trimmed && !rest.empty();) {
    trimmed = false;
    for (const std::string_view mark : {" ", ".", ";", ",", "。"}) {
      if (rest.size() >= mark.size() && rest.substr(rest.size() - mark.size()) == mark) {
        rest.remove_suffix(mark.size());
        trimmed = true;
      }
    }
  }
  if (rest.find("向") != std::string_view::npos) return false;
  // "…；发生较大网络安全事件的，最迟不得超过4小时": a bound alone goes on with the report before it.
  if (p.capped && rest.empty()) return true;
  for (const std::string_view verb : {"报告", "上报", "报送"}) {
    if (rest.size() >= verb.size() && rest.substr(rest.size() - verb.size()) == verb) return true;
  }
  return false;
}

std::vector<SentenceAnswers> answers_per_fact(const RuleContext& ctx, const ReportingParams& params,
                                              const std::vector<std::string>& external,
                                              const std::vector<facts::Promptness>& all) {
  std::vector<SentenceAnswers> out;
  out.reserve(all.size());
  bool sentence_external = false;
  ClauseAnswer memo;
  OwnBodyNames own(ctx);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0 && same_text(all[i - 1].sentence, all[i].sentence) && all[i - 1].levels == all[i].levels) {
      out.push_back(out.back());
    } else {
      const std::string_view sentence = sentence_of(ctx, all[i].sentence);
      SentenceAnswers a;
      sentence_external = !external.empty() &&
                          names_outside_or_back(own, ctx.facts.passages.items[all[i].sentence.passage], sentence, external);
      for (const std::string& level : params.levels) a.covers.push_back(params.covers(all[i], sentence, level, ctx.facts.grading.own_event_names) ? 1 : 0);
      out.push_back(std::move(a));
    }
    // Asked only where the answer is read: a report's, or a deadline in a sentence naming someone outside.
    const bool ask = !external.empty() && (all[i].reports || sentence_external);
    out.back().internal = ask && internal_clause(ctx, all[i], external, own, memo);
    out.back().external = sentence_external && !out.back().internal;
    if (!out.back().external && i > 0 && out[i - 1].external && reports_to_the_ones_before(ctx, all[i - 1], all[i])) {
      out.back().external = true;
    }
  }
  return out;
}

bool ProgressReports::of(const RuleContext& ctx, const facts::Promptness& p) {
  static const std::vector<std::string> kProgress = {"进展", "续报", "终报", "响应情况", "处置情况", "处置结果", "处置进度"};
  const facts::Passage& passage = ctx.facts.passages.items[p.sentence.passage];
  const std::string_view s = passage.norm.text;
  const facts::Span part = p.kind == facts::Promptness::Kind::Unstated ? p.sentence.span
                                                                       : clauses_.at(s, p.sentence.span, p.at.span.begin);
  if (s.data() != text_ || part.begin != part_.begin || part.end != part_.end) {
    text_ = s.data();
    part_ = part;
    answer_ = has_any_word(s.substr(part.begin, part.end - part.begin), kProgress);
  }
  return answer_;
}

Place report_section(const RuleContext& ctx) {
  return place_in_section(ctx, {"事件报告", "信息报告", "报告", "应急处置", "应急响应"});
}

ReportingParams read_reporting(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors, const char* kind_name,
                               const std::string& accepted, const std::function<bool(const ruleset::Param&)>& own) {
  ReportingParams params;
  for (const ruleset::Param& param : spec.params) {
    if (param.name == "level") {
      const std::string v = text::normalized(param.value);
      if (!empty_text_param(param, v, errors)) params.levels.push_back(v);
    } else if (param.name == "limit") {
      const auto kind = parse_org_kind(param_attribute(param, "org-kind"));
      if (!kind) {
        errors.push_back({param.line, "<limit> needs org-kind=\"cii|central|other\""});
        continue;
      }
      const auto minutes = duration_minutes_param(param, errors);
      if (!minutes) continue;
      KindLimit limit{*minutes, {param_attribute(param, "name-zh"), param_attribute(param, "name-en")},
                      {param_attribute(param, "recipient-zh"), param_attribute(param, "recipient-en")}};
      if (limit.name.zh.empty() || limit.name.en.empty() || limit.recipient.zh.empty() || limit.recipient.en.empty()) {
        errors.push_back({param.line, "<limit> needs name-zh, name-en, recipient-zh and recipient-en"});
        continue;
      }
      params.limits[static_cast<std::size_t>(*kind)] = limit;
    } else if (!own(param)) {
      errors.push_back(unknown_param(param, kind_name, accepted));
    }
  }
  for (OrgKind k : {OrgKind::Cii, OrgKind::Central, OrgKind::Other}) {
    if (!params.limits[static_cast<std::size_t>(k)]) {
      errors.push_back({spec.line, std::string("a ") + kind_name + " rule needs a <limit org-kind=\"" + std::string(to_string(k)) + "\">"});
    }
  }
  if (params.levels.empty()) errors.push_back({spec.line, std::string("a ") + kind_name + " rule needs at least one <level>"});
  for (const char* key : {"other-kind", "default-kind"}) {
    auto it = spec.messages.find(key);
    if (it == spec.messages.end() || it->second.zh.empty() || it->second.en.empty()) {
      errors.push_back({spec.line, std::string("a ") + kind_name + " rule needs <message key=\"" + key + "\"> in zh and en"});
    } else {
      params.fragments[key] = it->second;
    }
  }
  return params;
}

}  // namespace plancheck::rules::reporting
