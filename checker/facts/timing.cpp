#include "facts/timing.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "core/budget.hpp"
#include "facts/duty.hpp"
#include "facts/report_words.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

using report_detail::ClauseRest;
using report_detail::reports_in;
using report_detail::reports_in_next_clause;

struct PromptWord {
  std::string_view word;
  Promptness::Kind kind;
};
constexpr PromptWord kPromptWords[] = {
    {"立即", Promptness::Kind::Immediate}, {"立刻", Promptness::Kind::Immediate}, {"马上", Promptness::Kind::Immediate},
    {"即刻", Promptness::Kind::Immediate}, {"即时", Promptness::Kind::Immediate}, {"第一时间", Promptness::Kind::Immediate},
    {"及时", Promptness::Kind::Vague},     {"尽快", Promptness::Kind::Vague},     {"迅速", Promptness::Kind::Vague},
};

// What a sentence says once, for every deadline or prompt word in it: whether it reports, the levels it
// names, and follows_any_incident(s[sentence.begin, at)) for each word's `at` without reading the whole
// text before each word again.
// Whether a sentence speaks only of events that may happen: "研判认为可能发生重大网络安全事件的，…立即报告市委网信办"
// reports a warning, not an incident. Every 发生 in it is one that may come (可能发生, 即将发生, 或将发生), and it
// discovers nothing; "发生或可能发生…的" and "…可能造成重大影响的事件发生后" speak of incidents.
bool only_possible(std::string_view s) {
  bool possible = false;
  for (std::size_t at : find_all(s, "发生", 0, s.size())) {
    const bool may = text::ends_with_at(s, at, "可能") || text::ends_with_at(s, at, "即将") || text::ends_with_at(s, at, "或将");
    if (!may) return false;
    possible = true;
  }
  return possible && text::find_text(s, "发现") == std::string_view::npos;
}

class SentenceFacts {
 public:
  SentenceFacts(std::string_view s, Span sentence, const OwnLevelNames& own)
      : head_(s.substr(sentence.begin, sentence.end - sentence.begin)), begin_(sentence.begin), sentence_(sentence) {
    reports = reports_in(head_);
    follow_up = contains_any(head_, {"总结", "结束", "完毕", "调查", "评估", "整改"});
    // "联络员变动时应在3个工作日内报市委网信办备案", "联络员变更的应在3个工作日内报省通信管理局": a filing or a
    // notice of a change, about no incident.
    filing = contains_any(head_, {"备案", "变更", "变动"}) &&
             !contains_any(head_, {"事件", "事故", "险情", "事态", "故障", "攻击", "泄露"});
    for (const LevelMention& m : event_level_mentions(head_, own)) {
      if (std::find(levels.begin(), levels.end(), m.name) == levels.end()) levels.push_back(m.name);
    }
    // "…较大及以上事件的，…1小时内向…报告。其他事件于4小时内报市委网信办。": the events the sentences before left,
    // the lowest level.
    if (levels.empty() && starts_with_any(head_, 0, {"其他事件", "其余事件", "其他网络安全事件", "其余网络安全事件"})) {
      levels.emplace_back("一般");
    }
    prospective = only_possible(head_);
    for (std::string_view w : {"发生", "发现", "一旦"}) {
      const std::size_t f = text::find_text(head_, w);
      if (f != std::string_view::npos) incident_end_ = std::min(incident_end_, f + w.size());
    }
    words_ = level_words(head_);
    std::sort(words_.begin(), words_.end(), [](const LevelMention& a, const LevelMention& b) { return a.end < b.end; });
    for (const LevelMention& m : words_) {
      if (is_grade_mention(head_, m)) {
        first_grade_end_ = m.end;
        break;
      }
    }
  }
  bool same_sentence(Span sentence) const { return sentence.begin == sentence_.begin && sentence.end == sentence_.end; }

  bool follows_any_incident(std::size_t at) const {
    const std::size_t x = at - begin_;
    if (incident_end_ == std::string_view::npos || incident_end_ > x) return false;
    // A level word far enough before x reads the same text whether the sentence ends at x or not.
    if (first_grade_end_ != std::string_view::npos && first_grade_end_ + kGradeLookahead <= x) return false;
    const std::string_view before = head_.substr(0, x);
    auto it = std::upper_bound(words_.begin(), words_.end(), x > kGradeLookahead ? x - kGradeLookahead : 0,
                               [](std::size_t v, const LevelMention& m) { return v < m.end; });
    for (; it != words_.end() && it->end <= x; ++it) {
      if (is_grade_mention(before, *it)) return false;
    }
    return true;
  }

  bool reports = false;
  bool prospective = false;                   // only events that may happen (a warning's report)
  bool follow_up = false;                     // a follow-up (总结, 调查, after the response ends)
  bool filing = false;                        // a filing (备案) that names no incident
  std::vector<std::string> levels;            // each level the sentence names, once

 private:
  std::string_view head_;
  std::size_t begin_;
  Span sentence_;
  std::size_t incident_end_ = std::string_view::npos;
  std::vector<LevelMention> words_;  // sorted by end
  std::size_t first_grade_end_ = std::string_view::npos;
};

// A table row's cells that stand under a report column ("| 较大及以上 | 市委网信办 | 发现后1小时内 |" under
// "| 事件级别 | 报告对象 | 报告时限 |"), or beside a row label that names a report ("| 首次报告 | 1小时内 |"): a
// deadline or prompt word in them times a report though its cell names no verb. A follow-up's column (续报,
// 总结) times no first report. The levels a report column's title names ("| 报告时限 | 特别重大 | 重大 |"
// gives the levels in the header) stand for a row that names none. Read once per row.
class ReportCells {
 public:
  ReportCells(const Passages& ps, const Passage& p) {
    const Block* header = first_table_row(ps, p);
    if (!header) return;
    const std::string_view s = p.norm.text;
    for (std::size_t at = s.find('|'); at != std::string_view::npos; at = s.find('|', at + 1)) bars_.push_back(at);
    const std::size_t n = p.block->cells.size();
    if (bars_.size() + 1 != n || header->cells.size() != n) {
      bars_.clear();
      return;
    }
    const std::string label = text::normalized(p.block->cells.front());
    const bool row_reports = names_first_report(label);
    // A reporting table ("| 事件级别 | 报告对象 | 时限 | 方式 |"): its time column times the report too.
    std::vector<std::string> titles;
    bool table_reports = false;
    for (std::size_t i = 0; i < n; ++i) {
      titles.push_back(column_title(*header, i));
      table_reports = table_reports || (i > 0 && names_first_report(titles.back()));
    }
    for (std::size_t i = 0; i < n; ++i) {
      const std::string& title = titles[i];
      Cell c;
      c.reports = i > 0 && (names_first_report(title) || row_reports ||
                            (table_reports && contains_any(title, {"时限", "时间", "期限", "时效"}) &&
                             !names_later_report(title)));
      for (const LevelMention& m : event_level_mentions(title)) c.levels.push_back(m.name);
      cells_.push_back(std::move(c));
    }
  }
  // Whether the cell holding byte `at` of the row's normalised text times a report.
  bool reports_at(std::size_t at) const {
    const Cell* c = cell_at(at);
    return c && c->reports;
  }
  // The levels the title of the column holding `at` names, when the cell times a report.
  const std::vector<std::string>* levels_at(std::size_t at) const {
    const Cell* c = cell_at(at);
    return c && c->reports && !c->levels.empty() ? &c->levels : nullptr;
  }

 private:
  struct Cell {
    bool reports = false;
    std::vector<std::string> levels;
  };
  static bool names_later_report(std::string_view title) { return contains_any(title, {"续报", "终报", "总结", "结案"}); }
  static bool names_first_report(std::string_view title) { return reports_in(title) && !names_later_report(title); }
  const Cell* cell_at(std::size_t at) const {
    if (cells_.empty()) return nullptr;
    const std::size_t i = static_cast<std::size_t>(std::upper_bound(bars_.begin(), bars_.end(), at) - bars_.begin());
    return &cells_[i];
  }
  std::vector<std::size_t> bars_;  // offsets of the '|' between cells
  std::vector<Cell> cells_;
};

// Whether one of the next clauses of a prompt word's run of actions starts the plan: "应立即在应急群中拉起
// 事件单，启动本预案" does both at once. Up to kRunClauses clauses after `clause`, each after a comma, as long
// as none between has a time or a condition of its own (…内, …后, 经…, 待…, 根据…) that would put the start
// later; the clause must open with the start ("启动", or "并启动", "同时启动").
constexpr std::size_t kRunClauses = 2;

bool run_starts_plan(std::string_view s, Span sentence, Span clause) {
  for (std::size_t n = 0; n < kRunClauses && clause.end < sentence.end; ++n) {
    if (s.compare(clause.end, std::string_view("，").size(), "，") != 0 && s.compare(clause.end, 1, ",") != 0) return false;
    std::size_t len = 0;
    is_clause_break(s, clause.end, &len);
    clause = clause_at(s, sentence, clause.end + len);
    std::string_view c = s.substr(clause.begin, clause.end - clause.begin);
    for (std::string_view lead : {"并", "同时", "随即"}) {
      if (c.substr(0, lead.size()) == lead) c.remove_prefix(lead.size());
    }
    if (c.substr(0, std::string_view("启动").size()) == "启动") {
      return contains_any(c, {"预案", "响应", "应急", "处置程序", "处置流程", "处置机制"});
    }
    if (contains_any(c, {"内", "后", "经", "待", "根据", "启动"})) return false;
  }
  return false;
}

// Which prompt words the passage may hold at all (its filter), so a sentence is searched only for those.
// Whether a prompt word ending at `end` is the start of a tool's name: 即时通讯, 即时通信, 即时消息.
bool names_a_tool(std::string_view s, std::size_t end) { return starts_with_any(s, end, {"通讯", "通信", "消息"}); }

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
                    const ReportCells& cells, const OwnLevelNames& own, std::vector<Promptness>& out) {
  const std::string_view s = p.norm.text;
  std::optional<SentenceFacts> facts;  // read at the first prompt word: most sentences have none
  ClauseFinder clauses;
  std::optional<ClauseRest> rest;
  int run_start = -1;  // run_starts_plan of the current clause (1 or 0; -1: not read yet), read once for all its words
  for (const PromptWord* word : words) {
    const PromptWord& w = *word;
    for (std::size_t at : find_all(s, w.word, sentence.begin, sentence.end)) {
      if (names_a_tool(s, at + w.word.size())) continue;  // 即时通讯工具: instant messaging, not promptness
      if (!facts) facts.emplace(s, sentence, own);
      const Span clause = clauses.at(s, sentence, at);
      if (!rest || !rest->same_clause(clause)) {
        rest.emplace(s, clause);
        run_start = -1;
      }
      Promptness pr;
      pr.kind = w.kind;
      pr.word = std::string(w.word);
      pr.reports = rest->reports_from(at) || cells.reports_at(at);
      pr.starts_plan = rest->starts_plan_from(at);
      if (!pr.starts_plan) {
        if (run_start < 0) run_start = run_starts_plan(s, sentence, clause) ? 1 : 0;
        pr.starts_plan = run_start == 1;
      }
      pr.sentence_reports = facts->reports || pr.reports;
      pr.levels = facts->levels;
      if (const auto* levels = cells.levels_at(at); levels && pr.levels.empty()) pr.levels = *levels;
      pr.after_incident = facts->follows_any_incident(at);
      pr.prospective = facts->prospective;
      pr.at = make_ref(p, at, at + w.word.size());
      pr.sentence = make_ref(p, sentence.begin, sentence.end);
      out.push_back(std::move(pr));
    }
  }
}

// "…向省级网信部门报告，最迟不得超过4小时": a bound in a clause of its own bounds the report of the clause
// before it (or its own, "最迟不超过4小时报告", which reports_from sees).
bool reports_before(std::string_view s, Span sentence, Span clause) {
  std::size_t q = clause.begin;
  // Back over the mark that ends the clause before, to a character inside it.
  for (int step = 0; step < 2 && q > sentence.begin; ++step) {
    do {
      --q;
    } while (q > sentence.begin && (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80);
  }
  if (q >= clause.begin || q < sentence.begin) return false;
  const Span before = clause_at(s, sentence, q);
  return before.end <= clause.begin && reports_in(s.substr(before.begin, before.end - before.begin));
}

// "…向公安机关报告，最迟不得超过1小时；发生较大网络安全事件的，最迟不得超过4小时": a sentence that reports nothing
// itself and follows, after a semicolon, one of its passage that reports goes on with that report.
bool goes_on_from_report(const Passage& p, Span sentence) {
  const auto it = std::lower_bound(p.sentences.begin(), p.sentences.end(), sentence.begin,
                                   [](const Span& a, std::size_t b) { return a.begin < b; });
  if (it == p.sentences.begin()) return false;
  const Span before = *std::prev(it);
  const std::string_view s = p.norm.text;
  const std::string_view text = s.substr(before.begin, before.end - before.begin);
  const bool semicolon = text::ends_with_at(s, before.end, ";") || text::ends_with_at(s, before.end, "；");
  return semicolon && reports_in(text);
}

// Timed promptness ("30分钟内报告") and 24-hour duty come from the durations already read. Durations come
// in text order, so what is read once per passage, sentence or clause is kept while they stay in it.
void from_durations(const Passages& ps, const std::vector<Duration>& durations, const OwnLevelNames& own,
                    TimingFacts& out) {
  std::size_t passage = std::string_view::npos;
  std::string path;
  ClauseFinder clauses;
  std::optional<SentenceFacts> facts;
  std::optional<ClauseRest> rest;
  std::optional<DutyMention> duty_around;  // duty_context of the current sentence
  std::optional<ReportCells> cells;        // the current passage's, read at its first deadline
  Span current{1, 0};                       // the sentence `facts` and `duty_around` belong to
  for (const Duration& d : durations) {
    const Passage& p = ps.items[d.at.passage];
    const std::string_view s = p.norm.text;
    const Span sentence = d.sentence.span;
    const bool new_passage = p.index != passage;
    if (new_passage) {
      passage = p.index;
      path.clear();
      rest.reset();
      cells.reset();
    }
    if (new_passage || sentence.begin != current.begin || sentence.end != current.end) {
      current = sentence;
      facts.reset();
      duty_around.reset();
    }
    const bool short_unit = d.unit == TimeUnit::Minute || d.unit == TimeUnit::Hour;
    if (short_unit && d.amount == 24) {
      const std::size_t after = d.at.span.end;
      const std::string_view rest24 = s.substr(after, std::min<std::size_t>(s.size() - after, 30));
      const Span clause = clauses.at(s, sentence, d.at.span.begin);
      // "24小时值班", "24小时专人值守", "24小时轮流值班", "24小时应急值守", "24小时领导带班", "24小时当值" (Hong Kong
      // usage); "值班值守实行24小时制" (the duty named before it).
      const bool duty = starts_with_any(rest24, 0, {"值班", "值守", "在岗", "当值", "专人值班", "专人值守", "轮流值班", "轮流值守",
                                                    "轮班值守", "不间断值班", "不间断值守", "应急值班", "应急值守",
                                                    "应急在岗", "安全值班", "安全值守", "网络安全值班", "网络安全值守",
                                                    // "实行24小时领导带班和专人值守"
                                                    "领导带班", "带班"}) ||
                        (starts_with_any(rest24, 0, {"制", "工作制"}) &&
                         contains_any(s.substr(clause.begin, d.at.span.begin - clause.begin), {"值班", "值守"}));
      if (path.empty()) path = normalized_section_path(p);
      if (!duty_around) duty_around = duty_detail::duty_context(ps, p, sentence, path);
      DutyMention m = *duty_around;
      m.duty = duty;
      m.at = d.at;
      m.phrase = make_ref(p, d.at.span.begin, clause.end);
      if (duty || contains_any(rest24.substr(0, std::min<std::size_t>(rest24.size(), 18)), {"畅通", "开机", "在线"})) {
        out.duties.push_back(std::move(m));
      }
    }
    // A first report due within days ("1个工作日内报告") is a stated deadline too, so a rule can say it
    // is too slow; a follow-up (总结, 调查, after the response ends) is not a first report.
    const bool day_unit = d.unit == TimeUnit::Day || d.unit == TimeUnit::WorkingDay;
    if (!d.within || !(short_unit || day_unit)) continue;
    if (!facts) facts.emplace(s, sentence, own);
    if (!short_unit && facts->follow_up) continue;
    const Span clause = clauses.at(s, sentence, d.at.span.begin);
    if (!rest || !rest->same_clause(clause)) rest.emplace(s, clause);
    Promptness pr;
    pr.kind = Promptness::Kind::Timed;
    pr.word = std::string(s.substr(d.at.span.begin, d.at.span.end - d.at.span.begin));
    pr.minutes = d.calendar_days() * 1440.0;
    if (!cells) cells.emplace(ps, p);
    pr.reports = !facts->filing &&
                 (rest->reports_from(d.at.span.begin) || (d.capped && reports_before(s, sentence, clause)) ||
                  cells->reports_at(d.at.span.begin) || reports_in_next_clause(s, sentence, clause, d.at.span.end) ||
                  (d.capped && !facts->reports && goes_on_from_report(p, sentence)));
    pr.capped = d.capped;
    pr.starts_plan = rest->starts_plan_from(d.at.span.begin);
    pr.sentence_reports = facts->reports || pr.reports;
    pr.levels = facts->levels;
    if (const auto* levels = cells->levels_at(d.at.span.begin); levels && pr.levels.empty()) pr.levels = *levels;
    pr.after_incident = facts->follows_any_incident(d.at.span.begin);
    pr.prospective = facts->prospective;
    pr.at = d.at;
    pr.sentence = d.sentence;
    out.promptness.push_back(std::move(pr));
  }
}

// The sentences that report an incident with no promptness fact that reports (see TimingFacts). `promptness`
// is complete: a sentence one of its facts reports in is left out.
std::vector<Promptness> unstated_reports(const Passages& ps, const std::vector<Promptness>& promptness, const OwnLevelNames& own) {
  // (passage, sentence begin, the fact's index) of the reporting facts
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> timed;
  for (std::size_t i = 0; i < promptness.size(); ++i) {
    const Promptness& pr = promptness[i];
    if (pr.reports) timed.emplace_back(pr.sentence.passage, pr.sentence.span.begin, i);
  }
  std::sort(timed.begin(), timed.end());
  const auto timed_at = [&](std::size_t passage, std::size_t begin) -> const Promptness* {
    const auto it = std::lower_bound(timed.begin(), timed.end(), std::make_tuple(passage, begin, std::size_t{0}));
    return it != timed.end() && std::get<0>(*it) == passage && std::get<1>(*it) == begin ? &promptness[std::get<2>(*it)] : nullptr;
  };
  const auto has_timed = [&](std::size_t passage) {
    const auto it = std::lower_bound(timed.begin(), timed.end(), std::make_tuple(passage, std::size_t{0}, std::size_t{0}));
    return it != timed.end() && std::get<0>(*it) == passage;
  };
  std::vector<Promptness> out;
  // Whether the passage's section is the reporting section, read once per section: for the first report, a
  // report outside it is none (a duty in the organisation's list, "向集团公司、公安机关报告事件情况，请求外部支援";
  // a warning's way up, "| 红色 | 特别重大 | 网信办报领导小组审核后报省委网信办 |").
  std::optional<std::string_view> last_path;  // each section's passages view the same path
  bool reporting_section = false;
  for (const Passage& p : ps.items) {
    if (p.where == Where::FrontMatter || p.where == Where::Heading) continue;
    const std::string_view s = p.norm.text;
    if (s.find("报") == std::string_view::npos) continue;
    if (!last_path || last_path->data() != p.section_path.data() || last_path->size() != p.section_path.size()) {
      last_path = p.section_path;
      reporting_section = contains_any(normalized_section_path(p), {"报告", "报送", "上报", "通报"});
    }
    // Outside the reporting section only a report that goes on from a timed one counts (below).
    if (!reporting_section && !has_timed(p.index)) continue;
    // The levels of the unit before, when it reported (an index into `out` for an unstated report: out grows).
    const std::vector<std::string>* reported_timed = nullptr;
    std::size_t reported_unstated = out.size();
    for (const Span& sentence : TieUnits(p)) {
      const std::vector<std::string>* before =
          reported_timed ? reported_timed : reported_unstated < out.size() ? &out[reported_unstated].levels : nullptr;
      reported_timed = nullptr;
      reported_unstated = out.size();
      const std::string_view text = s.substr(sentence.begin, sentence.end - sentence.begin);
      if (text.find("报") == std::string_view::npos) continue;
      if (const Promptness* t = timed_at(p.index, sentence.begin)) {
        reported_timed = &t->levels;
        continue;
      }
      // "…最迟不得超过1小时；同时报告省委网信办": a report that goes on from the one before is of the same event.
      const bool goes_on = before && starts_with_any(text, 0, {"同时", "并"});
      if (!reporting_section && !goes_on) continue;
      const SentenceFacts facts(s, sentence, own);
      if (!facts.reports || facts.follow_up) continue;
      // A report of work ("接受省委网信办指导，并报告工作") is no incident report.
      if (!goes_on && facts.levels.empty() && !contains_any(text, {"事件", "事态", "险情", "事故", "信息"})) continue;
      Promptness pr;
      pr.kind = Promptness::Kind::Unstated;
      pr.reports = pr.sentence_reports = true;
      pr.levels = goes_on && facts.levels.empty() ? *before : facts.levels;
      pr.at = pr.sentence = make_ref(p, sentence.begin, sentence.end);
      out.push_back(std::move(pr));
      reported_unstated = out.size() - 1;
    }
  }
  return out;
}

}  // namespace

TimingFacts extract_timing(const Document& /*doc*/, const Passages& passages, const OwnLevelNames& own) {
  TimingFacts t;
  t.durations = extract_durations(passages);
  t.frequencies = extract_frequencies(passages);
  for (const Passage& p : passages.items) {
    if (p.where == Where::FrontMatter || p.where == Where::Heading) continue;
    checkpoint();
    const std::vector<const PromptWord*> words = prompt_words_in(p);
    if (words.empty()) continue;
    const ReportCells cells(passages, p);
    // A table row is one unit, as for the durations: "| 市公安局网安支队 | 较大以上事件；涉嫌违法犯罪的事件 | 立即报告 |"
    // reports both cases to the police.
    for (const Span& unit : TieUnits(p)) add_promptness(p, words, unit, cells, own, t.promptness);
  }
  from_durations(passages, t.durations, own, t);
  t.unstated_reports = unstated_reports(passages, t.promptness, own);
  duty_detail::round_the_clock_duty(passages, t);
  return t;
}

}  // namespace plancheck::facts
