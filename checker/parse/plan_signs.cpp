#include "parse/plan_signs.hpp"

#include <array>

#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

constexpr std::size_t kMinIdeographs = 20;

bool is_ideograph(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F);
}

bool is_latin_letter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// What may follow '<' in a tag, a declaration, a comment or a processing instruction.
bool is_markup_start(char c) { return is_latin_letter(static_cast<unsigned char>(c)) || c == '/' || c == '?' || c == '!'; }

// Plan vocabulary, simplified and traditional where they differ.
constexpr std::array<std::string_view, 11> kVocabulary = {"预案", "預案", "应急", "應急", "突发", "突發",
                                                          "事件", "处置", "處置", "响应", "響應"};

bool has_vocabulary(std::string_view text) {
  for (std::string_view word : kVocabulary) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

constexpr std::string_view kChineseDigits = "一二三四五六七八九十";

bool starts_with_chinese_digit(std::string_view s) {
  for (std::size_t i = 0; i + 3 <= kChineseDigits.size(); i += 3) {
    if (s.substr(0, 3) == kChineseDigits.substr(i, 3)) return true;
  }
  return false;
}

// 第一章 / 第一节 / 第一条, 一、, （一） or (一) at the start of a line (after white space).
bool is_numbered_heading(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t\u3000#*");
  if (start == std::string_view::npos) return false;
  line.remove_prefix(start);
  if (line.substr(0, 3) == "第" && starts_with_chinese_digit(line.substr(3))) return true;
  if (line.substr(0, 3) == "（" || line.substr(0, 1) == "(") {
    line.remove_prefix(line.substr(0, 1) == "(" ? 1 : 3);
    return starts_with_chinese_digit(line);
  }
  if (!starts_with_chinese_digit(line)) return false;
  std::size_t at = 0;
  while (starts_with_chinese_digit(line.substr(at))) at += 3;
  return line.substr(at, 3) == "、";
}

bool has_numbered_headings(std::string_view text) {
  int headings = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    if (is_numbered_heading(text.substr(pos, end - pos)) && ++headings >= 2) return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace

std::optional<Message> not_a_plan_reason(std::string_view utf8) {
  std::size_t ideographs = 0;
  std::size_t latin = 0;
  // Once no '>' follows, none follows any later '<' either: searching again for each of them made a text of
  // many "<a" without a '>' quadratic (a 4.8 MB one took 17 s).
  bool close_ahead = true;
  for (std::size_t pos = 0; pos < utf8.size();) {
    // Markup is not language: the tags and attributes of plan XML (or HTML pasted into Markdown) are skipped.
    if (close_ahead && utf8[pos] == '<' && pos + 1 < utf8.size() && is_markup_start(utf8[pos + 1])) {
      const std::size_t close = utf8.find('>', pos + 1);
      if (close != std::string_view::npos) {
        pos = close + 1;
        continue;
      }
      close_ahead = false;
    }
    // Most of a plan is Han characters: U+5000..U+9FFF (lead bytes E5..E9, always well-formed with two
    // continuation bytes) are ideographs without decoding them.
    const auto lead = static_cast<unsigned char>(utf8[pos]);
    if (lead >= 0xE5 && lead <= 0xE9 && text::is_plain_three_byte(utf8, pos)) {
      ++ideographs;
      pos += 3;
      continue;
    }
    const char32_t c = text::next_code_point(utf8, pos);
    if (is_ideograph(c)) ++ideographs;
    else if (is_latin_letter(c)) ++latin;
  }
  if (ideographs < kMinIdeographs || ideographs < latin) return Message{MsgId::NotAPlanNoChinese, {}};
  if (!has_vocabulary(utf8) && !has_numbered_headings(utf8)) return Message{MsgId::NotAPlanNoVocabulary, {}};
  return std::nullopt;
}

}  // namespace plancheck::parse
