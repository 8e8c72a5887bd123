// Frequencies: "每年至少组织一次", "一年两次", "每半年", "每季度", "每两年一次", and vague 定期 / 适时 / 不定期.
#include <algorithm>
#include <optional>
#include <vector>

#include "core/budget.hpp"

#include "facts/timing.hpp"
#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

constexpr std::string_view kActivities[] = {"演练", "演习", "评估", "评审", "修订", "修改", "更新", "培训",
                                            "检查", "宣传", "备份", "审查"};
constexpr std::string_view kVague[] = {"不定期", "定期", "适时", "经常", "视情", "根据需要", "适当时候"};
constexpr int kMaxCountGap = 14;  // code points between the period and its "N次"

struct Period {
  double years = 0;
  std::size_t end = 0;
  bool every = false;  // introduced by 每
};

struct Unit {
  std::string_view w;
  double years;
};
constexpr Unit kUnits[] = {{"半年", 0.5}, {"学年", 1}, {"学期", 0.5}, {"年度", 1}, {"年", 1}, {"季度", 0.25}, {"季", 0.25},
                           {"个月", 1.0 / 12}, {"月", 1.0 / 12}, {"周", 1.0 / 52}, {"星期", 1.0 / 52}};

// "年", "年度", "学年", "半年", "学期", "季度", "季", "月", "个月", "周" (with an optional count before it) at
// `pos`.
Period period_at(std::string_view s, std::size_t pos) {
  Period p;
  p.every = s.compare(pos, 3, "每") == 0;
  std::size_t q = p.every ? pos + 3 : pos;
  double n = 1;
  if (s.compare(q, 3, "半") != 0) {
    if (auto m = text::read_number(s, q); m && m->value > 0 && m->value <= 10) {
      n = static_cast<double>(m->value);
      q += m->length;
    } else if (!p.every) {
      return p;
    }
  }
  // "每个自然年度", "每个季度", "每自然年", "每个日历年": a measure word and the calendar qualifier go.
  if (p.every && s.compare(q, 3, "个") == 0 && s.compare(q, 6, "个月") != 0) q += 3;
  for (std::string_view qualifier : {"自然", "日历"}) {
    if (p.every && s.compare(q, qualifier.size(), qualifier) == 0) q += qualifier.size();
  }
  for (const Unit& u : kUnits) {
    if (s.compare(q, u.w.size(), u.w) == 0) {
      p.years = n * u.years;
      p.end = q + u.w.size();
      return p;
    }
  }
  return p;
}

// "(至少)N次" after the period, within its clause; 0 when none.
double count_after(std::string_view s, std::size_t pos, std::size_t clause_end, std::size_t* end) {
  int seen = 0;
  for (std::size_t q = pos; q < clause_end && seen <= kMaxCountGap; text::next_code_point(s, q), ++seen) {
    auto m = text::read_number(s, q);
    if (!m || m->value <= 0) continue;
    if (starts_with_any(s, q + m->length, {"次", "轮"})) {
      *end = q + m->length + 3;
      return static_cast<double>(m->value);
    }
  }
  return 0;
}

std::string subject_of(std::string_view clause) {
  std::size_t best = std::string_view::npos;
  std::string_view found;
  for (std::string_view a : kActivities) {
    const std::size_t at = clause.find(a);
    if (at < best) {
      best = at;
      found = a;
    }
  }
  return std::string(found);
}

// The clause of each frequency and its subject, kept while frequencies stay in one clause (scanning a
// long clause again for each of its frequencies was quadratic).
struct ClauseSubject {
  ClauseFinder clauses;
  Span clause{1, 0};
  std::string subject;
  // The frequency's own clause, and the clause before it that it may belong to (below), kept while
  // frequencies stay in one clause.
  Span own{1, 0};
  std::optional<Span> before;
};

// A frequency that opens a clause naming no activity of its own is the frequency of the clause before it,
// after a comma: "应急演练由网信办组织，每年至少组织一次", "…演练以学年为周期，每学年不少于1次", or of the nearest
// before that names one, over up to three that name none. Up to three characters (原则上, 并) may stand before it.
Span with_clause_before(std::string_view s, Span sentence, Span clause, std::size_t begin, ClauseSubject& cs) {
  if (cs.own.begin != clause.begin || cs.own.end != clause.end) {
    cs.own = clause;
    cs.before = subject_of(s.substr(clause.begin, clause.end - clause.begin)).empty()
                    ? comma_clause_before(s, sentence, clause)
                    : std::nullopt;
    // Over clauses that name no activity either, what the activity is for ("定期组织全市应急演练，检验和完善预案，
    // 提高实战能力，每年不少于一次"): at most kMaxClausesBack of them.
    constexpr int kMaxClausesBack = 3;
    const auto names_activity = [&](Span c) { return !subject_of(s.substr(c.begin, c.end - c.begin)).empty(); };
    std::optional<Span> further = cs.before;
    for (int n = 0; n < kMaxClausesBack && further && !names_activity(*further); ++n) {
      further = comma_clause_before(s, sentence, *further);
    }
    if (further && names_activity(*further)) cs.before = further;
  }
  constexpr std::size_t kMaxLeadBytes = 12;  // three characters
  if (!cs.before || begin - clause.begin > kMaxLeadBytes ||
      text::code_point_count(s.substr(clause.begin, begin - clause.begin)) > 3) {
    return clause;
  }
  return Span{cs.before->begin, clause.end};
}

Frequency make(const Passage& p, Span sentence, std::size_t begin, std::size_t end, ClauseSubject& cs) {
  const std::string_view s = p.norm.text;
  const Span clause = with_clause_before(s, sentence, cs.clauses.at(s, sentence, begin), begin, cs);
  Frequency f;
  f.word = std::string(s.substr(begin, end - begin));
  f.clause = s.substr(clause.begin, clause.end - clause.begin);
  if (cs.clause.begin != clause.begin || cs.clause.end != clause.end) {
    cs.clause = clause;
    cs.subject = subject_of(f.clause);
  }
  f.subject = cs.subject;
  f.sentence_text = sentence_text(p, sentence);
  f.at = make_ref(p, begin, end);
  return f;
}

// Whether a vague word (kVague) or a period (period_at: 每, 半 or a number) can start with `cp`.
bool may_start_frequency(char32_t cp, bool* vague_start) {
  static const std::vector<char32_t> vague_firsts = [] {
    std::vector<char32_t> firsts;
    for (std::string_view v : kVague) {
      std::size_t pos = 0;
      firsts.push_back(text::next_code_point(v, pos));
    }
    return firsts;
  }();
  *vague_start = std::find(vague_firsts.begin(), vague_firsts.end(), cp) != vague_firsts.end();
  return *vague_start || cp == U'每' || cp == U'半' || text::can_start_number(cp);
}

void scan_sentence(const Passage& p, Span sentence, std::vector<Frequency>& out) {
  const std::string_view s = p.norm.text;
  ClauseSubject cs;
  for (std::size_t pos = sentence.begin; pos < sentence.end; text::next_code_point(s, pos)) {
    // Most characters start nothing this scanner reads: step over them, decoding each once, and compare
    // words only where one may start.
    bool vague_start = false;
    for (std::size_t after = pos; !may_start_frequency(text::next_code_point(s, after), &vague_start);) {
      pos = after;
      if (pos >= sentence.end) return;
    }
    for (std::string_view v : kVague) {
      if (!vague_start) break;
      if (s.compare(pos, v.size(), v) != 0) continue;
      Frequency f = make(p, sentence, pos, pos + v.size(), cs);
      f.vague = true;
      out.push_back(std::move(f));
      pos += v.size() - 1;
      break;
    }
    const Period period = period_at(s, pos);
    if (period.years <= 0) continue;
    const Span clause = cs.clauses.at(s, sentence, pos);
    std::size_t end = period.end;
    double count = count_after(s, period.end, clause.end, &end);
    if (count == 0 && !period.every) continue;  // "一年" without "N次" is a duration, not a frequency
    if (count == 0) count = 1;                  // "每年组织演练"
    Frequency f = make(p, sentence, pos, end, cs);
    f.per_year = count / period.years;
    out.push_back(std::move(f));
    pos = end - 1;
  }
}

}  // namespace

std::vector<Frequency> extract_frequencies(const Passages& passages) {
  // A frequency is a vague word or ends in a period's unit: a passage whose filter holds none is not walked.
  static const WordKeys words = [] {
    WordKeys keys;
    keys.add_all(kVague);
    for (const Unit& u : kUnits) keys.add(u.w);
    return keys;
  }();
  std::vector<Frequency> out;
  for (const Passage& p : passages.items) {
    if (p.where == Where::FrontMatter || p.where == Where::Heading) continue;
    checkpoint();
    if (!words.may_hold_any(p.filter)) continue;
    for (const Span& sentence : p.sentences) scan_sentence(p, sentence, out);
  }
  return out;
}

}  // namespace plancheck::facts
