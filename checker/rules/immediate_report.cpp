#include "rules/immediate_report.hpp"

#include <algorithm>

#include "rules/fact_places.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

using Kind = facts::Promptness::Kind;

bool covers(const facts::Promptness& p, const std::string& level) {
  return p.levels.empty() || std::find(p.levels.begin(), p.levels.end(), level) != p.levels.end();
}

class ImmediateReportRule final : public Rule {
 public:
  explicit ImmediateReportRule(std::vector<std::string> levels) : levels_(std::move(levels)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const auto& all = ctx.facts.timing.promptness;
    check_start(ctx, all, out);
    for (const std::string& level : levels_) {
      const facts::Promptness* prompt = nullptr;
      const facts::Promptness* vague = nullptr;
      for (const facts::Promptness& p : all) {
        if (!p.reports) continue;
        const bool named = std::find(p.levels.begin(), p.levels.end(), level) != p.levels.end();
        if (p.kind != Kind::Vague && covers(p, level) && !prompt) prompt = &p;
        if (p.kind == Kind::Vague && named && !vague) vague = &p;
      }
      if (prompt) {
        out.pass(evidence_at(ctx, prompt->at));
      } else if (vague) {
        out.fail("level-vague", {{"level", level}, {"found", fact_text(ctx, vague->at)}}, place_at(ctx, vague->at));
      } else {
        out.fail("level-missing", {{"level", level}}, report_section(ctx));
      }
    }
  }

 private:
  // "立即启动应急预案，实施处置并及时报送信息": starting at once, in a sentence that also reports.
  static void check_start(const RuleContext& ctx, const std::vector<facts::Promptness>& all, Reporter& out) {
    const facts::Promptness* vague = nullptr;
    for (const facts::Promptness& p : all) {
      if (!p.starts_plan || !p.sentence_reports) continue;
      if (p.kind != Kind::Vague) {
        out.pass(evidence_at(ctx, p.at));
        return;
      }
      if (!vague) vague = &p;
    }
    // Reporting at once after any incident ("发现事件后，第一时间报告") meets the requirement without the
    // words 启动预案: the report is the plan's first step.
    for (const facts::Promptness& p : all) {
      if (p.kind != Kind::Vague && p.reports && p.after_incident) {
        out.pass(evidence_at(ctx, p.at));
        return;
      }
    }
    if (vague) {
      out.fail("start-vague", {{"found", fact_text(ctx, vague->at)}}, place_at(ctx, vague->at));
    } else {
      out.fail("start-missing", {}, report_section(ctx));
    }
  }

  static Place report_section(const RuleContext& ctx) {
    return place_in_section(ctx, {"事件报告", "信息报告", "报告", "应急处置", "应急响应"});
  }

  std::vector<std::string> levels_;
};

}  // namespace

std::unique_ptr<const Rule> make_immediate_report_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  std::vector<std::string> levels;
  for (const ruleset::Param& param : spec.params) {
    const std::string v = text::normalized(param.value);
    if (v.empty()) {
      errors.push_back({param.line, "<" + param.name + "> is empty"});
      continue;
    }
    if (param.name == "level") {
      levels.push_back(v);
    } else {
      errors.push_back(unknown_param(param, "immediate-report", "level"));
    }
  }
  if (!errors.empty()) return nullptr;
  return std::make_unique<ImmediateReportRule>(std::move(levels));
}

}  // namespace plancheck::rules
