#include "facts/timing.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

struct PromptWord {
  std::string_view word;
  Promptness::Kind kind;
};
constexpr PromptWord kPromptWords[] = {
    {"立即", Promptness::Kind::Immediate}, {"立刻", Promptness::Kind::Immediate}, {"马上", Promptness::Kind::Immediate},
    {"即刻", Promptness::Kind::Immediate}, {"第一时间", Promptness::Kind::Immediate},
    {"及时", Promptness::Kind::Vague},     {"尽快", Promptness::Kind::Vague},     {"迅速", Promptness::Kind::Vague},
};

bool reports_in(std::string_view s) {
  if (contains_any(s, {"报告", "上报", "报送", "报请", "通报", "报至"})) return true;
  // A bare 报 followed by the recipient ("报市网安应急办") — but not 报警 / 警报 / 情报 style words.
  for (std::size_t at : find_all(s, "报")) {
    if (!starts_with_any(s, at + 3, {"警", "销", "表", "名", "道", "刊", "纸"}) && !(at >= 3 && starts_with_any(s, at - 3, {"警", "情", "预", "简", "汇"}))) {
      return true;
    }
  }
  return false;
}

// The clause after a prompt word or deadline starts the plan or the response ("启动应急预案").
bool starts_plan_in(std::string_view after) {
  return (contains_any(after, {"启动"}) && contains_any(after, {"预案", "响应", "应急"})) ||
         (contains_any(after, {"实施", "进入"}) && contains_any(after, {"应急响应", "应急状态"}));
}

// The text before a prompt word opens with the incident itself ("发生…后", "发现…", "一旦") and names no
// event level, so the promptness applies to every incident.
bool follows_any_incident(std::string_view before) {
  return contains_any(before, {"发生", "发现", "一旦"}) && event_level_mentions(before).empty();
}

std::vector<std::string> levels_named(std::string_view sentence) {
  std::vector<std::string> levels;
  for (const LevelMention& m : event_level_mentions(sentence)) {
    if (std::find(levels.begin(), levels.end(), m.name) == levels.end()) levels.push_back(m.name);
  }
  return levels;
}

// Which prompt words the passage may hold at all (its filter), so a sentence is searched only for those.
std::vector<const PromptWord*> prompt_words_in(const Passage& p) {
  static const std::vector<CharPairKeys> keys = [] {
    std::vector<CharPairKeys> out;
    for (const PromptWord& w : kPromptWords) out.push_back(CharPairKeys::of(w.word));
    return out;
  }();
  std::vector<const PromptWord*> words;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (p.filter.may_contain(keys[k])) words.push_back(&kPromptWords[k]);
  }
  return words;
}

void add_promptness(const Passage& p, const std::vector<const PromptWord*>& words, Span sentence,
                    std::vector<Promptness>& out) {
  const std::string_view s = p.norm.text;
  const std::string_view st = sentence_text(p, sentence);
  std::optional<std::vector<std::string>> levels;  // read at the first prompt word: most sentences have none
  for (const PromptWord* word : words) {
    const PromptWord& w = *word;
    for (std::size_t at : find_all(s, w.word, sentence.begin, sentence.end)) {
      if (!levels) levels = levels_named(st);
      const Span clause = clause_at(s, sentence, at);
      const std::string_view after = s.substr(at, clause.end - at);
      Promptness pr;
      pr.kind = w.kind;
      pr.word = std::string(w.word);
      pr.reports = reports_in(after);
      pr.starts_plan = starts_plan_in(after);
      pr.sentence_reports = reports_in(st);
      pr.levels = *levels;
      pr.after_incident = follows_any_incident(s.substr(sentence.begin, at - sentence.begin));
      pr.at = make_ref(p, at, at + w.word.size());
      pr.sentence = make_ref(p, sentence.begin, sentence.end);
      out.push_back(std::move(pr));
    }
  }
}

std::vector<int> unique_numbers(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

DutyMention duty_context(const Passage& p, Span sentence, std::string_view heading_path) {
  DutyMention d;
  const std::string_view st = sentence_text(p, sentence);
  for (std::string_view part : {st, heading_path}) {
    for (const ColourMention& c : colour_mentions(part)) d.colour_ranks.push_back(c.rank);
    for (const ResponseMention& r : response_level_mentions(part)) d.response_levels.push_back(r.number);
    d.major_events = d.major_events || contains_any(part, {"重要活动", "重大活动", "会议期间", "重要会议", "重要时期", "敏感时期", "重要节日"});
  }
  d.colour_ranks = unique_numbers(d.colour_ranks);
  d.response_levels = unique_numbers(d.response_levels);
  return d;
}

// Timed promptness ("30分钟内报告") and 24-hour duty come from the durations already read.
void from_durations(const Passages& ps, const std::vector<Duration>& durations, TimingFacts& out) {
  std::unordered_map<std::size_t, std::string> paths;
  for (const Duration& d : durations) {
    const Passage& p = ps.items[d.at.passage];
    const std::string_view s = p.norm.text;
    const Span sentence = d.sentence.span;
    const bool short_unit = d.unit == TimeUnit::Minute || d.unit == TimeUnit::Hour;
    if (short_unit && d.amount == 24) {
      const std::size_t after = d.at.span.end;
      const std::string_view rest = s.substr(after, std::min<std::size_t>(s.size() - after, 30));
      const bool duty = rest.compare(0, 6, "值班") == 0 || rest.compare(0, 6, "值守") == 0 ||
                        rest.compare(0, 6, "在岗") == 0 || rest.compare(0, 12, "专人值班") == 0 ||
                        rest.compare(0, 12, "专人值守") == 0;
      auto it = paths.find(p.index);
      if (it == paths.end()) it = paths.emplace(p.index, normalized_section_path(p)).first;
      DutyMention m = duty_context(p, sentence, it->second);
      m.duty = duty;
      m.at = d.at;
      m.phrase = make_ref(p, d.at.span.begin, clause_at(s, sentence, d.at.span.begin).end);
      if (duty || contains_any(rest.substr(0, std::min<std::size_t>(rest.size(), 18)), {"畅通", "开机", "在线"})) {
        out.duties.push_back(std::move(m));
      }
    }
    // A first report due within days ("1个工作日内报告") is a stated deadline too, so a rule can say it
    // is too slow; a follow-up (总结, 调查, after the response ends) is not a first report.
    const bool day_unit = d.unit == TimeUnit::Day || d.unit == TimeUnit::WorkingDay;
    const bool follow_up = contains_any(d.sentence_text, {"总结", "结束", "完毕", "调查", "评估", "整改"});
    if (d.within && (short_unit || (day_unit && !follow_up))) {
      const Span clause = clause_at(s, sentence, d.at.span.begin);
      Promptness pr;
      pr.kind = Promptness::Kind::Timed;
      pr.word = std::string(s.substr(d.at.span.begin, d.at.span.end - d.at.span.begin));
      pr.minutes = d.calendar_days() * 1440.0;
      pr.reports = reports_in(s.substr(d.at.span.begin, clause.end - d.at.span.begin));
      pr.starts_plan = starts_plan_in(s.substr(d.at.span.begin, clause.end - d.at.span.begin));
      pr.sentence_reports = reports_in(d.sentence_text);
      for (const LevelMention& m : event_level_mentions(d.sentence_text)) pr.levels.push_back(m.name);
      pr.after_incident = follows_any_incident(s.substr(sentence.begin, d.at.span.begin - sentence.begin));
      pr.at = d.at;
      pr.sentence = d.sentence;
      out.promptness.push_back(std::move(pr));
    }
  }
}

}  // namespace

TimingFacts extract_timing(const Document& /*doc*/, const Passages& passages) {
  TimingFacts t;
  t.durations = extract_durations(passages);
  t.frequencies = extract_frequencies(passages);
  for (const Passage& p : passages.items) {
    if (p.where == Where::FrontMatter || p.where == Where::Heading) continue;
    const std::vector<const PromptWord*> words = prompt_words_in(p);
    if (words.empty()) continue;
    for (const Span& sentence : p.sentences) add_promptness(p, words, sentence, t.promptness);
  }
  from_durations(passages, t.durations, t);
  return t;
}

}  // namespace plancheck::facts
