#include "parse/line_text.hpp"

#include <algorithm>
#include <initializer_list>

#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

bool one_of(char32_t cp, std::initializer_list<char32_t> set) {
  return std::find(set.begin(), set.end(), cp) != set.end();
}

bool is_closing_mark(char32_t cp) {
  return one_of(cp, {U'”', U'’', U'"', U'\'', U'」', U'』', U'）', U')', U'》', U'】', U'〕'});
}

bool is_sentence_end(char32_t cp) {
  return one_of(cp, {U'。', U'！', U'？', U'；', U'：', U'…', U'!', U'?', U';', U':', U'.', U'．', U'｡'});
}

bool is_digit_or_numeral(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９') ||
         one_of(cp, {U'〇', U'零', U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十', U'○', U'Ｏ'});
}

}  // namespace

bool is_space_code_point(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\r' || cp == U'\n' || cp == U'\f' || cp == U'\v' ||
         cp == 0x00A0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0xFEFF;
}

std::size_t leading_space_bytes(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t next = pos;
    if (!is_space_code_point(text::next_code_point(s, next))) break;
    pos = next;
  }
  return pos;
}

std::size_t trailing_space_bytes(std::string_view s) {
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    if (!is_space_code_point(text::next_code_point(s, pos))) break;
    end = start;
  }
  return s.size() - end;
}

std::string_view trim_text(std::string_view s) {
  s.remove_prefix(leading_space_bytes(s));
  s.remove_suffix(trailing_space_bytes(s));
  return s;
}

std::string without_spaces(std::string_view s) {
  std::string out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t start = pos;
    if (!is_space_code_point(text::next_code_point(s, pos))) out.append(s.substr(start, pos - start));
  }
  return out;
}

bool at_most_visible(std::string_view s, std::size_t n) {
  std::size_t seen = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (!is_space_code_point(text::next_code_point(s, pos)) && ++seen > n) return false;
  }
  return true;
}

char32_t first_code_point(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? 0 : text::next_code_point(s, pos);
}

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t start = drop_last_code_point(s).size();
  return text::next_code_point(s, start);
}

bool ends_sentence(std::string_view s) {
  s = trim_text(s);
  // A closing quote or bracket after the full stop (。” or 。）) still ends the sentence.
  for (int marks = 0; marks < 2 && !s.empty() && is_closing_mark(last_code_point(s)); ++marks) {
    s = drop_last_code_point(s);
  }
  return is_sentence_end(last_code_point(s));
}

bool ends_mid_sentence(std::string_view s) {
  return one_of(last_code_point(trim_text(s)), {U'、', U'，', U',', U'《', U'（', U'(', U'“', U'「', U'—', U'-'});
}

bool has_inner_sentence_break(std::string_view s) {
  s = trim_text(s);
  std::size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = text::next_code_point(s, pos);
    if (pos < s.size() && one_of(cp, {U'。', U'；', U';', U'！', U'？'})) return true;
  }
  return false;
}

bool is_year_month_line(std::string_view s) {
  const std::string t = without_spaces(s);
  const std::size_t year = t.find("年");
  const std::size_t month = t.find("月");
  if (year == std::string::npos || month == std::string::npos || month + 3 != t.size() || year < 2 || month <= year + 3) return false;
  for (std::size_t pos = 0; pos < month;) {
    const std::size_t start = pos;
    const char32_t cp = text::next_code_point(t, pos);
    if (start != year && !is_digit_or_numeral(cp)) return false;
  }
  return true;
}

bool is_date_line(std::string_view s) {
  // Prose fails at its first character that cannot be in a date, before anything is copied.
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t cp = text::next_code_point(s, pos);
    if (!is_digit_or_numeral(cp) && !one_of(cp, {U'年', U'月', U'日'}) && !is_space_code_point(cp)) return false;
  }
  const std::string t = without_spaces(s);
  const std::size_t year = t.find("年");
  const std::size_t month = t.find("月");
  const std::size_t day = t.find("日");
  if (year == std::string::npos || month == std::string::npos || day == std::string::npos) return false;
  if (!(year < month && month < day) || day + 3 != t.size()) return false;
  for (std::size_t pos = 0; pos < day;) {
    const std::size_t start = pos;
    const char32_t cp = text::next_code_point(t, pos);
    if (start == year || start == month) continue;
    if (!is_digit_or_numeral(cp)) return false;
  }
  return year >= 2 && month > year + 3 && day > month + 3;
}

std::size_t code_points(std::string_view s) { return text::code_point_count(s); }

std::string_view drop_last_code_point(std::string_view s) {
  if (s.empty()) return s;
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return s.substr(0, start);
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace plancheck::parse
