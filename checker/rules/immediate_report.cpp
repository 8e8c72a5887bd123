#include "rules/immediate_report.hpp"

#include <algorithm>
#include <optional>

#include "rules/fact_places.hpp"
#include "facts/scan.hpp"
#include "rules/reporting.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

using Kind = facts::Promptness::Kind;

constexpr std::size_t kMaxFactsAhead = 64;
constexpr std::size_t kMaxHeadingsBetween = 3;  // headings between a start and its report: 五、… （二）… 1.…  // a start's report is looked for among the next facts only

// The national event levels, highest first: what "较大及以上" covers.
const std::vector<std::string> kLadder{"特别重大", "重大", "较大", "一般"};

class ImmediateReportRule final : public Rule {
 public:
  ImmediateReportRule(std::vector<std::string> levels, double max_minutes)
      : levels_(std::move(levels)), max_minutes_(max_minutes) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const auto& all = ctx.facts.timing.promptness;
    const std::string max = format_minutes(max_minutes_, out.lang());
    check_start(ctx, all, max, out);
    for (const std::string& level : levels_) {
      // What the plan says of this level wins over what it says of every incident: "发生后立即报告" does
      // not make "特别重大、重大事件应在24小时内报告" immediate.
      // A warning's report ("研判可能发生重大事件的，立即报告") reports no incident.
      const auto incident_report = [](const facts::Promptness& p) { return p.reports && !p.prospective; };
      // A range names the level too: "较大及以上事件…12小时内报告" says when 重大 is reported.
      const auto covers = [&](const facts::Promptness& p) {
        return reporting::covers_level(p, facts::sentence_text(ctx.facts.passages.items[p.sentence.passage], p.sentence.span), level,
                            kLadder, ctx.facts.grading.own_event_names);
      };
      // The level is the report's when named before its clause ends: not in "及时向部领导小组报告突发事件情况，提出
      // 特别重大网络安全突发事件应对措施建议".
      const auto names = [&](const facts::Promptness& p) {
        if (p.levels.empty() || !covers(p)) return false;
        const std::string_view s = ctx.facts.passages.items[p.at.passage].norm.text;
        const facts::Span clause = facts::clause_at(s, p.sentence.span, p.at.span.begin);
        const std::string_view head = s.substr(p.sentence.span.begin, clause.end - p.sentence.span.begin);
        return !facts::event_level_mentions(head, ctx.facts.grading.own_event_names).empty();
      };
      const bool named = std::any_of(all.begin(), all.end(), [&](const facts::Promptness& p) { return incident_report(p) && names(p); });
      const facts::Promptness* prompt = nullptr;
      const facts::Promptness* slow = nullptr;
      const facts::Promptness* vague = nullptr;
      for (const facts::Promptness& p : all) {
        if (!incident_report(p) || !covers(p) || (named && !names(p))) continue;
        if (is_prompt(p) && !prompt) prompt = &p;
        if (p.kind == Kind::Timed && !is_prompt(p) && !slow) slow = &p;
        if (p.kind == Kind::Vague && names(p) && !vague) vague = &p;
      }
      if (prompt) {
        out.pass(evidence_at(ctx, prompt->at));
      } else if (slow) {
        out.fail("level-slow", {{"level", level}, {"found", fact_text(ctx, slow->at)}, {"max", max}}, place_at(ctx, slow->at));
      } else if (vague) {
        out.fail("level-vague", {{"level", level}, {"found", fact_text(ctx, vague->at)}, {"max", max}}, place_at(ctx, vague->at));
      } else {
        out.fail("level-missing", {{"level", level}, {"max", max}}, report_section(ctx));
      }
    }
  }

  MessageArgs remediation_args() const override {
    return {{"max_zh", format_minutes(max_minutes_, Lang::Zh)}, {"max_en", format_minutes(max_minutes_, Lang::En)}};
  }

 private:
  // Immediate (立即, 第一时间), or a stated deadline no longer than the longest that still counts as
  // immediate (30分钟, 半小时, 1小时以内 against 1小时).
  bool is_prompt(const facts::Promptness& p) const {
    return p.kind == Kind::Immediate || (p.kind == Kind::Timed && p.minutes <= max_minutes_ + 1e-9);
  }

  // Whether a prompt report follows fact `i` (a prompt start) in its paragraph or the next one, past the
  // headings before it: "立即启动本预案，…保全电子证据。值班人员应立即向负责人报告事件情况。", or "（一）先期处置
  // …应立即启动应急预案…" then "（二）信息报告" and "1. 事发部门应立即向领导小组办公室报告…".
  bool reported_next(const facts::Passages& ps, const std::vector<facts::Promptness>& all, std::size_t i) const {
    std::size_t last = all[i].at.passage + 1;
    for (std::size_t n = 0; n < kMaxHeadingsBetween && last < ps.items.size() && ps.items[last].where == facts::Where::Heading; ++n) {
      ++last;
    }
    const std::size_t end = std::min(all.size(), i + 1 + kMaxFactsAhead);
    for (std::size_t k = i + 1; k < end && all[k].at.passage <= last; ++k) {
      if (all[k].reports && is_prompt(all[k])) return true;
    }
    return false;
  }

  // "立即启动应急预案，实施处置并及时报送信息": starting at once, in a sentence that also reports, or followed
  // by an immediate report in the next sentences.
  void check_start(const RuleContext& ctx, const std::vector<facts::Promptness>& all, const std::string& max,
                   Reporter& out) const {
    const facts::Promptness* late = nullptr;
    for (std::size_t i = 0; i < all.size(); ++i) {
      const facts::Promptness& p = all[i];
      if (!p.starts_plan) continue;
      if (is_prompt(p) && (p.sentence_reports || reported_next(ctx.facts.passages, all, i))) {
        out.pass(evidence_at(ctx, p.at));
        return;
      }
      if (p.sentence_reports && !late) late = &p;
    }
    // Reporting at once after any incident ("发现事件后，第一时间报告") meets the requirement without the
    // words 启动预案: the report is the plan's first step.
    for (const facts::Promptness& p : all) {
      if (is_prompt(p) && p.reports && p.after_incident) {
        out.pass(evidence_at(ctx, p.at));
        return;
      }
    }
    if (late && late->kind == Kind::Timed) {
      out.fail("start-slow", {{"found", fact_text(ctx, late->at)}, {"max", max}}, place_at(ctx, late->at));
    } else if (late) {
      out.fail("start-vague", {{"found", fact_text(ctx, late->at)}, {"max", max}}, place_at(ctx, late->at));
    } else {
      out.fail("start-missing", {{"max", max}}, report_section(ctx));
    }
  }

  static Place report_section(const RuleContext& ctx) {
    return place_in_section(ctx, {"事件报告", "信息报告", "报告", "应急处置", "应急响应"});
  }

  std::vector<std::string> levels_;
  double max_minutes_;
};

}  // namespace

std::unique_ptr<const Rule> make_immediate_report_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  std::vector<std::string> levels;
  std::optional<double> max_minutes;
  for (const ruleset::Param& param : spec.params) {
    const std::string v = text::normalized(param.value);
    if (v.empty()) {
      errors.push_back({param.line, "<" + param.name + "> is empty"});
      continue;
    }
    if (param.name == "level") {
      levels.push_back(v);
    } else if (param.name == "immediate-within") {
      max_minutes = duration_minutes_param(param, errors);
    } else {
      errors.push_back(unknown_param(param, "immediate-report", "level, immediate-within"));
    }
  }
  if (!max_minutes && errors.empty()) errors.push_back({spec.line, "an immediate-report rule needs <immediate-within>, e.g. 1小时"});
  if (!errors.empty()) return nullptr;
  return std::make_unique<ImmediateReportRule>(std::move(levels), *max_minutes);
}

}  // namespace plancheck::rules
