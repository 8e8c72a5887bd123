#include "parse/heading_number.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <utility>

#include "parse/line_text.hpp"
#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

// Reads code points from a line without consuming on failure.
class Cursor {
 public:
  Cursor(std::string_view s, std::size_t pos = 0) : s_(s), pos_(pos) {}
  std::size_t pos() const { return pos_; }
  bool at_end() const { return pos_ >= s_.size(); }
  char32_t peek() const {
    std::size_t p = pos_;
    return at_end() ? 0 : text::next_code_point(s_, p);
  }
  char32_t take() { return at_end() ? 0 : text::next_code_point(s_, pos_); }
  bool eat(std::initializer_list<char32_t> set) {
    if (std::find(set.begin(), set.end(), peek()) == set.end()) return false;
    take();
    return true;
  }
  bool eat(std::string_view literal) {
    if (s_.substr(pos_, literal.size()) != literal) return false;
    pos_ += literal.size();
    return true;
  }
  void skip_spaces() {
    while (!at_end() && is_space_code_point(peek())) take();
  }

 private:
  std::string_view s_;
  std::size_t pos_;
};

bool is_ascii_or_wide_digit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }
int digit_value(char32_t cp) { return cp <= U'9' ? static_cast<int>(cp - U'0') : static_cast<int>(cp - U'０'); }

bool is_chinese_numeral(char32_t cp) {
  static constexpr std::array<char32_t, 14> kNumerals = {U'一', U'二', U'三', U'四', U'五', U'六', U'七',
                                                         U'八', U'九', U'十', U'〇', U'零', U'两', U'百'};
  return std::find(kNumerals.begin(), kNumerals.end(), cp) != kNumerals.end();
}

// At most three digits: a longer run is a year or a quantity, never a heading number.
std::optional<int> read_arabic(Cursor& c) {
  Cursor probe = c;
  int value = 0;
  int digits = 0;
  while (is_ascii_or_wide_digit(probe.peek())) {
    if (++digits > 3) return std::nullopt;  // "13800138000 值班室": stop before the value overflows
    value = value * 10 + digit_value(probe.take());
  }
  if (digits == 0) return std::nullopt;
  c = probe;
  return value;
}

std::optional<int> read_chinese(Cursor& c, std::string_view line) {
  Cursor probe = c;
  while (is_chinese_numeral(probe.peek())) probe.take();
  if (probe.pos() == c.pos()) return std::nullopt;
  const auto value = text::parse_number(line.substr(c.pos(), probe.pos() - c.pos()));
  if (!value || *value <= 0 || *value > 999) return std::nullopt;
  c = probe;
  return static_cast<int>(*value);
}

std::optional<int> read_any_number(Cursor& c, std::string_view line) {
  if (auto v = read_arabic(c)) return v;
  return read_chinese(c, line);
}

HeadingNumber finish(std::string_view line, NumberingStyle style, std::vector<int> values, Cursor c,
                     bool skip_punctuation) {
  HeadingNumber h;
  h.numbering.style = style;
  h.numbering.values = std::move(values);
  h.numbering.text = std::string(trim_text(line.substr(0, c.pos())));
  c.skip_spaces();
  if (skip_punctuation && c.eat({U'、', U'：', U':', U'．', U'.', U'—', U'-'})) c.skip_spaces();
  h.title_offset = c.pos();
  return h;
}

std::optional<HeadingNumber> parse_appendix(std::string_view line) {
  Cursor c(line);
  if (!c.eat("附件") && !c.eat("附录") && !c.eat("附錄") && !c.eat("附表")) return std::nullopt;
  c.skip_spaces();
  std::optional<int> value = read_any_number(c, line);
  if (!value) {
    const char32_t cp = c.peek();
    if (cp >= U'A' && cp <= U'Z') value = static_cast<int>(cp - U'A') + 1;
    if (cp >= U'Ａ' && cp <= U'Ｚ') value = static_cast<int>(cp - U'Ａ') + 1;
    if (value) c.take();
  }
  if (!value) return std::nullopt;
  return finish(line, NumberingStyle::Appendix, {*value}, c, true);
}

std::optional<HeadingNumber> parse_part(std::string_view line) {
  Cursor c(line);
  if (!c.eat("第")) return std::nullopt;
  c.skip_spaces();
  const auto value = read_any_number(c, line);
  if (!value) return std::nullopt;
  c.skip_spaces();
  // Each suffix as written, in simplified or traditional characters, and the one it is known by, so that
  // 第一節 and 第一节 are one style.
  static constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
      {"篇", "篇"}, {"章", "章"}, {"节", "节"}, {"節", "节"}, {"部分", "部分"}, {"编", "编"}, {"編", "编"}};
  for (const auto& [written, suffix] : kSuffixes) {
    if (c.eat(written)) {
      HeadingNumber h = finish(line, NumberingStyle::Part, {*value}, c, true);
      h.numbering.suffix = std::string(suffix);
      return h;
    }
  }
  return std::nullopt;
}

std::optional<HeadingNumber> parse_parenthesised(std::string_view line) {
  Cursor c(line);
  if (!c.eat({U'（', U'('})) return std::nullopt;
  c.skip_spaces();
  NumberingStyle style = NumberingStyle::ParenArabic;
  auto value = read_arabic(c);
  if (!value) {
    value = read_chinese(c, line);
    style = NumberingStyle::ParenChinese;
  }
  c.skip_spaces();
  if (!value || !c.eat({U'）', U')'})) return std::nullopt;
  return finish(line, style, {*value}, c, false);
}

std::optional<HeadingNumber> parse_enclosed(std::string_view line) {
  Cursor c(line);
  const char32_t cp = c.take();
  if (cp >= 0x2460 && cp <= 0x2473) return finish(line, NumberingStyle::Circled, {int(cp - 0x2460) + 1}, c, false);
  if (cp >= 0x3251 && cp <= 0x325F) return finish(line, NumberingStyle::Circled, {int(cp - 0x3251) + 21}, c, false);
  if (cp >= 0x2474 && cp <= 0x2487) return finish(line, NumberingStyle::ParenArabic, {int(cp - 0x2474) + 1}, c, false);
  if (cp >= 0x2488 && cp <= 0x249B) return finish(line, NumberingStyle::Arabic, {int(cp - 0x2488) + 1}, c, false);
  return std::nullopt;
}

std::optional<HeadingNumber> parse_chinese_comma(std::string_view line) {
  Cursor c(line);
  const auto value = read_chinese(c, line);
  if (!value || !c.eat({U'、', U'．', U'.'})) return std::nullopt;
  return finish(line, NumberingStyle::ChineseComma, {*value}, c, false);
}

std::optional<HeadingNumber> parse_arabic(std::string_view line) {
  Cursor c(line);
  const auto first = read_arabic(c);
  if (!first) return std::nullopt;
  std::vector<int> values{*first};
  for (;;) {
    Cursor probe = c;
    if (!probe.eat({U'.', U'．'})) break;
    const auto next = read_arabic(probe);
    if (!next) break;
    values.push_back(*next);
    c = probe;
  }
  if (values.size() > 1) {
    Cursor after = c;
    if (after.eat({U'.', U'．', U'、'}) && !is_ascii_or_wide_digit(after.peek())) c = after;
    return finish(line, NumberingStyle::Dotted, std::move(values), c, false);
  }
  if (c.eat({U'.', U'．', U'、'})) return finish(line, NumberingStyle::Arabic, std::move(values), c, false);
  if (c.eat({U')', U'）'})) return finish(line, NumberingStyle::ParenArabic, std::move(values), c, false);
  // "1 总则": a bare number then white space, as GB/T-style documents number their chapters.
  Cursor after_space = c;
  after_space.skip_spaces();
  if (after_space.pos() > c.pos() && !after_space.at_end() && !is_ascii_or_wide_digit(after_space.peek()))
    return finish(line, NumberingStyle::Arabic, std::move(values), c, false);
  return std::nullopt;
}

bool is_bullet(char32_t cp) {
  // Word's and PDF exports' bullets, the nested ones too (◦ under •, ▫ under ▪, ‣ and ⁃).
  static constexpr std::array<char32_t, 22> kBullets = {U'•', U'·', U'●', U'○', U'■', U'□', U'◆', U'◇', U'▪', U'►', U'➢',
                                                        U'✓', U'√', U'Ø', U'\uF0D8', U'▶', U'◦', U'▫', U'‣', U'⁃', U'➤', U'❖'};
  return std::find(kBullets.begin(), kBullets.end(), cp) != kBullets.end();
}

}  // namespace

std::optional<HeadingNumber> parse_heading_number(std::string_view line) {
  for (auto parse : {parse_appendix, parse_part, parse_parenthesised, parse_enclosed, parse_chinese_comma, parse_arabic}) {
    if (auto h = parse(line)) return h;
  }
  return std::nullopt;
}

std::size_t bullet_marker_length(std::string_view line) {
  Cursor c(line);
  const char32_t cp = c.take();
  if (is_bullet(cp)) return c.pos();
  if (cp == U'-' || cp == U'*' || cp == U'+' || cp == U'–') return is_space_code_point(c.peek()) ? c.pos() : 0;
  const bool latin = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
  if (!latin) return 0;
  if (c.eat({U')', U'）', U'、'})) return c.pos();
  if (c.eat({U'.', U'．'}) && !((c.peek() >= U'a' && c.peek() <= U'z') || (c.peek() >= U'A' && c.peek() <= U'Z')))
    return c.pos();
  return 0;
}

int last_value(const Numbering& numbering) { return numbering.values.empty() ? 0 : numbering.values.back(); }

}  // namespace plancheck::parse
