#include "rules/deadline.hpp"

#include <algorithm>
#include <optional>

#include "facts/phrase_pattern.hpp"
#include "rules/fact_places.hpp"
#include "rules/own_names.hpp"
#include "rules/remediation_args.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

struct DeadlineParams {
  std::vector<std::string> subjects;
  std::vector<std::string> anchors;
  std::vector<std::string> other_ends;  // <other-end>: the anchor ends another activity (演练结束后), not this one
  std::vector<std::string> sections;
  double max_days = 0;          // 0: not limited in calendar days
  double max_working_days = 0;  // 0: not limited in working days
  facts::PatternList inside;    // <inside>: the report goes to someone inside (报…领导小组)
  facts::PatternList outside;   // <outside>: … or to someone outside too (原渠道, 网信, 公安 …)
  // <prefer>, in order: words that mark the deadline the rule is about when a plan sets several (原渠道 before
  // 总结 before the rest). Each element lists its words separated by '|'.
  std::vector<std::vector<std::string>> prefer;
};

class DeadlineRule final : public Rule {
 public:
  explicit DeadlineRule(DeadlineParams p) : p_(std::move(p)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    // The unit's own deadline per <prefer> rank (the last: none of its words); the best rank found is judged.
    std::vector<const facts::Duration*> own(p_.prefer.size() + 1, nullptr);
    const facts::Duration* authority = nullptr;
    WordSearch subjects(p_.subjects);
    WordSearch anchors(p_.anchors);
    WordSearch other_ends(p_.other_ends);
    SentMemo sent;
    OwnNames own_names(ctx.facts);
    // A sentence's durations come together: its rank is read once (one long sentence may hold thousands).
    std::string_view ranked;
    std::size_t sentence_rank = 0;
    for (const facts::Duration& d : ctx.facts.timing.durations) {
      if (!relevant(ctx, d, subjects, anchors, other_ends, sent, own_names)) continue;
      if (d.aggregate) {
        if (!authority) authority = &d;
        continue;
      }
      if (d.sentence_text.data() != ranked.data() || d.sentence_text.size() != ranked.size()) {
        ranked = d.sentence_text;
        sentence_rank = rank(ranked);
      }
      const facts::Duration*& best = own[sentence_rank];
      if (!best || (fits(d) && !fits(*best))) best = &d;
    }
    const auto found = std::find_if(own.begin(), own.end(), [](const facts::Duration* d) { return d != nullptr; });
    judge(ctx, found == own.end() ? nullptr : *found, authority, out);
  }

  // {limit} is the stricter of the two limits as a plan writes it: "10个工作日" or "30天".
  MessageArgs remediation_args() const override {
    const bool working = p_.max_working_days > 0 && (p_.max_days <= 0 || p_.max_working_days * 7.0 / 5.0 <= p_.max_days);
    const double n = working ? p_.max_working_days : p_.max_days;
    return {{"days", format_number(p_.max_days)},
            {"working_days", format_number(p_.max_working_days)},
            {"limit", format_number(n) + (working ? "个工作日" : "天")},
            {"limit_en", format_number(n) + (working ? " working days" : " days")}};
  }

 private:
  void judge(const RuleContext& ctx, const facts::Duration* own, const facts::Duration* authority, Reporter& out) const {
    const MessageArgs limits = {{"days", format_number(p_.max_days)},
                                {"working_days", format_number(p_.max_working_days)}};
    if (own && fits(*own)) {
      out.pass(evidence_at(ctx, own->at));
    } else if (own) {
      MessageArgs args = limits;
      args.emplace_back("found", fact_text(ctx, own->at));
      out.fail("too-long", args, place_at(ctx, own->at));
    } else if (authority) {
      out.fail("authority-only", {{"found", fact_text(ctx, authority->at)}}, place_at(ctx, authority->at));
    } else {
      out.fail("missing", limits, place_in_section(ctx, p_.sections));
    }
  }

  // The index of the first <prefer> element one of whose words `sentence` holds; prefer.size() when none.
  std::size_t rank(std::string_view sentence) const {
    for (std::size_t i = 0; i < p_.prefer.size(); ++i) {
      for (const std::string& w : p_.prefer[i]) {
        if (sentence.find(w) != std::string_view::npos) return i;
      }
    }
    return p_.prefer.size();
  }

  // The last sentence asked whether it sends the report inside only, and the answer: a sentence's durations
  // come together, and one long sentence may hold thousands (asking per duration read it again for each).
  struct SentMemo {
    std::string_view sentence;
    bool inside_only = false;
  };

  bool relevant(const RuleContext& ctx, const facts::Duration& d, WordSearch& subjects, WordSearch& anchors,
                WordSearch& other_ends, SentMemo& sent, OwnNames& own_names) const {
    if (d.unit == facts::TimeUnit::Year || d.unit == facts::TimeUnit::Minute) return false;
    if (!subjects.in(d.sentence_text)) return false;
    if (!p_.anchors.empty() && !anchors.in(d.anchor)) return false;
    if (!p_.other_ends.empty() && other_ends.in(d.anchor)) return false;
    if (d.sentence_text.data() != sent.sentence.data() || d.sentence_text.size() != sent.sentence.size()) {
      sent.sentence = d.sentence_text;
      sent.inside_only = sent_inside_only(ctx.facts.passages.items[d.sentence.passage], d.sentence.span, own_names);
    }
    return !sent.inside_only;
  }

  // "15个工作日内形成调查评估报告，报领导小组审定": a report that goes only to someone inside the organisation, with no
  // one outside named in its paragraph, is not the one sent up the original channel (a sentence naming no one is
  // not judged by whom it names). An outside word inside the plan's own body's name ("网信办牵头" where 网信办 is
  // its own office) names no one outside. A report to one of the plan's own bodies by any of its names is inside
  // too ("报安委会", where the plan set up its 信息安全委员会（以下简称“安委会”）).
  bool sent_inside_only(const facts::Passage& p, facts::Span sentence, OwnNames& own_names) const {
    if (p_.inside.empty()) return false;
    // The own names are built only when some body of the plan follows a report verb: most sentences send their
    // report to none of its bodies.
    const std::optional<facts::Span> inside = p_.inside.find(p, sentence);
    if (!inside &&
        (!any_recipient(p.norm.text, sentence, [&](std::size_t at) { return own_names.body_starts_at(p.norm.text, at); }) ||
         !reported_to_own(p.norm.text, sentence, own_names.in(p.index)))) {
      return false;
    }
    // The paragraph may go on to send it up: "…形成事件处置总结报告，报送局网信办。较大及以上事件的总结报告，由局网信办
    // 审核后按照原报告渠道报送市委网信办和省教育厅。" What it said before the report does not ("由领导小组配合上级部门开展
    // 调查；…形成调查评估报告报领导小组"; "应急办应组织有关部门和专家组…调查评估，…形成调查评估报告报领导小组").
    const std::size_t report = inside ? inside->begin : p.norm.text.find("报", sentence.begin);
    const facts::Span rest{static_cast<std::uint32_t>(std::min<std::size_t>(report, sentence.end)),
                           static_cast<std::uint32_t>(p.norm.text.size())};
    return !p_.outside.find(p, rest, own_names.in(p.index));
  }

  // Where the recipient of each report verb in `sentence` starts (报安委会, 报送应急办: after 报, 报送, 报告, 报请),
  // calling fn(at) until it returns true; whether it did.
  template <typename Fn>
  static bool any_recipient(std::string_view s, facts::Span sentence, Fn&& fn) {
    for (std::size_t at = s.find("报", sentence.begin); at != std::string_view::npos && at < sentence.end; at = s.find("报", at + 3)) {
      std::size_t after = at + 3;
      for (std::string_view tail : {"送", "告", "请"}) {
        if (s.compare(after, tail.size(), tail) == 0) after += tail.size();
      }
      if (after < sentence.end && fn(after)) return true;
    }
    return false;
  }

  // Whether one of the plan's own body names starts right after a report verb in `sentence`.
  static bool reported_to_own(std::string_view s, facts::Span sentence, const facts::SpanSet& own) {
    if (own.empty()) return false;
    return any_recipient(s, sentence, [&](std::size_t at) {
      const auto a = static_cast<std::uint32_t>(at);
      return own.covers({a, a + 1}) && !own.overlaps({a - 1, a});
    });
  }

  // Working days are converted the same way for both limits, so "10个工作日" fits max-days 14 exactly and
  // "30天" does not fit max-working-days 10.
  bool fits(const facts::Duration& d) const {
    const double days = d.calendar_days();
    if (p_.max_days > 0 && days > p_.max_days + 1e-9) return false;
    if (p_.max_working_days > 0 && days > p_.max_working_days * 7.0 / 5.0 + 1e-9) return false;
    return true;
  }

  DeadlineParams p_;
};

}  // namespace

std::unique_ptr<const Rule> make_deadline_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  DeadlineParams p;
  for (const ruleset::Param& param : spec.params) {
    const std::string v = text::normalized(param.value);
    if (empty_text_param(param, v, errors)) continue;
    if (param.name == "subject") {
      p.subjects.push_back(v);
    } else if (param.name == "anchor") {
      p.anchors.push_back(v);
    } else if (param.name == "other-end") {
      p.other_ends.push_back(v);
    } else if (param.name == "section") {
      p.sections.push_back(v);
    } else if (param.name == "max-days") {
      if (auto n = positive_param(param, errors)) p.max_days = *n;
    } else if (param.name == "max-working-days") {
      if (auto n = positive_param(param, errors)) p.max_working_days = *n;
    } else if (param.name == "inside") {
      p.inside.patterns.push_back(facts::PhrasePattern::compile(param.value));
    } else if (param.name == "outside") {
      p.outside.patterns.push_back(facts::PhrasePattern::compile(param.value));
    } else if (param.name == "prefer") {
      std::vector<std::string> words;
      for (std::size_t from = 0; from <= v.size();) {
        const std::size_t bar = std::min(v.find('|', from), v.size());
        if (bar > from) words.push_back(v.substr(from, bar - from));
        from = bar + 1;
      }
      p.prefer.push_back(std::move(words));
    } else {
      errors.push_back(unknown_param(param, "deadline", "subject, anchor, other-end, section, max-days, max-working-days, inside, outside, prefer"));
    }
  }
  if (!p.inside.empty() && p.outside.empty()) errors.push_back({spec.line, "a deadline rule with <inside> needs <outside>"});
  if (p.subjects.empty()) errors.push_back({spec.line, "a deadline rule needs at least one <subject>"});
  if (p.max_days <= 0 && p.max_working_days <= 0) {
    errors.push_back({spec.line, "a deadline rule needs <max-days> or <max-working-days>"});
  }
  if (!errors.empty()) return nullptr;
  return std::make_unique<DeadlineRule>(std::move(p));
}

}  // namespace plancheck::rules
