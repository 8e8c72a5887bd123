#include "office/number_format.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace plancheck::office {

namespace {

constexpr std::array<const char*, 10> kChineseDigits = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::array<const char*, 10> kLegalDigits = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

// 1..9999 as counted in Chinese: 十, 十一, 二十, 一百零一, 一千零一十. `legal` uses 壹贰叁 and 拾佰仟.
std::string chinese_counting(int value, bool legal) {
  const auto& digits = legal ? kLegalDigits : kChineseDigits;
  const std::array<const char*, 4> units = legal ? std::array<const char*, 4>{"", "拾", "佰", "仟"}
                                                 : std::array<const char*, 4>{"", "十", "百", "千"};
  if (value <= 0 || value > 9999) return std::to_string(value);
  const int d[4] = {value / 1000, value / 100 % 10, value / 10 % 10, value % 10};
  std::string out;
  bool pending_zero = false;
  for (int i = 0; i < 4; ++i) {
    const int unit = 3 - i;
    if (d[i] == 0) {
      pending_zero = !out.empty();
      continue;
    }
    if (pending_zero) out += "零";
    pending_zero = false;
    // 十一 rather than 一十一 when the number starts with the tens.
    if (!(unit == 1 && d[i] == 1 && out.empty() && !legal)) out += digits[static_cast<std::size_t>(d[i])];
    out += units[static_cast<std::size_t>(unit)];
  }
  return out;
}

std::string letters(int value, char first) {
  if (value <= 0) return std::to_string(value);
  // Word repeats the letter: A…Z, AA…ZZ, AAA…
  const int repeat = (value - 1) / 26 + 1;
  return std::string(static_cast<std::size_t>(repeat), static_cast<char>(first + (value - 1) % 26));
}

std::string roman(int value, bool upper) {
  if (value <= 0 || value >= 4000) return std::to_string(value);
  static constexpr std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                            {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                            {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                            {1, "i"}};
  std::string out;
  for (const auto& [n, s] : kParts) {
    while (value >= n) {
      out += s;
      value -= n;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// ① ⑴ ⒈ style: 1..20 from a run of code points, decimal beyond.
std::string enclosed(int value, char32_t first) {
  if (value < 1 || value > 20) return std::to_string(value);
  std::string out;
  text::append_utf8(out, first + static_cast<char32_t>(value - 1));
  return out;
}

std::string cycle(int value, std::initializer_list<const char*> names) {
  if (value < 1) return std::to_string(value);
  return *(names.begin() + (value - 1) % static_cast<int>(names.size()));
}

}  // namespace

std::string format_number(int value, std::string_view f) {
  if (f == "none") return "";
  if (f == "decimalZero") return fmt::format("{:02d}", value);
  if (f == "chineseCounting" || f == "chineseCountingThousand" || f == "japaneseCounting" ||
      f == "taiwaneseCounting" || f == "taiwaneseCountingThousand" || f == "ideographLegalTraditional") {
    return chinese_counting(value, false);
  }
  if (f == "chineseLegalSimplified") return chinese_counting(value, true);
  if (f == "ideographDigital" || f == "taiwaneseDigital") {
    std::string out;
    for (char c : std::to_string(value)) out += (c >= '0' && c <= '9') ? kChineseDigits[static_cast<std::size_t>(c - '0')] : "";
    return out;
  }
  if (f == "ideographTraditional") return cycle(value, {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"});
  if (f == "ideographZodiac") {
    return cycle(value, {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"});
  }
  if (f == "decimalEnclosedCircle" || f == "decimalEnclosedCircleChinese") return enclosed(value, U'\u2460');
  if (f == "decimalEnclosedParen") return enclosed(value, U'\u2474');
  if (f == "decimalEnclosedFullstop") return enclosed(value, U'\u2488');
  if (f == "decimalFullWidth" || f == "decimalFullWidth2") {
    std::string out;
    for (char c : std::to_string(value)) text::append_utf8(out, c == '-' ? U'\uFF0D' : U'\uFF10' + static_cast<char32_t>(c - '0'));
    return out;
  }
  if (f == "upperLetter") return letters(value, 'A');
  if (f == "lowerLetter") return letters(value, 'a');
  if (f == "upperRoman") return roman(value, true);
  if (f == "lowerRoman") return roman(value, false);
  return std::to_string(value);
}

std::string render_level_text(std::string_view level_text, const std::array<std::string, 9>& numbers) {
  std::string out;
  for (std::size_t i = 0; i < level_text.size(); ++i) {
    if (level_text[i] == '%' && i + 1 < level_text.size() && level_text[i + 1] >= '1' && level_text[i + 1] <= '9') {
      out += numbers[static_cast<std::size_t>(level_text[i + 1] - '1')];
      ++i;
    } else {
      out += level_text[i];
    }
  }
  return out;
}

}  // namespace plancheck::office
