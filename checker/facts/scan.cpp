#include "facts/scan.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

constexpr std::string_view kColours[] = {"红色", "橙色", "黄色", "蓝色"};

int roman_value(std::string_view r) {
  if (r == "I" || r == "Ⅰ") return 1;
  if (r == "II" || r == "Ⅱ") return 2;
  if (r == "III" || r == "Ⅲ") return 3;
  if (r == "IV" || r == "Ⅳ") return 4;
  if (r == "V" || r == "Ⅴ") return 5;
  return 0;
}

// The roman numeral ending at `end` (ASCII I/V after NFKC, or the Ⅰ..Ⅴ code points), 0 if none.
int roman_before(std::string_view s, std::size_t end, std::size_t* begin) {
  if (end >= 3 && static_cast<unsigned char>(s[end - 3]) == 0xE2 && static_cast<unsigned char>(s[end - 2]) == 0x85) {
    *begin = end - 3;
    return roman_value(s.substr(end - 3, 3));
  }
  std::size_t b = end;
  while (b > 0 && (s[b - 1] == 'I' || s[b - 1] == 'V') && end - b < 4) --b;
  if (b == end) return 0;
  if (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) return 0;
  *begin = b;
  return roman_value(s.substr(b, end - b));
}

int chinese_digit_before(std::string_view s, std::size_t end, std::size_t* begin) {
  static constexpr std::string_view kDigits[] = {"一", "二", "三", "四", "五"};
  for (int i = 0; i < 5; ++i) {
    if (end >= 3 && s.compare(end - 3, 3, kDigits[i]) == 0) {
      *begin = end - 3;
      return i + 1;
    }
  }
  if (end >= 1 && s[end - 1] >= '1' && s[end - 1] <= '5' && (end < 2 || !std::isdigit(static_cast<unsigned char>(s[end - 2])))) {
    *begin = end - 1;
    return s[end - 1] - '0';
  }
  return 0;
}

// "一级响应", "一级、二级应急响应": a chain of Chinese-numbered levels counts when it ends in 响应.
bool response_follows(std::string_view s, std::size_t pos) {
  for (int hops = 0; hops < 8 && pos < s.size(); ++hops) {
    std::size_t n = 0;
    if (starts_with_any(s, pos, {"响应", "应急响应"}, &n)) return true;
    if (!starts_with_any(s, pos, {"、", "和", "及", "与", "或", ",", "一级", "二级", "三级", "四级", "五级"}, &n)) {
      return false;
    }
    pos += n;
  }
  return false;
}

}  // namespace

TextRef make_ref(const Passage& p, std::size_t begin, std::size_t end) {
  TextRef r;
  r.passage = p.index;
  r.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  r.known = true;
  return r;
}

std::optional<ResponseMention> level_named_highest(std::string_view s, std::size_t highest_at) {
  const std::size_t clause = clause_at(s, Span{0, static_cast<std::uint32_t>(s.size())}, highest_at).begin;
  const std::string_view head = s.substr(0, highest_at);
  for (std::size_t at = head.rfind("级"); at != std::string_view::npos && at >= clause; at = at == 0 ? std::string_view::npos : head.rfind("级", at - 1)) {
    std::size_t b = 0;
    int n = roman_before(s, at, &b);
    if (n == 0) n = chinese_digit_before(s, at, &b);
    if (n > 0 && b >= clause) return ResponseMention{n, b, at + 3};
  }
  return std::nullopt;
}

std::vector<ResponseMention> response_level_mentions(std::string_view s) {
  std::vector<ResponseMention> out;
  for (std::size_t at : find_all(s, "级")) {
    std::size_t begin = 0;
    if (int n = roman_before(s, at, &begin); n > 0) {
      out.push_back({n, begin, at + 3});
      continue;
    }
    const int n = chinese_digit_before(s, at, &begin);
    if (n == 0 || !response_follows(s, at + 3)) continue;
    if (begin >= 6 && s.compare(begin - 6, 6, "分为") == 0) continue;  // "分为四级响应" is a count
    out.push_back({n, begin, at + 3});
  }
  return out;
}

// The four colours by their first characters in order, "红、橙、黄、蓝" or "红橙黄蓝" (…四种颜色): each a
// mention. Only the whole run counts, since 红 or 蓝 alone is part of many words.
void add_abbreviated_colours(std::string_view s, std::vector<ColourMention>& out) {
  static constexpr std::string_view kFirst[] = {"红", "橙", "黄", "蓝"};
  for (std::size_t at : find_all(s, kFirst[0])) {
    std::size_t pos = at;
    std::size_t begins[4];
    int found = 0;
    for (; found < 4; ++found) {
      if (found > 0) {
        std::size_t len = 0;
        if (starts_with_any(s, pos, {"、", "，", ",", "/", "和", "及", " "}, &len)) pos += len;
      }
      if (s.compare(pos, kFirst[found].size(), kFirst[found]) != 0) break;
      begins[found] = pos;
      pos += kFirst[found].size();
    }
    if (found < 4) continue;
    // "红、橙、黄、蓝色": the last one is written out, and read as such.
    const int abbreviated = starts_with_any(s, pos, {"色"}) ? 3 : 4;
    for (int i = 0; i < abbreviated; ++i) {
      out.push_back({std::string(kColours[i]), i + 1, begins[i], begins[i] + kFirst[i].size()});
    }
  }
}

std::vector<ColourMention> colour_mentions(std::string_view s) {
  std::vector<ColourMention> out;
  for (int i = 0; i < 4; ++i) {
    for (std::size_t at : find_all(s, kColours[i])) out.push_back({std::string(kColours[i]), i + 1, at, at + 6});
  }
  add_abbreviated_colours(s, out);
  std::sort(out.begin(), out.end(), [](const ColourMention& a, const ColourMention& b) { return a.begin < b.begin; });
  return out;
}

namespace {

// A list marker's form, whatever its number: "（二）" and "（四）" alike, "①" and "③" alike, "（二）" and "①" not.
std::u32string marker_form(std::string_view marker) {
  std::u32string out;
  for (std::size_t i = 0; i < marker.size();) {
    char32_t cp = text::next_code_point(marker, i);
    if (cp >= U'0' && cp <= U'9') cp = U'0';
    else if (std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos) cp = U'一';
    else if (cp >= U'①' && cp <= U'⑳') cp = U'①';
    else if ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z')) cp = U'a';
    if (out.empty() || out.back() != cp || (cp != U'0' && cp != U'一')) out.push_back(cp);
  }
  return out;
}

}  // namespace

std::string_view list_lead_in(const Passages& ps, const Passage& p) {
  if (!p.block || p.block->kind != BlockKind::ListItem) return {};
  for (std::size_t i = p.index; i-- > 0 && p.index - i <= 40;) {
    const Passage& q = ps.items[i];
    if (q.section != p.section || q.where != Where::Body || q.sentences.empty()) return {};
    const std::string_view last = sentence_text(q, q.sentences.back());
    const bool introduces = (last.size() >= 3 && last.substr(last.size() - 3) == "：") || (!last.empty() && last.back() == ':');
    // An item of another form that ends in a colon heads the list, its label with it: "（二）橙色、红色预警响应。在落实
    // 蓝色、黄色预警响应措施的基础上，还应当：" over "①…", "②…".
    if (q.block && q.block->kind == BlockKind::ListItem) {
      if (introduces && marker_form(q.block->marker) != marker_form(p.block->marker)) return q.norm.text;
      continue;
    }
    return introduces ? last : std::string_view{};
  }
  return {};
}

bool is_level_label(std::string_view sentence) {
  constexpr std::size_t kMaxLabel = 12;  // code points
  // At most four bytes a code point: a longer sentence is refused before it is read.
  return sentence.size() <= 4 * kMaxLabel && text::code_point_count(sentence) <= kMaxLabel &&
         (!response_level_mentions(sentence).empty() || !colour_mentions(sentence).empty()) &&
         !contains_any(sentence, {"启动", "决定", "由", "负责", "结束", "终止", "批准", "宣布", "发布"});
}

bool may_name_colour(const Passage& p) {
  static const WordKeys keys = [] {
    WordKeys out;
    out.add_all(kColours);
    out.add("橙");  // the abbreviated run 红、橙、黄、蓝
    return out;
  }();
  return keys.may_hold_any(p.filter);
}

bool may_name_response_level(const Passage& p) {
  static const CharPairKeys ji = CharPairKeys::of("级");  // every mention ends in 级
  return p.filter.may_contain(ji);
}

std::vector<std::size_t> find_all(std::string_view s, std::string_view needle, std::size_t from, std::size_t to) {
  std::vector<std::size_t> out;
  if (needle.empty()) return out;
  // Searching only up to `to`: a word absent from a sentence would otherwise be looked for in the rest of
  // the passage once per sentence (quadratic in a long paragraph).
  s = s.substr(0, std::min(to, s.size()));
  for (std::size_t at = text::find_text(s, needle, from); at != std::string_view::npos;
       at = text::find_text(s, needle, at + needle.size())) {
    out.push_back(at);
  }
  return out;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return text::contains_text(s, n); });
}

bool starts_with_any(std::string_view s, std::size_t pos, std::initializer_list<std::string_view> needles,
                     std::size_t* len) {
  for (std::string_view n : needles) {
    if (s.compare(pos, n.size(), n) == 0) {
      if (len) *len = n.size();
      return true;
    }
  }
  return false;
}

bool is_clause_break(std::string_view s, std::size_t pos, std::size_t* len) {
  if (pos >= s.size()) return false;
  const char c = s[pos];
  if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '|' || c == '\n') {
    if (len) *len = 1;
    return true;
  }
  // The full-width marks below all open with byte E3 (。) or EF (the others), the arrows between a flow
  // chart's steps with E2 ("…1小时内对外报告 → 按级别启动响应（Ⅰ、Ⅱ级：总指挥）"): test that byte first.
  const auto lead = static_cast<unsigned char>(c);
  if (lead == 0xE2) return starts_with_any(s, pos, {"→", "⇒", "⟶", "➔", "➜", "➝", "➞", "➡"}, len);
  if (lead != 0xE3 && lead != 0xEF) return false;
  return starts_with_any(s, pos, {"，", "；", "：", "。", "！", "？"}, len);
}

std::size_t clause_number_end(std::string_view s, std::size_t pos, std::size_t limit,
                              std::initializer_list<std::string_view> units) {
  if (s.compare(pos, 3, "第") != 0) return pos;
  const std::size_t digits = pos + 3;
  std::size_t q = digits;
  while (q < limit) {
    std::size_t next = q;
    const char32_t cp = text::next_code_point(s, next);
    if (std::u32string_view(U"〇零一二三四五六七八九十百0123456789").find(cp) == std::u32string_view::npos) break;
    q = next;
  }
  if (q == digits || q >= limit) return pos;
  for (std::string_view unit : units) {
    if (s.compare(q, unit.size(), unit) == 0 && q + unit.size() <= limit) return q + unit.size();
  }
  return pos;
}

Span clause_at(std::string_view s, Span sentence, std::size_t pos) {
  std::size_t begin = sentence.begin;
  std::size_t end = sentence.end;
  // Backwards from `pos` to the nearest break: scanning forwards from the sentence start made a sentence
  // with many facts quadratic. Breaks open with an ASCII byte, E3 or EF, none of them a continuation byte,
  // so testing every byte finds only breaks that start a code point.
  for (std::size_t i = std::min(pos, s.size()); i > sentence.begin;) {
    --i;
    std::size_t n = 0;
    if (is_clause_break(s, i, &n) && i + n <= pos) {
      begin = i + n;
      break;
    }
  }
  for (std::size_t i = std::max(pos, begin); i < sentence.end && i < s.size();) {
    if (is_clause_break(s, i)) {
      end = i;
      break;
    }
    text::next_code_point(s, i);
  }
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

const Block* first_table_row(const Passages& ps, const Passage& p) {
  if (!p.block || p.block->kind != BlockKind::TableRow || p.table_start == p.index) return nullptr;
  return ps.items[p.table_start].block;
}

std::string column_title(const Block& header, std::size_t i) {
  constexpr std::size_t kMaxTitleBytes = 96;
  if (i >= header.cells.size() || header.cells[i].size() > kMaxTitleBytes) return {};
  return text::normalized(header.cells[i]);
}

int table_response_level(const Passages& ps, const Passage& p) {
  const Block* header = first_table_row(ps, p);
  if (!header || header->cells.size() != p.block->cells.size()) return 0;
  for (std::size_t i = 0; i < header->cells.size(); ++i) {
    if (!contains_any(column_title(*header, i), {"响应"})) continue;
    const std::string cell = text::normalized(p.block->cells[i]);
    if (text::code_point_count(cell) > 3) continue;  // "一级", "Ⅰ级", "1级": the cell is the level alone
    const std::vector<ResponseMention> ms = response_level_mentions(cell + "响应");
    if (ms.size() == 1) return ms.front().number;
  }
  return 0;
}

std::optional<Span> comma_clause_before(std::string_view s, Span sentence, Span clause) {
  if (clause.begin <= sentence.begin + 1 || s[clause.begin - 1] != ',') return std::nullopt;
  const Span before = clause_at(s, sentence, clause.begin - 1);
  return Span{before.begin, static_cast<std::uint32_t>(clause.begin - 1)};
}

Span ClauseFinder::at(std::string_view s, Span sentence, std::size_t pos) {
  const bool same = text_ == s.data() && sentence_.begin == sentence.begin && sentence_.end == sentence.end;
  if (same && pos >= last_.begin && pos < last_.end) return last_;  // no break lies inside a clause
  text_ = s.data();
  sentence_ = sentence;
  last_ = clause_at(s, sentence, pos);
  return last_;
}

bool TextTail::contains_from(std::size_t x, std::string_view word) {
  // Callers pass the same literals again and again: the same pointer is the same word.
  auto it = std::find_if(last_.begin(), last_.end(), [&](const auto& w) {
    return (w.first.data() == word.data() && w.first.size() == word.size()) || w.first == word;
  });
  if (it == last_.end()) {
    // The last occurrence, found forwards: find_text skips 16 bytes at a time where rfind compares at every
    // byte, and most words occur once or not at all.
    std::size_t at = std::string_view::npos;
    if (word.empty()) {
      at = s_.size();
    } else {
      for (std::size_t from = 0; (from = text::find_text(s_, word, from)) != std::string_view::npos; ++from) at = from;
    }
    last_.emplace_back(word, at == std::string_view::npos ? at : begin_ + at);
    it = last_.end() - 1;
  }
  return it->second != std::string_view::npos && it->second >= x;
}

bool TextTail::contains_any_from(std::size_t x, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return contains_from(x, w); });
}

bool opens_with_each(std::string_view s, std::size_t begin, std::size_t end) {
  std::size_t q = clause_number_end(s, begin, end, {"条"});
  while (q < end && s[q] == ' ') ++q;
  return s.compare(q, std::string_view("各").size(), "各") == 0;
}

std::string_view sentence_text(const Passage& p, Span sentence) {
  return std::string_view(p.norm.text).substr(sentence.begin, sentence.end - sentence.begin);
}

std::string normalized_section_path(const Passage& p) { return text::normalized(p.section_path); }

bool is_blank_cell(std::string_view cell) {
  static constexpr std::string_view kNothing[] = {" ", "\u3000", "-", "—", "–", "－", "―", "/", "／", "\\", "…", "_", "*"};
  std::string rest;  // the cell without its dashes, slashes and blanks
  for (std::size_t at = 0; at < cell.size();) {
    const auto it = std::find_if(std::begin(kNothing), std::end(kNothing),
                                 [&](std::string_view w) { return cell.compare(at, w.size(), w) == 0; });
    if (it != std::end(kNothing)) {
      at += it->size();
    } else {
      rest += cell[at++];
    }
  }
  return rest.empty() || rest == "无" || rest == "暂无";
}

}  // namespace plancheck::facts
