#include "rules/immediate_report.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <utility>

#include "rules/fact_places.hpp"
#include "facts/scan.hpp"
#include "rules/reporting.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

using Kind = facts::Promptness::Kind;

constexpr std::size_t kMaxFactsAhead = 64;
constexpr std::size_t kMaxHeadingsBetween = 3;  // headings between a start and its report: 五、… （二）… 1.…  // a start's report is looked for among the next facts only

class ImmediateReportRule final : public Rule {
 public:
  ImmediateReportRule(std::vector<std::string> levels, double max_minutes)
      : levels_(std::move(levels)), max_minutes_(max_minutes) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const auto& all = ctx.facts.timing.promptness;
    const std::string max = format_minutes(max_minutes_, out.lang());
    check_start(ctx, all, max, out);
    std::vector<std::uint8_t> covers;
    std::vector<std::uint8_t> names;
    answer(ctx, covers, names);
    const std::size_t n_levels = levels_.size();
    for (std::size_t l = 0; l < n_levels; ++l) {
      const std::string& level = levels_[l];
      // What the plan says of this level wins over what it says of every incident: "发生后立即报告" does
      // not make "特别重大、重大事件应在24小时内报告" immediate.
      // A warning's report ("研判可能发生重大事件的，立即报告") reports no incident.
      const auto incident_report = [](const facts::Promptness& p) { return p.reports && !p.prospective; };
      bool named = false;
      for (std::size_t i = 0; i < all.size() && !named; ++i) named = incident_report(all[i]) && names[i * n_levels + l];
      const auto counts = [&](std::size_t i) {
        return incident_report(all[i]) && covers[i * n_levels + l] && (!named || names[i * n_levels + l]);
      };
      // "立即…报告，最迟不超过4小时": the bound says how late the report may come, and that is not at once.
      std::set<std::pair<std::size_t, std::uint32_t>> capped_late;
      for (std::size_t i = 0; i < all.size(); ++i) {
        if (counts(i) && all[i].kind == Kind::Timed && all[i].capped && !is_prompt(all[i])) {
          capped_late.emplace(all[i].sentence.passage, all[i].sentence.span.begin);
        }
      }
      const facts::Promptness* prompt = nullptr;
      const facts::Promptness* slow = nullptr;
      const facts::Promptness* vague = nullptr;
      for (std::size_t i = 0; i < all.size(); ++i) {
        const facts::Promptness& p = all[i];
        const bool names_it = names[i * n_levels + l];
        if (!counts(i)) continue;
        const bool bounded_late = capped_late.count({p.sentence.passage, p.sentence.span.begin}) > 0;
        if (is_prompt(p) && !bounded_late && !prompt) prompt = &p;
        if (p.kind == Kind::Timed && !is_prompt(p) && !slow) slow = &p;
        if (p.kind == Kind::Vague && names_it && !vague) vague = &p;
      }
      // "立即报告县指挥部总指挥，并在24小时内报告市委网信办": the prompt report goes in, the one up comes late.
      const facts::Promptness* late_after = prompt ? slower_in_sentence(ctx, all, *prompt, level, counts) : nullptr;
      if (late_after) {
        out.fail("level-slow", {{"level", level}, {"found", fact_text(ctx, late_after->at)}, {"max", max}},
                 place_at(ctx, late_after->at));
      } else if (prompt) {
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
  // Per fact and level (fact i, level l at i * levels + l): whether the fact covers the level, a range
  // included ("较大及以上事件…12小时内报告" says when 重大 is reported), and whether it names it before its clause
  // ends (not in "及时向部领导小组报告突发事件情况，提出特别重大网络安全突发事件应对措施建议"). A sentence's facts come
  // together: what depends on the sentence alone is read once for it, so a sentence of thousands of reports is
  // read in time proportional to it.
  void answer(const RuleContext& ctx, std::vector<std::uint8_t>& covers, std::vector<std::uint8_t>& names) const {
    const auto& all = ctx.facts.timing.promptness;
    const std::size_t n_levels = levels_.size();
    covers.assign(all.size() * n_levels, 0);
    names.assign(all.size() * n_levels, 0);
    facts::ClauseFinder clauses;
    std::size_t first_level = std::string_view::npos;  // where the sentence first names a level
    for (std::size_t i = 0; i < all.size(); ++i) {
      const facts::Promptness& p = all[i];
      const facts::Passage& passage = ctx.facts.passages.items[p.sentence.passage];
      const std::string_view sentence = facts::sentence_text(passage, p.sentence.span);
      const bool same_sentence = i > 0 && reporting::same_text(all[i - 1].sentence, p.sentence);
      if (!same_sentence) {
        const auto mentions = facts::event_level_mentions(sentence, ctx.facts.grading.own_event_names);
        first_level = mentions.empty() ? std::string_view::npos : p.sentence.span.begin + mentions.front().begin;
      }
      const bool same_levels = same_sentence && all[i - 1].levels == p.levels;
      const std::size_t clause_end =
          p.levels.empty() ? 0 : clauses.at(passage.norm.text, p.sentence.span, p.at.span.begin).end;
      for (std::size_t l = 0; l < n_levels; ++l) {
        const std::size_t k = i * n_levels + l;
        covers[k] = same_levels ? covers[k - n_levels]
                                : reporting::covers_level(p, sentence, levels_[l], facts::canonical_event_levels(),
                                                          ctx.facts.grading.own_event_names);
        names[k] = covers[k] && !p.levels.empty() && first_level < clause_end;
      }
    }
  }

  // A report of `level`, named in the sentence of `prompt`, that the sentence gives a deadline longer than
  // immediate: the report up after an immediate one in ("…立即报告县指挥部总指挥，并在24小时内报告市委网信办").
  // Not a written or follow-up report ("立即电话报告，24小时内报送书面报告").
  template <typename Counts>
  const facts::Promptness* slower_in_sentence(const RuleContext& ctx, const std::vector<facts::Promptness>& all,
                                              const facts::Promptness& prompt, const std::string& level,
                                              const Counts& counts) const {
    for (std::size_t i = 0; i < all.size(); ++i) {
      const facts::Promptness& p = all[i];
      if (p.kind != Kind::Timed || is_prompt(p) || !counts(i) || !reporting::same_text(p.sentence, prompt.sentence)) continue;
      if (std::find(p.levels.begin(), p.levels.end(), level) == p.levels.end()) continue;
      const facts::Passage& passage = ctx.facts.passages.items[p.at.passage];
      const facts::Span clause = facts::clause_at(passage.norm.text, p.sentence.span, p.at.span.begin);
      const std::string_view text = std::string_view(passage.norm.text).substr(clause.begin, clause.end - clause.begin);
      if (!facts::contains_any(text, {"书面", "详细", "续报", "终报", "进展", "处置情况", "处置结果", "总结", "调查", "评估"})) return &p;
    }
    return nullptr;
  }

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
