// Event level words and whether each is used as a grade: "较大及以上网络安全事件", "（重大）", "其中初判为特别重大、
// 重大的" (scan.hpp declares them).
#include <algorithm>
#include <cctype>
#include <iterator>

#include "facts/scan.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

// Code points between a level word and the 事件 that makes it a grade ("较大及以上网络安全事件",
// "重大、较大和一般网络安全突发事件").
constexpr int kMaxGradeGap = 22;

}  // namespace

bool grade_suffix_follows(std::string_view s, std::size_t pos) {
  if (pos >= s.size() || s[pos] == '(' || s.compare(pos, 3, "（") == 0) return true;
  if (s[pos] == '|') return true;  // a table cell ends with the name: "红色 | 特别重大 | 指挥部"
  // An English gloss to the cell's end: "| 特别重大 Critical |", "| 红色 Red |" (normalised: 特别重大Critical).
  if (s[pos] == ' ' || std::isalpha(static_cast<unsigned char>(s[pos]))) {
    std::size_t q = pos;
    bool letters = false;
    while (q < s.size() && (s[q] == ' ' || std::isalpha(static_cast<unsigned char>(s[q])))) {
      letters = letters || s[q] != ' ';
      ++q;
    }
    if (letters && (q >= s.size() || s[q] == '|')) return true;
  }
  // A list of names the cell ends with ("| 特别重大、重大 | 省交通运输厅 |"): the next name's suffix is this one's;
  // a name and its range the cell or a bracket ends with ("| 较大以上 |", "（较大及以上）").
  std::size_t len = 0;
  if (starts_with_any(s, pos, {"及以上", "以上", "及以下", "以下"}, &len)) {
    const std::size_t after = pos + len;
    if (after >= s.size() || s[after] == '|' || s[after] == ')' || s.compare(after, 3, "）") == 0) return true;
  }
  if (starts_with_any(s, pos, {"、", "和", "及", "或"}, &len)) {
    for (std::string_view level : {"特别重大", "重大", "较大", "一般"}) {
      if (s.compare(pos + len, level.size(), level) == 0) {
        const std::size_t after = pos + len + level.size();
        if (after >= s.size() || s[after] == '|') return true;
      }
    }
  }
  int seen = 0;
  while (pos < s.size() && seen <= kMaxGradeGap) {
    if (s.compare(pos, 6, "事件") == 0) return true;
    if (s.compare(pos, 3, "的") == 0 || is_clause_break(s, pos)) return false;
    text::next_code_point(s, pos);
    ++seen;
  }
  return false;
}

namespace {

bool bracketed(std::string_view s, std::size_t begin, std::size_t end) {
  const bool open = (begin >= 1 && s[begin - 1] == '(') || (begin >= 3 && s.compare(begin - 3, 3, "（") == 0);
  const bool close = (end < s.size() && s[end] == ')') || s.compare(end, 3, "）") == 0;
  return open && close;
}

}  // namespace

const std::vector<std::string>& canonical_event_levels() {
  static const std::vector<std::string> names = {"特别重大", "重大", "较大", "一般"};
  return names;
}

std::vector<LevelMention> level_words(std::string_view s) {
  std::vector<LevelMention> out;
  std::vector<std::pair<std::size_t, std::size_t>> taken;  // spans of the names before, sorted (they never overlap)
  for (const std::string& name : canonical_event_levels()) {
    const std::size_t before = out.size();
    for (std::size_t at : find_all(s, name)) {
      auto it = std::upper_bound(taken.begin(), taken.end(), at, [](std::size_t a, const auto& t) { return a < t.first; });
      if (it != taken.begin() && at < std::prev(it)->second) continue;  // "重大" inside "特别重大"
      out.push_back({name, at, at + name.size()});
    }
    for (std::size_t i = before; i < out.size(); ++i) taken.emplace_back(out[i].begin, out[i].end);
    std::sort(taken.begin(), taken.end());
  }
  return out;
}

namespace {

// Bytes before a level word that judged_as may read: a verb and one list of names.
constexpr std::size_t kJudgedLookback = 48;

// "其中初判为特别重大、重大的，力争1小时内报告", "经研判属于较大及以上的，…": a list of names a judgement
// assigns, ending the clause with 的, names grades though no 事件 follows. The list starts right after the
// verb (初判为, 判定为, 认定为, 属于 …) and is names joined by 、/和/及/或, so "判定为对社会造成重大的" is not one.
bool judged_as(std::string_view s, const LevelMention& m) {
  std::size_t pos = m.end;
  std::size_t len = 0;
  // On over the names after this one in the list, to the list's end.
  const std::size_t to = std::min(s.size(), m.end + kJudgedLookback);
  while (pos < to && !starts_with_any(s, pos, {"及以上", "及以下"}) && starts_with_any(s, pos, {"、", "和", "及", "或"}, &len)) {
    pos += len;
    while (pos < to && !starts_with_any(s, pos, {"、", "和", "及", "或", "的", "以上", "以下", " "}) && !is_clause_break(s, pos)) {
      text::next_code_point(s, pos);
    }
  }
  if (starts_with_any(s, pos, {"及以上", "以上", "及以下", "以下"}, &len)) pos += len;
  if (pos < s.size() && s[pos] == ' ') ++pos;
  if (s.compare(pos, 3, "的") != 0) return false;
  pos += 3;
  if (pos < s.size() && !is_clause_break(s, pos)) return false;
  const std::size_t from = m.begin > kJudgedLookback ? m.begin - kJudgedLookback : 0;
  std::size_t begin = m.begin;
  // Back over the names before this one in the list: each ends in a joiner.
  while (begin > from) {
    std::size_t joiner = 0;
    for (std::string_view j : {"、", "和", "及", "或"}) {
      if (text::ends_with_at(s, begin, j)) joiner = j.size();
    }
    if (s[begin - 1] == ' ') {
      --begin;
      continue;
    }
    if (joiner == 0) break;
    begin -= joiner;
    // The name before the joiner: letters, digits and Han up to the verb or the joiner before it.
    while (begin > from) {
      std::size_t back = begin - 1;
      while (back > from && (static_cast<unsigned char>(s[back]) & 0xC0) == 0x80) --back;
      const std::string_view ch = s.substr(back, begin - back);
      if (ch == "、" || ch == "和" || ch == "及" || ch == "或" || ch == "为" || ch == "于" || ch == " " ||
          is_clause_break(s, back)) {
        break;
      }
      begin = back;
    }
  }
  for (std::string_view verb : {"判为", "定为", "评估为", "评为", "认为", "属于", "达到", "确认为", "列为"}) {
    if (text::ends_with_at(s, begin, verb)) return true;
  }
  return false;
}

}  // namespace

bool is_grade_mention(std::string_view s, const LevelMention& m) {
  return grade_suffix_follows(s, m.end) || bracketed(s, m.begin, m.end) || judged_as(s, m);
}

std::vector<LevelMention> event_level_mentions(std::string_view s) {
  std::vector<LevelMention> out;
  for (LevelMention& m : level_words(s)) {
    if (is_grade_mention(s, m)) out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const LevelMention& a, const LevelMention& b) { return a.begin < b.begin; });
  return out;
}

std::vector<LevelMention> event_level_mentions(std::string_view s, const OwnLevelNames& own) {
  std::vector<LevelMention> out = event_level_mentions(s);
  if (own.empty()) return out;
  const auto by_begin = [](const LevelMention& a, const LevelMention& b) { return a.begin < b.begin; };
  std::vector<LevelMention> found;
  for (const auto& [name, national] : own) {
    for (std::size_t at : find_all(s, name)) {
      LevelMention m{national, at, at + name.size()};
      if (!starts_with_any(s, m.end, {"响应", "应急响应", "预警"}) && is_grade_mention(s, m)) found.push_back(std::move(m));
    }
  }
  // Kept unless it overlaps a national mention or an own one before it: the mentions are sorted and apart,
  // so each is compared with its neighbours only (comparing every pair costs the square of a long list).
  std::sort(found.begin(), found.end(), by_begin);
  const std::size_t national = out.size();
  for (LevelMention& m : found) {
    const auto next = std::lower_bound(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(national), m, by_begin);
    const bool hits_next = next != out.begin() + static_cast<std::ptrdiff_t>(national) && next->begin < m.end;
    const bool hits_previous = next != out.begin() && std::prev(next)->end > m.begin;
    const bool hits_own = out.size() > national && out.back().end > m.begin;
    // "一级(特别重大)", "特别重大(一级)": the own name and the national one it maps to, one level named twice.
    const bool names_next = next != out.begin() + static_cast<std::ptrdiff_t>(national) && next->name == m.name &&
                            next->begin == m.end + 1 && s[m.end] == '(';
    const bool names_previous = next != out.begin() && std::prev(next)->name == m.name &&
                                std::prev(next)->end + 1 == m.begin && s[m.begin - 1] == '(';
    if (!hits_next && !hits_previous && !hits_own && !names_next && !names_previous) out.push_back(std::move(m));
  }
  std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(national), out.end(), by_begin);
  return out;
}

}  // namespace plancheck::facts
