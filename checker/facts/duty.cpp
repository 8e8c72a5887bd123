#include "facts/duty.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "text/search.hpp"

namespace plancheck::facts::duty_detail {
namespace {

std::vector<int> unique_numbers(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// The sentence before `sentence` in its paragraph when `sentence` refers back to it: "Ⅰ级响应由组长决定启动。
// 启动后，…实行24小时值守".
std::string_view referred_sentence(const Passage& p, Span sentence) {
  const std::string_view st = sentence_text(p, sentence);
  if (!starts_with_any(st, 0, {"启动后", "响应启动后", "发布后", "预警发布后", "此时", "其间", "期间", "在此期间", "响应期间",
                               "预警期间", "同时"})) {
    return {};
  }
  // The sentences are in text order: found by binary search (a passage of many such sentences must not read
  // its list again for each).
  const auto it = std::lower_bound(p.sentences.begin(), p.sentences.end(), sentence.begin,
                                   [](const Span& s, std::uint32_t begin) { return s.begin < begin; });
  if (it == p.sentences.begin() || it == p.sentences.end() || it->begin != sentence.begin) return {};
  return sentence_text(p, *(it - 1));
}

// The first sentence of the paragraph when it labels the rest with colours or levels (is_level_label: "1.
// 红色、橙色预警响应。…实行24小时值班"), or what comes before its colon ("红色、橙色预警响应：领导小组进入应急
// 状态…；应急办实行24小时值班").
std::string_view label_sentence(const Passage& p, Span sentence) {
  if (p.sentences.empty() || p.sentences.front().begin == sentence.begin) return {};
  const std::string_view first = sentence_text(p, p.sentences.front());
  if (is_level_label(first)) return first;  // short: is_level_label reads a bounded prefix
  const std::string_view head = first.substr(0, 64);  // a label is at most 12 characters: the colon is near
  for (std::string_view colon : {"：", ":"}) {
    const std::size_t at = head.find(colon);
    if (at != std::string_view::npos && is_level_label(first.substr(0, at))) return first.substr(0, at);
  }
  return {};
}

// The condition a paragraph opens with, when the sentence goes on from it after semicolons: "发布红色、橙色预警后，
// 领导小组组织预警响应…；相关单位实行24小时值班" keeps the duty under the warning. The opening clause ends in 后,
// 时 or 期间; only the first kMaxCarried sentences of a paragraph are read, each after a semicolon.
constexpr std::size_t kMaxCarried = 8;
constexpr std::size_t kMaxConditionBytes = 96;
std::string_view opening_condition(const Passage& p, Span sentence) {
  if (p.sentences.empty() || p.sentences.front().begin == sentence.begin) return {};
  const std::string_view s = p.norm.text;
  for (std::size_t i = 1; i < p.sentences.size() && i <= kMaxCarried; ++i) {
    const Span before = p.sentences[i - 1];
    std::size_t end = before.end;
    while (end > before.begin && (s[end - 1] == ' ' || s[end - 1] == '\n')) --end;
    if (end == before.begin || s[end - 1] != ';') return {};  // NFKC folds ；to ;
    if (p.sentences[i].begin != sentence.begin) continue;
    const std::string_view first = sentence_text(p, p.sentences.front()).substr(0, kMaxConditionBytes);
    const std::size_t comma = first.find(',');
    if (comma == std::string_view::npos) return {};
    const std::string_view clause = first.substr(0, comma);
    const bool condition = text::ends_with_at(clause, clause.size(), "后") || text::ends_with_at(clause, clause.size(), "时") ||
                           text::ends_with_at(clause, clause.size(), "期间");
    return condition ? clause : std::string_view{};
  }
  return {};
}

}  // namespace

DutyMention duty_context(const Passages& ps, const Passage& p, Span sentence, std::string_view heading_path) {
  DutyMention d;
  const std::string_view st = sentence_text(p, sentence);
  for (std::string_view part :
       {st, heading_path, referred_sentence(p, sentence), label_sentence(p, sentence), opening_condition(p, sentence),
        list_lead_in(ps, p)}) {
    for (const ColourMention& c : colour_mentions(part)) d.colour_ranks.push_back(c.rank);
    for (const ResponseMention& r : response_level_mentions(part)) d.response_levels.push_back(r.number);
    d.major_events = d.major_events || contains_any(part, {"重要活动", "重大活动", "会议期间", "重要会议", "重要时期", "敏感时期", "重要节日"});
  }
  d.colour_ranks = unique_numbers(d.colour_ranks);
  d.response_levels = unique_numbers(d.response_levels);
  return d;
}

void round_the_clock_duty(const Passages& ps, TimingFacts& out) {
  static constexpr std::string_view kWords[] = {"全天候值班", "全天候值守", "昼夜值班", "昼夜值守", "全天值班", "全天值守"};
  static const WordKeys keys = [] {
    WordKeys k;
    for (std::string_view w : kWords) k.add(w);
    return k;
  }();
  ClauseFinder clauses;
  const std::size_t before = out.duties.size();
  for (const Passage& p : ps.items) {
    if (p.where == Where::FrontMatter || p.where == Where::Heading || !keys.may_hold_any(p.filter)) continue;
    const std::string_view s = p.norm.text;
    std::string path;
    for (std::string_view word : kWords) {
      for (const std::size_t at : find_all(s, word)) {
        const Span sentence = sentence_at(p, at);
        if (path.empty()) path = normalized_section_path(p);
        DutyMention m = duty_context(ps, p, sentence, path);
        m.duty = true;
        m.at = make_ref(p, at, at + word.size());
        m.phrase = make_ref(p, at, clauses.at(s, sentence, at).end);
        out.duties.push_back(std::move(m));
      }
    }
  }
  if (out.duties.size() == before) return;
  // In text order with the mentions read from durations, as a rule reports the first that holds.
  std::stable_sort(out.duties.begin(), out.duties.end(), [](const DutyMention& a, const DutyMention& b) {
    return a.at.passage != b.at.passage ? a.at.passage < b.at.passage : a.at.span.begin < b.at.span.begin;
  });
}

}  // namespace plancheck::facts::duty_detail
