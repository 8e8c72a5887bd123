// Durations: a number (Arabic or Chinese) with a time unit, skipping dates (2023年2月8日).
#include <cctype>
#include <cstdint>

#include "core/budget.hpp"

#include "facts/timing.hpp"
#include "text/numerals.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

struct UnitWord {
  std::string_view word;
  TimeUnit unit;
};

// Longest first, so 个工作日 wins over 日 and 个月 over 月.
constexpr UnitWord kUnits[] = {
    {"个工作日", TimeUnit::WorkingDay}, {"工作日", TimeUnit::WorkingDay}, {"个交易日", TimeUnit::WorkingDay},
    {"交易日", TimeUnit::WorkingDay},   {"个自然日", TimeUnit::Day},
    {"自然日", TimeUnit::Day},          {"分钟", TimeUnit::Minute},
    {"个小时", TimeUnit::Hour},         {"小时", TimeUnit::Hour},        {"个星期", TimeUnit::Week},
    {"星期", TimeUnit::Week},           {"个月", TimeUnit::Month},       {"天", TimeUnit::Day},
    {"日", TimeUnit::Day},              {"周", TimeUnit::Week},          {"月", TimeUnit::Month},
    {"年", TimeUnit::Year},
};

constexpr UnitWord kLatinUnits[] = {{"min", TimeUnit::Minute}, {"h", TimeUnit::Hour}};
// What a passage holding a Latin unit holds (its filter has no key of one byte): "6h内", "2h以内", "24h值班".
constexpr std::string_view kLatinUnitKeys[] = {"h内", "h以", "h值", "h在", "h专", "min内", "min以"};

bool numeral_start(std::string_view s, std::size_t pos) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (std::isdigit(c)) return true;
  // 一 二 两 三 四 五 六 七 八 九 十 〇 零 as UTF-8 bytes: this is called at every code point.
  if (pos + 3 > s.size()) return false;
  const std::uint32_t key = (std::uint32_t{c} << 16) | (std::uint32_t{static_cast<unsigned char>(s[pos + 1])} << 8) |
                            std::uint32_t{static_cast<unsigned char>(s[pos + 2])};
  switch (key) {
    case 0xE4B880: case 0xE4BA8C: case 0xE4B8A4: case 0xE4B889: case 0xE59B9B: case 0xE4BA94: case 0xE585AD:
    case 0xE4B883: case 0xE585AB: case 0xE4B99D: case 0xE58D81: case 0xE38087: case 0xE99BB6:
      return true;
    default:
      return false;
  }
}

// Whether the code point before `pos` is a Chinese numeral (三 of 三十). Only a three-byte character can be
// one: in "7×24" the byte three back is the 7 before a two-byte ×, and 7× does not make 24 part of a number.
bool follows_chinese_numeral(std::string_view s, std::size_t pos) {
  if (pos < 3) return false;
  const auto lead = static_cast<unsigned char>(s[pos - 3]);
  return lead >= 0xE0 && lead <= 0xEF && numeral_start(s, pos - 3);
}

// 年/月 right before the number, or 日 after 月: parts of a date, not durations.
bool is_date(std::string_view s, std::size_t pos, std::size_t unit_end, TimeUnit unit, double amount) {
  if (unit == TimeUnit::Year && amount >= 100) return true;
  if (pos >= 3 && starts_with_any(s, pos - 3, {"年", "月"})) return true;
  if (unit == TimeUnit::Month && unit_end < s.size() && numeral_start(s, unit_end)) return true;
  return false;
}

}  // namespace

double Duration::calendar_days() const {
  switch (unit) {
    case TimeUnit::Minute: return amount / 1440.0;
    case TimeUnit::Hour: return amount / 24.0;
    case TimeUnit::Day: return amount;
    case TimeUnit::WorkingDay: return amount * 7.0 / 5.0;
    case TimeUnit::Week: return amount * 7.0;
    case TimeUnit::Month: return amount * 30.0;
    case TimeUnit::Year: return amount * 365.0;
  }
  return amount;
}

// "半小时", "半个小时", "半天", "半日", "半个工作日": half of a short unit. "一个半小时" (1.5) is not read (the 半 follows
// 个), nor 半年 / 半个月 (frequencies: 每半年).
Duration read_half(std::string_view s, std::size_t pos, std::size_t* end) {
  Duration d;
  if (pos >= 3 && s.compare(pos - 3, 3, "个") == 0) return d;
  std::size_t len = 0;
  const std::size_t u = pos + 3;
  if (starts_with_any(s, u, {"个小时", "小时"}, &len)) {
    d.unit = TimeUnit::Hour;
  } else if (starts_with_any(s, u, {"天", "日"}, &len)) {
    d.unit = TimeUnit::Day;
  } else if (starts_with_any(s, u, {"个工作日", "工作日"}, &len)) {
    d.unit = TimeUnit::WorkingDay;
  } else {
    return d;
  }
  d.amount = 0.5;
  *end = u + len;
  return d;
}

Duration read_duration(std::string_view s, std::size_t pos, std::size_t* end) {
  Duration d;
  if (pos < s.size() && s.compare(pos, 3, "半") == 0) return read_half(s, pos, end);
  if (pos >= s.size() || !numeral_start(s, pos)) return d;
  if ((pos > 0 && std::isdigit(static_cast<unsigned char>(s[pos - 1]))) || follows_chinese_numeral(s, pos)) {
    return d;  // inside a longer number
  }
  const auto n = text::read_number(s, pos);
  if (!n || n->value <= 0) return d;
  std::size_t u = pos + n->length;
  while (u < s.size() && s[u] == ' ') ++u;
  for (const UnitWord& w : kUnits) {
    if (s.compare(u, w.word.size(), w.word) != 0) continue;
    const std::size_t unit_end = u + w.word.size();
    if (is_date(s, pos, unit_end, w.unit, static_cast<double>(n->value))) return d;
    d.amount = static_cast<double>(n->value);
    d.unit = w.unit;
    *end = unit_end;
    return d;
  }
  // Latin abbreviations in a plan that mixes in English terms ("应在6h内报告", "30min内"): after Arabic digits, as a
  // word of their own ("5G", "2hours" are none).
  if (!std::isdigit(static_cast<unsigned char>(s[pos]))) return d;
  for (const UnitWord& w : kLatinUnits) {
    if (s.compare(u, w.word.size(), w.word) != 0) continue;
    const std::size_t unit_end = u + w.word.size();
    if (unit_end < s.size() && std::isalpha(static_cast<unsigned char>(s[unit_end]))) return d;
    d.amount = static_cast<double>(n->value);
    d.unit = w.unit;
    *end = unit_end;
    return d;
  }
  return d;
}

namespace {

// Whether the clause text before a number makes it an upper bound: 最迟不得超过, 不超过, 最长, 至多 ….
bool caps(std::string_view before) {
  static constexpr std::string_view kCaps[] = {"不超过", "不得超过", "不应超过", "不应当超过", "不能超过", "不可超过",
                                               "不宜超过", "不超出", "不得超出", "不多于", "最迟", "最长", "最多", "至多"};
  for (std::string_view w : kCaps) {
    if (text::ends_with_at(before, before.size(), w)) return true;
  }
  return false;
}

bool says_from_when(std::string_view s, Span clause) {
  for (std::string_view w : {"后", "之日", "起", "完毕", "以来"}) {
    if (text::ends_with_at(s, clause.end, w)) return true;
  }
  return false;
}

// The clause a deadline counts from when it stands before the deadline's own clause, after a comma:
// "应急响应结束后，事发单位应在20个工作日内完成…", "自事件发生之日起，…30日内". It ends in 后, 之日, 起 or 完毕.
// A sentence that opens with such a clause counts every deadline in it from then, however many clauses
// come between ("响应结束后，应急办公室组织复盘，查明事件起因…，在15个工作日内形成总结报告").
// `opening` is the sentence's opening clause when a comma ends it and it says from when (opening_time_clause).
Span with_time_clause_before(std::string_view s, Span sentence, Span clause, std::optional<Span> opening) {
  const std::optional<Span> before = comma_clause_before(s, sentence, clause);
  if (!before) return clause;
  if (says_from_when(s, *before)) return Span{before->begin, clause.end};
  if (opening && opening->end <= before->begin) return Span{opening->begin, clause.end};
  return clause;
}

std::optional<Span> opening_time_clause(std::string_view s, Span sentence) {
  const Span first = clause_at(s, sentence, sentence.begin);
  if (first.end >= sentence.end || s[first.end] != ',' || !says_from_when(s, first)) return std::nullopt;
  return first;
}

}  // namespace

// "事件调查评估原则上在应急响应结束后30日内完成。应急办在此期限内形成事件处置总结报告…": a sentence that refers to
// the deadline before it (此期限内, 上述期限内 …) and states none of its own has that deadline, at the words that
// refer to it. Added to `out` (whose durations from `first` on are passage `p`'s, in text order) in text order,
// one per sentence.
void add_referred_durations(const Passage& p, std::size_t first, std::vector<Duration>& out) {
  const std::string_view s = p.norm.text;
  if (first == out.size() || s.find("期限") == std::string_view::npos) return;
  std::vector<Duration> referred;
  std::size_t before = first;  // the passage's durations before the sentence being read: [first, before)
  for (const Span& sentence : p.sentences) {
    const std::size_t own_begin = before;
    while (before < out.size() && out[before].at.span.begin < sentence.end) ++before;
    if (own_begin != before || own_begin == first) continue;  // a deadline of its own, or none before it
    for (std::string_view w : {"此期限内", "上述期限内", "该期限内", "前述期限内", "同一期限内", "规定期限内"}) {
      const std::size_t at = text::find_text(s.substr(0, sentence.end), w, sentence.begin);
      if (at == std::string_view::npos) continue;
      Duration d = out[own_begin - 1];
      d.at = make_ref(p, at, at + w.size());
      d.sentence = make_ref(p, sentence.begin, sentence.end);
      d.sentence_text = sentence_text(p, sentence);
      d.capped = false;
      d.within = true;
      d.aggregate = contains_any(d.sentence_text, {"汇总"});
      referred.push_back(std::move(d));
      break;
    }
  }
  if (referred.empty()) return;
  const std::size_t middle = out.size();
  for (Duration& d : referred) out.push_back(std::move(d));
  std::inplace_merge(out.begin() + static_cast<std::ptrdiff_t>(first), out.begin() + static_cast<std::ptrdiff_t>(middle), out.end(),
                     [](const Duration& a, const Duration& b) { return a.at.span.begin < b.at.span.begin; });
}

std::vector<Duration> extract_durations(const Passages& passages) {
  std::vector<Duration> out;
  ClauseFinder clauses;
  // Every duration ends in a unit word: a passage whose filter holds none is not walked.
  static const WordKeys units = [] {
    WordKeys keys;
    for (const UnitWord& u : kUnits) keys.add(u.word);
    for (std::string_view k : kLatinUnitKeys) keys.add(k);
    return keys;
  }();
  for (const Passage& p : passages.items) {
    if (p.where == Where::FrontMatter || p.where == Where::Heading) continue;
    checkpoint();
    if (!units.may_hold_any(p.filter)) continue;
    const std::size_t first_of_passage = out.size();
    const std::string_view s = p.norm.text;
    const bool row = p.block && p.block->kind == BlockKind::TableRow;
    const Span whole_row{0, static_cast<std::uint32_t>(s.size())};
    Span aggregate_in{1, 0};  // the last sentence asked about 汇总, and its answer
    Span counted_for{1, 0};   // the last clause asked for the clause it counts from, and its answer
    Span counted{};
    Span opening_of{1, 0};    // the last sentence asked for its opening time clause, and its answer
    std::optional<Span> opening;
    bool aggregate = false;
    for (std::size_t pos = 0; pos < s.size(); text::next_code_point(s, pos)) {
      // read_duration's own first test, without the call
      if (!numeral_start(s, pos) && s.compare(pos, 3, "半") != 0) continue;
      std::size_t end = 0;
      Duration d = read_duration(s, pos, &end);
      if (d.amount <= 0) continue;
      // A table row is one unit, whatever ；its cells hold ("| 市公安局网安支队 | 较大以上事件；涉嫌违法犯罪的事件 |
      // 发现后1小时内 |": the deadline is the row's, for the recipient and the levels in it).
      const Span sentence = row ? whole_row : sentence_at(p, pos);
      const Span clause = clauses.at(s, sentence, pos);
      d.at = make_ref(p, pos, end);
      d.sentence = make_ref(p, sentence.begin, sentence.end);
      // The clause before is looked for once per clause, however many durations the clause holds.
      if (counted_for.begin != clause.begin || counted_for.end != clause.end) {
        if (opening_of.begin != sentence.begin || opening_of.end != sentence.end) {
          opening_of = sentence;
          opening = opening_time_clause(s, sentence);
        }
        counted_for = clause;
        counted = with_time_clause_before(s, sentence, clause, opening);
      }
      d.anchor = s.substr(counted.begin, pos - counted.begin);
      d.capped = caps(d.anchor);
      d.within = d.capped || starts_with_any(s, end, {"内", "以内", "之内", "前"});
      d.sentence_text = sentence_text(p, sentence);
      if (aggregate_in.begin != sentence.begin || aggregate_in.end != sentence.end) {
        aggregate_in = sentence;
        aggregate = contains_any(d.sentence_text, {"汇总"});
      }
      d.aggregate = aggregate;
      out.push_back(std::move(d));
      pos = end - 1;  // continue after the unit (next_code_point steps past this byte's code point)
    }
    add_referred_durations(p, first_of_passage, out);
  }
  return out;
}

}  // namespace plancheck::facts
