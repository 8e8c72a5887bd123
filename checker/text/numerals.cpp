#include "text/numerals.hpp"

#include <unicode/uchar.h>

#include <limits>

#include "text/utf8.hpp"

namespace plancheck::text {

namespace {

constexpr std::int64_t kWan = 10000;
constexpr std::int64_t kYi = 100000000;

enum class Kind { None, Arabic, Digit, SmallUnit, BigUnit };

struct Token {
  Kind kind = Kind::None;
  std::int64_t value = 0;
  std::size_t length = 0;
  bool single_char = false;  // one Chinese digit or one Arabic digit: may be an abbreviated tail (一百二)
  bool overflow = false;
};

bool is_chinese_digit(char32_t cp) {
  switch (cp) {
    case U'零': case U'〇': case U'一': case U'二': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'两': case U'兩':
      return true;
    default:
      return false;
  }
}

// ICU knows the value of every numeral character except 两 (Unihan gives it none; 兩 has 2).
std::int64_t numeral_value(char32_t cp) {
  if (cp == U'两') return 2;
  return static_cast<std::int64_t>(u_getNumericValue(static_cast<UChar32>(cp)));
}

bool is_decimal_digit(char32_t cp) { return u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER; }

bool checked_mul_add(std::int64_t& acc, std::int64_t mul, std::int64_t add) {
  return !__builtin_mul_overflow(acc, mul, &acc) && !__builtin_add_overflow(acc, add, &acc);
}

// Digits with optional thousands separators ("10,000"): a comma counts only before exactly three digits.
Token arabic(std::string_view s, std::size_t pos) {
  Token t{Kind::Arabic, 0, 0, false, false};
  std::size_t p = pos;
  std::size_t digits = 0;
  while (p < s.size()) {
    std::size_t q = p;
    const char32_t cp = next_code_point(s, q);
    if (is_decimal_digit(cp)) {
      t.overflow |= !checked_mul_add(t.value, 10, u_charDigitValue(static_cast<UChar32>(cp)));
      ++digits;
      p = q;
      // An overflowing run is no number wherever it ends: stop here, since callers try every position and
      // reading a long run (a paragraph of ① is one after NFKC) to its end each time is quadratic.
      if (t.overflow) break;
      continue;
    }
    const bool group = cp == U',' && digits <= 3 && p + 4 <= s.size() && s[p + 1] >= '0' && s[p + 1] <= '9' &&
                       s[p + 2] >= '0' && s[p + 2] <= '9' && s[p + 3] >= '0' && s[p + 3] <= '9' &&
                       (p + 4 == s.size() || s[p + 4] < '0' || s[p + 4] > '9');
    if (!group) break;
    digits = 0;
    p += 1;
  }
  t.length = p - pos;
  t.single_char = t.length == 1;
  return t;
}

Token token_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return {};
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return b0 >= '0' && b0 <= '9' ? arabic(s, pos) : Token{};  // callers scan every position
  if (b0 < 0xC0) return {};  // inside a character
  std::size_t next = pos;
  const char32_t cp = next_code_point(s, next);
  const bool maybe_numeral = cp >= 0x3007 && cp <= 0x9FFF;  // 〇 … 亿; nothing in between is a digit
  if (!maybe_numeral && is_decimal_digit(cp)) return arabic(s, pos);
  const std::size_t len = next - pos;
  if (is_chinese_digit(cp)) return {Kind::Digit, numeral_value(cp), len, true, false};
  if (cp == U'十' || cp == U'百' || cp == U'千') return {Kind::SmallUnit, numeral_value(cp), len, false, false};
  if (cp == U'万' || cp == U'萬') return {Kind::BigUnit, kWan, len, false, false};
  if (cp == U'亿' || cp == U'億') return {Kind::BigUnit, kYi, len, false, false};
  return {};
}

// Chinese digits written one by one, as in years: 二〇二三, 一九九八. Two digits without a zero ("三五天")
// usually mean a range, so they are not read as one number.
std::optional<NumberMatch> digit_string(std::string_view s, std::size_t pos) {
  NumberMatch m;
  std::size_t count = 0;
  bool zero = false;
  for (Token t = token_at(s, pos); t.kind == Kind::Digit; t = token_at(s, pos + m.length)) {
    if (!checked_mul_add(m.value, 10, t.value)) return std::nullopt;
    zero |= t.value == 0;
    m.length += t.length;
    ++count;
  }
  if (count >= 3 || (count == 2 && zero)) return m;
  return std::nullopt;
}

// Positional reading: 一亿二千万, 三十, 一百零五, 1千万, 两万.
class Positional {
 public:
  // False when `t` cannot continue the number; the caller then stops before it.
  bool add(const Token& t) {
    if (t.kind == Kind::Arabic || t.kind == Kind::Digit) return add_digit(t);
    if (t.kind == Kind::SmallUnit) return add_small(t.value);
    if (t.kind == Kind::BigUnit) return add_big(t.value);
    return false;
  }

  // The value read so far, with an abbreviated tail: 一百二 = 120, 三万五 = 35000.
  std::optional<std::int64_t> value() const {
    std::int64_t tail = has_number_ ? number_ : 0;
    if (has_number_ && tail_single_ && !after_zero_ && last_unit_ >= 10) tail *= last_unit_ / 10;
    std::int64_t v = total_;
    if (__builtin_add_overflow(v, section_, &v) || __builtin_add_overflow(v, tail, &v)) return std::nullopt;
    return v;
  }

  bool ends_in_zero_placeholder() const { return after_zero_ && !has_number_; }
  bool overflowed() const { return overflow_; }

 private:
  bool add_digit(const Token& t) {
    if (has_number_ && !after_zero_) return false;
    if (t.value == 0 && seen_unit_) {
      after_zero_ = true;
      return true;
    }
    number_ = t.value;
    has_number_ = true;
    tail_single_ = t.single_char;
    return true;
  }

  bool add_small(std::int64_t unit) {
    if (unit >= last_small_ || (!has_number_ && unit != 10)) return false;
    std::int64_t part = has_number_ ? number_ : 1;
    overflow_ |= !checked_mul_add(part, unit, 0) || __builtin_add_overflow(section_, part, &section_);
    after_unit(unit);
    last_small_ = unit;
    return true;
  }

  // 万 closes a group below it (一千万 = 1000×万); 亿 multiplies everything before it (一万亿 = 10^12).
  bool add_big(std::int64_t unit) {
    std::int64_t part = section_;
    overflow_ |= __builtin_add_overflow(part, has_number_ ? number_ : 0, &part);
    if (unit == kWan) {
      if (wan_in_group_ || part == 0) return false;  // 一万二万, 亿万
      overflow_ |= !checked_mul_add(part, kWan, 0) || __builtin_add_overflow(total_, part, &total_);
      wan_in_group_ = true;
    } else {
      if (yi_seen_ || (part == 0 && total_ == 0)) return false;
      overflow_ |= __builtin_add_overflow(total_, part, &total_) || !checked_mul_add(total_, kYi, 0);
      wan_in_group_ = false;
      yi_seen_ = true;
    }
    section_ = 0;
    after_unit(unit);
    last_small_ = std::numeric_limits<std::int64_t>::max();
    return true;
  }

  void after_unit(std::int64_t unit) {
    has_number_ = false;
    after_zero_ = false;
    seen_unit_ = true;
    last_unit_ = unit;
  }

  std::int64_t total_ = 0;
  std::int64_t section_ = 0;
  // The digit read since the last unit, if any (a plain pair: GCC misreads std::optional here at -O2).
  bool has_number_ = false;
  std::int64_t number_ = 0;
  bool tail_single_ = false;
  bool after_zero_ = false;
  bool seen_unit_ = false;
  bool yi_seen_ = false;
  bool wan_in_group_ = false;
  bool overflow_ = false;
  std::int64_t last_unit_ = 0;
  std::int64_t last_small_ = std::numeric_limits<std::int64_t>::max();
};

}  // namespace

std::optional<NumberMatch> read_number(std::string_view text, std::size_t pos) {
  const Token first = token_at(text, pos);
  if (first.kind == Kind::None || first.overflow) return std::nullopt;
  // 百, 千, 万 and 亿 never start a number (百姓, 千万不要); 十 does (十五).
  if (first.kind == Kind::BigUnit || (first.kind == Kind::SmallUnit && first.value != 10)) return std::nullopt;
  if (first.kind == Kind::Digit) {
    if (auto m = digit_string(text, pos)) return m;
  }
  Positional number;
  std::optional<NumberMatch> best;
  std::size_t p = pos;
  for (Token t = first; t.kind != Kind::None && !t.overflow && number.add(t); t = token_at(text, p)) {
    p += t.length;
    if (number.overflowed()) return std::nullopt;
    if (number.ends_in_zero_placeholder()) continue;  // 一千零 is 一千 followed by 零
    const auto v = number.value();
    if (!v) return std::nullopt;
    best = NumberMatch{*v, p - pos};
  }
  return best;
}

bool can_start_number(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  const bool maybe_numeral = cp >= 0x3007 && cp <= 0x9FFF;  // as in token_at
  if (!maybe_numeral) return is_decimal_digit(cp);
  return is_chinese_digit(cp) || cp == U'十';
}

std::optional<std::int64_t> parse_number(std::string_view text) {
  const auto m = read_number(text, 0);
  if (!m || m->length != text.size()) return std::nullopt;
  return m->value;
}

}  // namespace plancheck::text
