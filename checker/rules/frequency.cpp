#include "rules/frequency.hpp"

#include <algorithm>

#include "facts/scan.hpp"
#include "rules/fact_places.hpp"
#include "rules/remediation_args.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

struct FrequencyParams {
  std::vector<std::string> subjects;
  std::vector<std::string> context;
  std::vector<std::string> sections;
  double min_per_year = 1;
};

// Whether a clause names the activity itself, not only its results: "每年将全县演练情况报市委网信办" is how
// often the results are reported, not how often drills are held. Asked once per clause (a clause's
// frequencies come together).
class ActivityClause {
 public:
  explicit ActivityClause(const std::vector<std::string>& subjects) : subjects_(subjects) {}

  bool names_it(std::string_view clause) {
    if (clause.data() != last_.data() || clause.size() != last_.size()) {
      last_ = clause;
      answer_ = read(clause);
    }
    return answer_;
  }

 private:
  bool read(std::string_view clause) const {
    static const std::initializer_list<std::string_view> kResults = {"情况", "结果", "总结", "报告", "成果", "材料", "记录"};
    for (const std::string& subject : subjects_) {
      for (std::size_t at = clause.find(subject); at != std::string_view::npos; at = clause.find(subject, at + 1)) {
        if (!facts::starts_with_any(clause, at + subject.size(), kResults)) return true;
      }
    }
    return false;
  }

  const std::vector<std::string>& subjects_;
  std::string_view last_;
  bool answer_ = false;
};

class FrequencyRule final : public Rule {
 public:
  explicit FrequencyRule(FrequencyParams p) : p_(std::move(p)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const facts::Frequency* best = nullptr;
    const facts::Frequency* best_each = nullptr;  // said of every unit of a kind ("各区县教育局、直属学校每年…")
    const facts::Frequency* vague = nullptr;
    WordSearch subjects(p_.subjects);
    WordSearch context(p_.context);
    ActivityClause activity(p_.subjects);
    for (const facts::Frequency& f : ctx.facts.timing.frequencies) {
      if (!subjects.in(f.clause) || (!p_.context.empty() && !context.in(f.sentence_text))) continue;
      if (!activity.names_it(f.clause)) continue;
      if (f.vague) {
        // The one in the activity's own section is the one to point at ("定期组织综合应急演练" under 7.2 应急演练,
        // not the basis list's "…定期演练的要求").
        if (!vague || (!in_sections(ctx, *vague) && in_sections(ctx, f))) vague = &f;
      } else if (facts::opens_with_each(f.sentence_text, 0, f.sentence_text.size())) {
        if (!best_each || f.per_year > best_each->per_year) best_each = &f;
      } else if (!best || f.per_year > best->per_year) {
        best = &f;
      }
    }
    // What the plan's owner does is judged; what every unit under it does, only when the owner says nothing:
    // "局网信办每两年组织一次全市教育系统应急演练" is not made yearly by "各区县教育局、直属学校每年至少开展一次".
    if (!best) best = best_each;
    const MessageArgs min = {{"min", format_number(p_.min_per_year)}, {"subject", p_.subjects.front()}};
    if (best && best->per_year + 1e-9 >= p_.min_per_year) {
      out.pass(evidence_at(ctx, best->at));
    } else if (best) {
      out.fail("too-rare", with_found(min, fact_text(ctx, best->at)), place_at(ctx, best->at));
    } else if (vague) {
      out.fail("vague", with_found(min, fact_text(ctx, vague->at)), place_at(ctx, vague->at));
    } else if (const facts::TextRef mention = first_mention(ctx); mention.known) {
      out.fail("no-frequency", min, place_at(ctx, mention));
    } else {
      out.fail("missing", min, place_in_section(ctx, p_.sections));
    }
  }

  MessageArgs remediation_args() const override {
    return {{"min", format_number(p_.min_per_year)}, {"min_zh", chinese_count(p_.min_per_year)}, {"subject", p_.subjects.front()}};
  }

 private:
  static MessageArgs with_found(MessageArgs args, std::string found) {
    args.emplace_back("found", std::move(found));
    return args;
  }

  // Whether frequency `f` stands in a section the rule names (<section>演练</section>: its heading or one above).
  bool in_sections(const RuleContext& ctx, const facts::Frequency& f) const {
    if (!f.at.known) return false;
    const std::string_view path = ctx.facts.passages.items[f.at.passage].section_path;
    return std::any_of(p_.sections.begin(), p_.sections.end(), [&](const std::string& w) { return path.find(w) != std::string::npos; });
  }

  // The first sentence naming the activity at all (in its context), to point at when it has no frequency.
  facts::TextRef first_mention(const RuleContext& ctx) const {
    for (const facts::Passage& p : ctx.facts.passages.items) {
      if (p.where != facts::Where::Body) continue;
      for (const facts::Span& s : p.sentences) {
        const std::string sentence(facts::sentence_text(p, s));
        if (!has_any_word(sentence, p_.subjects) || (!p_.context.empty() && !has_any_word(sentence, p_.context))) continue;
        for (const std::string& w : p_.subjects) {
          if (const std::size_t at = sentence.find(w); at != std::string::npos) {
            return facts::make_ref(p, s.begin + at, s.begin + at + w.size());
          }
        }
      }
    }
    return {};
  }

  FrequencyParams p_;
};

}  // namespace

std::unique_ptr<const Rule> make_frequency_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  FrequencyParams p;
  for (const ruleset::Param& param : spec.params) {
    const std::string v = text::normalized(param.value);
    if (empty_text_param(param, v, errors)) continue;
    if (param.name == "subject") {
      p.subjects.push_back(v);
    } else if (param.name == "context") {
      p.context.push_back(v);
    } else if (param.name == "section") {
      p.sections.push_back(v);
    } else if (param.name == "min-per-year") {
      if (auto n = positive_param(param, errors)) p.min_per_year = *n;
    } else {
      errors.push_back(unknown_param(param, "frequency", "subject, context, section, min-per-year"));
    }
  }
  if (p.subjects.empty()) errors.push_back({spec.line, "a frequency rule needs at least one <subject>"});
  if (!errors.empty()) return nullptr;
  return std::make_unique<FrequencyRule>(std::move(p));
}

}  // namespace plancheck::rules
