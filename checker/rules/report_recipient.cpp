#include "rules/report_recipient.hpp"

#include <algorithm>

#include "facts/declared_names.hpp"
#include "facts/phrase_pattern.hpp"
#include "rules/fact_places.hpp"
#include "rules/reporting.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

using reporting::answers_per_fact;
using reporting::report_section;
using reporting::ReportingParams;
using reporting::same_text;
using reporting::SentenceAnswers;
using reporting::with;

class ReportRecipientRule final : public Rule {
 public:
  struct Group {
    OrgKind kind = OrgKind::Other;
    std::string name;
    facts::PatternList patterns;
    std::string identifies;  // identifies="关键信息基础设施": the body that identified the plan's CII is this group's
    // unless-named="保护工作部门": patterns that count only in a plan that never uses these words
    facts::PatternList unless_patterns;
    std::string unless_named;
  };

  ReportRecipientRule(ReportingParams params, std::vector<Group> groups) : p_(std::move(params)), groups_(std::move(groups)) {}

  std::vector<KindAdvice> advice_per_kind(Lang lang) const override { return p_.advice_per_kind(lang); }

  void check(const RuleContext& ctx, Reporter& out) const override {
    const MessageArgs args = p_.kind_args(ctx.when, out.lang());
    // The sentences that report events of a reportable level (or of every level): first those that say when,
    // then those that say only to whom ("…的，事发单位应当同时向省委网信办报告").
    std::vector<const facts::Promptness*> reports;
    reporting::ProgressReports progress;
    for (const auto* all : {&ctx.facts.timing.promptness, &ctx.facts.timing.unstated_reports}) {
      const std::vector<SentenceAnswers> answers = answers_per_fact(ctx, p_, {}, *all);
      for (std::size_t i = 0; i < all->size(); ++i) {
        const bool reportable = std::any_of(answers[i].covers.begin(), answers[i].covers.end(), [](char c) { return c != 0; });
        if ((*all)[i].reports && reportable && !progress.of(ctx, (*all)[i])) reports.push_back(&(*all)[i]);
      }
    }
    if (reports.empty()) {
      out.fail("no-report", args, report_section(ctx));
      return;
    }
    std::string missing;
    for (const Group& g : groups_) {
      if (g.kind != ctx.when.org.kind) continue;
      const facts::Promptness* named = first_naming(ctx, reports, g.patterns);
      // A report to a body the plan declares to be the recipient ("国家能源局江西监管办公室（以下简称“江西能源监管办”）
      // 是本单位关键信息基础设施的保护工作部门", then "向江西能源监管办和省公安厅报告").
      if (!named) named = to_declared(ctx, reports, g);
      // A plan that never speaks of (say) its protection department reports to its sector's regulator by name.
      if (!named && !g.unless_named.empty() && !named_anywhere(ctx.facts.passages, g.unless_named)) {
        named = first_naming(ctx, reports, g.unless_patterns);
      }
      if (named) {
        out.pass(evidence_at(ctx, named->sentence));
      } else {
        if (!missing.empty()) missing += out.lang() == Lang::En ? ", " : "、";
        missing += g.name;
      }
    }
    if (!missing.empty()) out.fail("missing", with(args, "missing", missing), place_at(ctx, outward(ctx, reports)->sentence));
  }

 private:
  // Where a finding goes: the first report that names a recipient any kind of organisation reports to (网信, 公安,
  // 保护工作部门 …), not an internal one before it ("发现异常情况立即报告厅应急办"); else the first report.
  const facts::Promptness* outward(const RuleContext& ctx, const std::vector<const facts::Promptness*>& reports) const {
    const facts::Promptness* previous = nullptr;
    for (const facts::Promptness* p : reports) {
      // A sentence's reports come together: its text is searched once.
      if (previous && same_text(previous->sentence, p->sentence)) continue;
      previous = p;
      const facts::Passage& passage = ctx.facts.passages.items[p->sentence.passage];
      for (const Group& g : groups_) {
        if (g.patterns.find(passage, p->sentence.span)) return p;
      }
    }
    return reports.front();
  }

  // The first report whose sentence holds one of `patterns`.
  static const facts::Promptness* first_naming(const RuleContext& ctx, const std::vector<const facts::Promptness*>& reports,
                                               const facts::PatternList& patterns) {
    const facts::Promptness* previous = nullptr;
    for (const facts::Promptness* p : reports) {
      // A sentence's reports come together: its text is searched once, not once per deadline in it.
      if (previous && same_text(previous->sentence, p->sentence)) continue;
      previous = p;
      if (patterns.find(ctx.facts.passages.items[p->sentence.passage], p->sentence.span)) return p;
    }
    return nullptr;
  }

  // Whether any passage of the plan holds `words` (normalised).
  static bool named_anywhere(const facts::Passages& ps, const std::string& words) {
    return std::any_of(ps.items.begin(), ps.items.end(),
                       [&](const facts::Passage& p) { return p.norm.text.find(words) != std::string::npos; });
  }

  // The first report that names a body the plan declares to be group `g`'s recipient (its name is the
  // group's); null when none does.
  static const facts::Promptness* to_declared(const RuleContext& ctx, const std::vector<const facts::Promptness*>& reports,
                                              const Group& g) {
    std::vector<std::string> names = facts::names_declared_as(ctx.facts.passages, text::normalized(g.name));
    if (!g.identifies.empty()) {
      for (std::string& n : facts::names_identifying(ctx.facts.passages, g.identifies)) names.push_back(std::move(n));
    }
    if (names.empty()) return nullptr;
    for (const facts::Promptness* p : reports) {
      const facts::Passage& passage = ctx.facts.passages.items[p->sentence.passage];
      const std::string_view s = std::string_view(passage.norm.text).substr(p->sentence.span.begin, p->sentence.span.end - p->sentence.span.begin);
      if (std::any_of(names.begin(), names.end(), [&](const std::string& n) { return s.find(n) != std::string_view::npos; })) return p;
    }
    return nullptr;
  }

  ReportingParams p_;
  std::vector<Group> groups_;
};

}  // namespace

std::unique_ptr<const Rule> make_report_recipient_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  std::vector<ReportRecipientRule::Group> groups;
  ReportingParams params = reporting::read_reporting(spec, errors, "report-recipient", "level, limit, recipient", [&](const ruleset::Param& p) {
    if (p.name != "recipient") return false;
    const auto kind = parse_org_kind(param_attribute(p, "org-kind"));
    const std::string group = param_attribute(p, "group");
    if (!kind || group.empty() || text::normalized(p.value).empty()) {
      errors.push_back({p.line, "<recipient> needs org-kind=\"cii|central|other\", a group and a pattern"});
      return true;
    }
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const ReportRecipientRule::Group& g) { return g.kind == *kind && g.name == group; });
    if (it == groups.end()) it = groups.insert(groups.end(), ReportRecipientRule::Group{*kind, group, {}, {}, {}, {}});
    if (const std::string unless = text::normalized(param_attribute(p, "unless-named")); !unless.empty()) {
      if (!it->unless_named.empty() && it->unless_named != unless) {
        errors.push_back({p.line, "a recipient group takes one unless-named"});
        return true;
      }
      it->unless_named = unless;
      it->unless_patterns.patterns.push_back(facts::PhrasePattern::compile(p.value));
      return true;
    }
    it->patterns.patterns.push_back(facts::PhrasePattern::compile(p.value));
    if (const std::string what = text::normalized(param_attribute(p, "identifies")); !what.empty()) it->identifies = what;
    return true;
  });
  for (OrgKind k : {OrgKind::Cii, OrgKind::Central, OrgKind::Other}) {
    if (std::none_of(groups.begin(), groups.end(), [&](const auto& g) { return g.kind == k; })) {
      errors.push_back({spec.line, "a report-recipient rule needs a <recipient org-kind=\"" + std::string(to_string(k)) + "\">"});
    }
  }
  if (!errors.empty()) return nullptr;
  return std::make_unique<ReportRecipientRule>(std::move(params), std::move(groups));
}

}  // namespace plancheck::rules
