#include "rules/report_deadline.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "facts/phrase_pattern.hpp"
#include "rules/fact_places.hpp"
#include "rules/reporting.hpp"

namespace plancheck::rules {
namespace {

using Kind = facts::Promptness::Kind;
using reporting::answers_per_fact;
using reporting::report_section;
using reporting::ReportingParams;
using reporting::SentenceAnswers;
using reporting::with;

class ReportDeadlineRule final : public Rule {
 public:
  // The words that address a deadline to one organisation kind (<addressed org-kind="other">其他单位</addressed>,
  // 其他…机构), as phrase patterns, and the kind they take in as well, if any (takes-in="central").
  struct AddressWords {
    OrgKind kind;
    std::optional<OrgKind> takes_in;
    facts::PhrasePattern words;
  };
  using Addressed = std::vector<AddressWords>;

  ReportDeadlineRule(ReportingParams params, std::vector<std::string> not_limits, std::vector<std::string> external,
                     Addressed addressed)
      : p_(std::move(params)),
        not_limits_(std::move(not_limits)),
        external_(std::move(external)),
        addressed_(std::move(addressed)) {}

  std::vector<KindAdvice> advice_per_kind(Lang lang) const override { return p_.advice_per_kind(lang); }

  void check(const RuleContext& ctx, Reporter& out) const override {
    const MessageArgs args = p_.kind_args(ctx.when, out.lang());
    const double limit = p_.limit(ctx.when.org.kind).minutes;
    const auto& all = ctx.facts.timing.promptness;
    const std::vector<SentenceAnswers> answers = answers_per_fact(ctx, p_, external_, all);
    std::vector<Addressing> addressed(all.size(), Addressing::None);
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].reports) addressed[i] = addressing(ctx, all[i]);
    }
    const auto addressed_to = [&](const facts::Promptness* p) { return addressed[static_cast<std::size_t>(p - all.data())]; };
    for (std::size_t level = 0; level < p_.levels.size(); ++level) {
      std::vector<const facts::Promptness*> reports = reports_of(ctx, answers, level);
      reports.erase(std::remove_if(reports.begin(), reports.end(),
                                   [&](const facts::Promptness* p) { return addressed_to(p) == Addressing::Other; }),
                    reports.end());
      // Deadlines addressed to the plan's own kind are its deadlines: "涉及关键信息基础设施的，运营单位应当在1小时内
      // 向保护工作部门和县公安局报告" for a CII operator, beside "事发单位…向属地省级网信部门报告，最迟不得超过4小时".
      if (std::any_of(reports.begin(), reports.end(), [&](const facts::Promptness* p) { return addressed_to(p) == Addressing::Own; })) {
        reports.erase(std::remove_if(reports.begin(), reports.end(),
                                     [&](const facts::Promptness* p) { return addressed_to(p) != Addressing::Own; }),
                      reports.end());
      }
      const facts::Promptness* within = nullptr;
      const facts::Promptness* late = nullptr;
      const facts::Promptness* vague = nullptr;
      // "立即报告，最迟不得超过24小时": the bound says how late the report may come, and it is too late.
      std::set<std::pair<std::size_t, std::uint32_t>> capped_late;
      for (const facts::Promptness* p : reports) {
        if (p->kind == Kind::Timed && p->capped && p->minutes > limit + 1e-9) {
          capped_late.emplace(p->sentence.passage, p->sentence.span.begin);
        }
      }
      for (const facts::Promptness* p : reports) {
        const bool stated = p->kind == Kind::Immediate && !is_not_a_limit(p->word) &&
                            !capped_late.count({p->sentence.passage, p->sentence.span.begin});
        if ((stated || (p->kind == Kind::Timed && p->minutes <= limit + 1e-9)) && !within) within = p;
        if (p->kind == Kind::Timed && p->minutes > limit + 1e-9 && !late) late = p;
        if (!stated && p->kind != Kind::Timed && !vague) vague = p;
      }
      // A stated deadline over the limit for a first report fails the plan even beside a prompt one: "事发单位
      // 6小时内向省委网信办报告" is the units' own deadline however soon the county office passes it on.
      const facts::Promptness* late_first = nullptr;  // a late deadline that is no later report's
      const facts::Promptness* previous = nullptr;     // a sentence's deadlines come together: read it once
      for (const facts::Promptness* p : reports) {
        if (p->kind != Kind::Timed || p->minutes <= limit + 1e-9) continue;
        if (previous && reporting::same_text(previous->sentence, p->sentence)) continue;
        previous = p;
        if (!follow_up(ctx, *p)) {
          late_first = p;
          break;
        }
      }
      if (within && late_first) late = late_first;
      if (within && !late_first) {
        out.pass(evidence_at(ctx, within->sentence));
      } else if (late) {
        out.fail("too-long", with(args, "found", fact_text(ctx, late->at)), place_at(ctx, late->at));
        return;  // one finding: the plan's deadline, not one per level
      } else if (vague) {
        out.fail("vague", with(args, "found", fact_text(ctx, vague->at)), place_at(ctx, vague->at));
        return;
      } else {
        out.fail("missing", args, report_section(ctx));
        return;
      }
    }
  }

 private:
  // Whether a deadline is a later report's (书面报告, 续报, 补报, 详细报告, 终报): the first report comes before it.
  // Read from the end of the clause of the sentence's deadline before it (or the sentence's start) to the end of
  // its own clause: "…应在事发后1小时内向集团公司网信部书面报告，并在6小时内报告属地省级网信部门" is a first report
  // in 6 hours to the province, whatever the group is sent in writing; "书面报告，应在6小时内报送" is a later one.
  static bool follow_up(const RuleContext& ctx, const facts::Promptness& p) {
    static const std::vector<std::string> kLater = {"书面", "续报", "补报", "详细", "终报", "进展", "总结", "全面"};
    const facts::Passage& passage = ctx.facts.passages.items[p.sentence.passage];
    const std::string_view s = passage.norm.text;
    const facts::Span own = facts::clause_at(s, p.sentence.span, p.at.span.begin);
    std::uint32_t from = p.sentence.span.begin;
    // The timed facts are in the order of the text: the one before, when it is of this sentence.
    const auto& all = ctx.facts.timing.promptness;
    const std::size_t i = static_cast<std::size_t>(&p - all.data());
    if (i > 0 && i < all.size() && all[i - 1].kind == Kind::Timed && reporting::same_text(all[i - 1].sentence, p.sentence) &&
        all[i - 1].at.span.begin < p.at.span.begin) {
      const facts::Span before = facts::clause_at(s, p.sentence.span, all[i - 1].at.span.begin);
      from = before.end <= p.at.span.begin ? before.end : all[i - 1].at.span.end;  // the same clause: after it
    }
    return has_any_word(s.substr(from, own.end - from), kLater);
  }

  // Whom the deadline's sentence opens by addressing: organisations of another kind than the plan's ("其他单位应
  // 及时向省委网信办报告，最迟不超过4小时" in a CII operator's plan: not the plan's deadline), of its own kind, or no
  // kind.
  enum class Addressing { None, Own, Other };
  Addressing addressing(const RuleContext& ctx, const facts::Promptness& p) const {
    if (addressed_.empty()) return Addressing::None;
    // The sentence's first clause, read no further than kOpeningBytes: a sentence of one endless clause full of
    // deadlines must not be read to its end for each of them.
    constexpr std::uint32_t kOpeningBytes = 60;  // about twenty characters
    const facts::Passage& passage = ctx.facts.passages.items[p.sentence.passage];
    const facts::Span opening_bound{p.sentence.span.begin, std::min(p.sentence.span.end, p.sentence.span.begin + kOpeningBytes)};
    const facts::Span first = facts::clause_at(passage.norm.text, opening_bound, p.sentence.span.begin);
    const std::string_view opening = facts::sentence_text(passage, first);
    // Each kind's words where they stand; a match inside another kind's longer one is that one's word:
    // "不涉及关键信息基础设施的…" addresses the other operators, whatever "涉及关键信息基础设施" says alone.
    std::vector<std::pair<const AddressWords*, facts::Span>> found;
    for (const AddressWords& a : addressed_) {
      if (const auto m = a.words.find(opening, facts::Span{0, static_cast<std::uint32_t>(opening.size())})) found.emplace_back(&a, *m);
    }
    const auto inside_another = [&](const std::pair<const AddressWords*, facts::Span>& a) {
      return std::any_of(found.begin(), found.end(), [&](const std::pair<const AddressWords*, facts::Span>& b) {
        return b.first->kind != a.first->kind && b.second.begin <= a.second.begin && a.second.end <= b.second.end &&
               b.second.end - b.second.begin > a.second.end - a.second.begin;
      });
    };
    const OrgKind own = ctx.when.org.kind;
    bool other_kind = false;
    for (const auto& f : found) {
      if (inside_another(f)) continue;
      // Words that take in the plan's kind beside their own ("其他单位" for a central organ, whose own limit is
      // still its own) address every organisation: neither another kind's deadline nor its own alone.
      if (f.first->takes_in == own) continue;
      if (f.first->kind == own) return Addressing::Own;
      other_kind = true;
    }
    return other_kind ? Addressing::Other : Addressing::None;
  }

  bool is_not_a_limit(const std::string& word) const {
    return std::find(not_limits_.begin(), not_limits_.end(), word) != not_limits_.end();
  }

  // The plan's report deadlines covering the rule's level number `level`. When the plan reports to an
  // outside body at all (网信, 公安 …), only such reports count: an internal one (报告应急办) is not the
  // first external report. When it never names one, a report to no one named may be the outside one, but a
  // report to someone inside ("立即报告指挥部办公室") is still not.
  static std::vector<const facts::Promptness*> reports_of(const RuleContext& ctx, const std::vector<SentenceAnswers>& answers,
                                                          std::size_t level) {
    const auto& all = ctx.facts.timing.promptness;
    bool any_external = false;
    for (std::size_t i = 0; i < all.size() && !any_external; ++i) any_external = all[i].reports && answers[i].external;
    std::vector<const facts::Promptness*> out;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (!all[i].reports || (any_external && !answers[i].external) || answers[i].internal) continue;
      if (answers[i].covers[level]) out.push_back(&all[i]);
    }
    return out;
  }

  ReportingParams p_;
  std::vector<std::string> not_limits_;
  std::vector<std::string> external_;
  Addressed addressed_;
};

}  // namespace

std::unique_ptr<const Rule> make_report_deadline_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  std::vector<std::string> not_limits, external;
  ReportDeadlineRule::Addressed addressed;
  ReportingParams params = reporting::read_reporting(spec, errors, "report-deadline",
                                          "level, limit, not-a-limit, external, addressed",
                                          [&](const ruleset::Param& p) {
                                            const std::string v = text::normalized(p.value);
                                            if (p.name == "addressed") {
                                              const auto kind = parse_org_kind(param_attribute(p, "org-kind"));
                                              const std::string takes_in = param_attribute(p, "takes-in");
                                              const auto also = parse_org_kind(takes_in);
                                              if (!kind || (!takes_in.empty() && !also)) {
                                                errors.push_back({p.line, "<addressed> needs org-kind=\"cii|central|other\""
                                                                          " (and takes-in, if given, one of them)"});
                                              } else if (!empty_text_param(p, v, errors)) {
                                                addressed.push_back({*kind, also, facts::PhrasePattern::compile(p.value)});
                                              }
                                            } else if (p.name == "not-a-limit") {
                                              if (!empty_text_param(p, v, errors)) not_limits.push_back(v);
                                            } else if (p.name == "external") {
                                              if (!empty_text_param(p, v, errors)) external.push_back(v);
                                            } else {
                                              return false;
                                            }
                                            return true;
                                          });
  if (!errors.empty()) return nullptr;
  return std::make_unique<ReportDeadlineRule>(std::move(params), std::move(not_limits), std::move(external),
                                              std::move(addressed));
}

}  // namespace plancheck::rules
