#include "parse/plan_signs.hpp"

#include <array>
#include <cstddef>

#include "text/byte_lanes.hpp"
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

#if defined(__SSE2__)
using text::bytes_equal;
using text::bytes_in_range;

// Counts kept per byte lane (a 0xFF lane subtracted adds one), summed before any lane can pass 255.
struct LaneCounts {
  __m128i ideographs = _mm_setzero_si128();
  __m128i latin = _mm_setzero_si128();
  int blocks = 0;

  static std::size_t sum(__m128i lanes) {
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two 64-bit sums of eight lanes
    return static_cast<std::size_t>(_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
  void add(__m128i ideograph_lanes, __m128i latin_lanes, ScriptCounts& n) {
    ideographs = _mm_sub_epi8(ideographs, ideograph_lanes);
    latin = _mm_sub_epi8(latin, latin_lanes);
    if (++blocks == 255) flush(n);
  }
  void flush(ScriptCounts& n) {
    n.ideographs += sum(ideographs);
    n.latin += sum(latin);
    *this = LaneCounts{};
  }
};

// Counts the bytes of the 16 at `p` (two more after them are readable) that come before the first '<'
// (markup to skip) or byte from 0xF0 up (a four-byte sequence, where Han characters of the supplementary
// planes are), as the code point walk below would, and returns how many that is.
//
// Each byte is judged alone. An ASCII letter is a letter. A lead byte from E3 to EF is an ideograph when the
// two bytes after it are continuation bytes and the code point they make is one: E5..E9 (U+5000..U+9FFF)
// always; E4 but for U+4DC0..U+4DFF (second byte B7); E3 from U+3400 (second byte 90..BF); EF for
// U+F900..U+FAFF (A4..AB). Any other byte counts as nothing, as in the walk: continuation bytes are never
// read as a lead, two-byte sequences are neither, and a lead that is not followed by its continuation bytes
// reads as U+FFFD.
std::size_t count_block(const char* p, LaneCounts& lanes, ScriptCounts& n) {
  const __m128i b0 = text::load_bytes(p);
  const __m128i b1 = text::load_bytes(p + 1);
  const __m128i b2 = text::load_bytes(p + 2);
  const unsigned stops = text::lane_bits(_mm_or_si128(bytes_equal(b0, '<'), bytes_in_range(b0, 0xF0, 0xFF)));
  const std::size_t counted = stops == 0 ? 16 : static_cast<std::size_t>(__builtin_ctz(stops));
  const __m128i lane_index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const __m128i before = _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(counted)), lane_index);  // before the stop
  const __m128i then_continued = _mm_and_si128(bytes_in_range(b1, 0x80, 0xBF), bytes_in_range(b2, 0x80, 0xBF));
  const __m128i han = _mm_or_si128(
      _mm_or_si128(bytes_in_range(b0, 0xE5, 0xE9), _mm_andnot_si128(bytes_equal(b1, 0xB7), bytes_equal(b0, 0xE4))),
      _mm_or_si128(_mm_and_si128(bytes_equal(b0, 0xE3), bytes_in_range(b1, 0x90, 0xBF)),
                   _mm_and_si128(bytes_equal(b0, 0xEF), bytes_in_range(b1, 0xA4, 0xAB))));
  // 'A'..'Z' | 0x20 is 'a'..'z'; no other byte becomes a lower-case letter.
  const __m128i letter = bytes_in_range(_mm_or_si128(b0, _mm_set1_epi8(0x20)), 'a', 'z');
  lanes.add(_mm_and_si128(_mm_and_si128(han, then_continued), before), _mm_and_si128(letter, before), n);
  return counted;
}
#endif

}  // namespace

ScriptCounts count_scripts(std::string_view utf8) {
  ScriptCounts n;
  // Once no '>' follows, none follows any later '<' either: searching again for each of them made a text of
  // many "<a" without a '>' quadratic (a 4.8 MB one took 17 s).
  bool close_ahead = true;
#if defined(__SSE2__)
  LaneCounts lanes;
#endif
  for (std::size_t pos = 0; pos < utf8.size();) {
#if defined(__SSE2__)
    // Up to sixteen bytes at a time, up to the next markup or four-byte sequence (plans are Han text).
    if (pos + 18 <= utf8.size()) {
      if (const std::size_t counted = count_block(utf8.data() + pos, lanes, n); counted > 0) {
        pos += counted;
        continue;
      }
    }
#endif
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
      ++n.ideographs;
      pos += 3;
      continue;
    }
    const char32_t c = text::next_code_point(utf8, pos);
    if (is_ideograph(c)) ++n.ideographs;
    else if (is_latin_letter(c)) ++n.latin;
  }
#if defined(__SSE2__)
  lanes.flush(n);
#endif
  return n;
}

std::optional<Message> not_a_plan_reason(std::string_view utf8) {
  const auto [ideographs, latin] = count_scripts(utf8);
  if (ideographs < kMinIdeographs || ideographs < latin) return Message{MsgId::NotAPlanNoChinese, {}};
  if (!has_vocabulary(utf8) && !has_numbered_headings(utf8)) return Message{MsgId::NotAPlanNoVocabulary, {}};
  return std::nullopt;
}

}  // namespace plancheck::parse
