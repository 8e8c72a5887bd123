#include "parse/line_joining.hpp"

#include <algorithm>

#include "parse/heading_number.hpp"
#include "parse/line_role.hpp"
#include "parse/line_text.hpp"
#include "text/byte_lanes.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

// A short "label：value" line (牵头人：办公室主任) is a line of its own even without a full stop; a
// wrapped line of a sentence is either longer or has no such label.
constexpr std::size_t kShortLabelLine = 16;

bool is_label_line(std::string_view text) {
  return code_points(text) < kShortLabelLine && (text.find("：") != std::string_view::npos || text.find(':') != std::string_view::npos);
}

// A label this long at most opens a "label：value" line (组　长：, 副组长：, 领导小组主要职责：).
constexpr std::size_t kMaxLabel = 8;

// Whether the line opens with a label and a colon: at most kMaxLabel code points, at least two, no
// punctuation among them ("副组长：中心分管…副主任、总编辑"; not "由于…，如下：").
bool opens_with_label(std::string_view text) {
  text = trim_text(text);
  std::size_t pos = 0;
  for (std::size_t n = 0; n <= kMaxLabel && pos < text.size(); ++n) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(text, pos);
    if (c == U'：' || c == U':') return n >= 2 && at > 0;
    if (!text::is_cjk(c) && !is_space_code_point(c)) return false;
  }
  return false;
}

// Lines narrower than this (fifteen Chinese characters) are headings, labels and the ends of paragraphs,
// whatever the wrap width.
constexpr int kMinWrapWidth = 30;
// Text whose long lines end a sentence this often (nine in ten) is written one line per paragraph.
constexpr std::size_t kWholeLinesPerTen = 9;
// The columns of a punctuation mark hung past the wrap width.
constexpr int kHangingMark = 2;
// Widths beyond this are counted together: no plan is wrapped wider.
constexpr int kMaxWrapWidth = 240;

struct LongLines {
  std::size_t count = 0;  // lines of kMinWrapWidth columns or more, table rows aside
  std::size_t ended = 0;  // of them, the whole ones (whole_line)
};

// Whether a line is whole as a paragraph is: it ends a sentence, leads in to a list ("…下列系统："), or is
// one cited title of a basis list, after a bullet or number too ("· 《中华人民共和国网络安全法》").
bool whole_line(std::string_view text) {
  if (ends_sentence(text)) return true;
  const char32_t last = last_code_point(trim_text(text));
  if (last == U'：' || last == U':') return true;
  text = trim_text(text);
  if (const std::size_t bullet = bullet_marker_length(text); bullet > 0) {
    text = trim_text(text.substr(bullet));
  } else if (const auto number = parse_heading_number(text)) {
    text = trim_text(text.substr(number->title_offset));
  }
  return cites_one_title(text);
}

LongLines long_lines(const std::vector<SourceLine>& lines, const std::vector<int>& widths) {
  LongLines out;
  for (std::size_t i = 0; i < lines.size() && i < widths.size(); ++i) {
    if (widths[i] < kMinWrapWidth || lines[i].kind == LineKind::TableRow) continue;
    ++out.count;
    out.ended += whole_line(lines[i].text) ? 1 : 0;
  }
  return out;
}

// Whether the text is written one line per paragraph: at least eight long lines, and nine in ten of them
// whole (whole_line).
bool whole_paragraph_lines(const std::vector<SourceLine>& lines, const std::vector<int>& widths) {
  const LongLines l = long_lines(lines, widths);
  return l.count >= 8 && l.ended * 10 >= l.count * kWholeLinesPerTen;
}

}  // namespace

int wrap_width(const std::vector<int>& widths) {
  std::vector<std::size_t> count(kMaxWrapWidth + 2, 0);
  std::size_t long_lines = 0;
  for (const int w : widths) {
    if (w < kMinWrapWidth) continue;
    ++long_lines;
    ++count[static_cast<std::size_t>(std::min(w, kMaxWrapWidth + 1))];
  }
  int best = 0;
  std::size_t best_band = 0;
  std::size_t band = 0;  // lines in [w - kWrapSlack, w]
  for (int w = kMinWrapWidth; w <= kMaxWrapWidth; ++w) {
    band += count[static_cast<std::size_t>(w)];
    if (w - kWrapSlack - 1 >= kMinWrapWidth) band -= count[static_cast<std::size_t>(w - kWrapSlack - 1)];
    if (band > best_band) {
      best_band = band;
      best = w;
    }
  }
  if (best_band < 8 || best_band * 3 < long_lines) return 0;
  // A closing mark may hang past the width (禁则), so a line is wider only beyond that.
  const auto wider = static_cast<std::size_t>(
      std::count_if(widths.begin(), widths.end(), [best](int w) { return w > best + kHangingMark; }));
  return wider * 10 <= widths.size() ? best : 0;
}

bool paragraphs_are_lines(const std::vector<SourceLine>& lines, const std::vector<int>& widths) {
  const LongLines l = long_lines(lines, widths);
  return l.count >= 8 && l.ended * 3 < l.count * 2;
}

namespace {

// What the byte b0, followed by b1 and b2, adds to layout_width: one for printable ASCII; for a lead byte,
// two, but one for the half-width forms U+FF61..U+FFDC and none for the combining marks U+0300..U+036F,
// the zero-width and format characters U+200B..U+200F and U+2060..U+2064 and the BOM; continuation bytes
// and controls none.
int byte_columns(unsigned char b0, unsigned char b1, unsigned char b2) {
  const auto in = [](unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; };
  if (b0 < 0xC0) return in(b0, 0x20, 0x7E) ? 1 : 0;
  if (b0 == 0xEF && ((b1 == 0xBD && in(b2, 0xA1, 0xBF)) || b1 == 0xBE || (b1 == 0xBF && in(b2, 0x80, 0x9C)))) return 1;
  const bool no_column = b0 == 0xCC || (b0 == 0xCD && in(b1, 0x80, 0xAF)) ||
                         (b0 == 0xE2 && ((b1 == 0x80 && in(b2, 0x8B, 0x8F)) || (b1 == 0x81 && in(b2, 0xA0, 0xA4)))) ||
                         (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF);
  return no_column ? 0 : 2;
}

#if defined(__SSE2__)
// byte_columns of each of the sixteen bytes at `p` (18 readable), summed.
int block_columns(const char* p) {
  using text::bytes_equal;
  using text::bytes_in_range;
  const __m128i b0 = text::load_bytes(p);
  const __m128i b1 = text::load_bytes(p + 1);
  const __m128i b2 = text::load_bytes(p + 2);
  const __m128i one = _mm_set1_epi8(1);
  const __m128i two = _mm_set1_epi8(2);
  const __m128i ef = bytes_equal(b0, 0xEF);
  const __m128i e2 = bytes_equal(b0, 0xE2);
  const __m128i half = _mm_and_si128(
      ef, _mm_or_si128(_mm_or_si128(_mm_and_si128(bytes_equal(b1, 0xBD), bytes_in_range(b2, 0xA1, 0xBF)), bytes_equal(b1, 0xBE)),
                       _mm_and_si128(bytes_equal(b1, 0xBF), bytes_in_range(b2, 0x80, 0x9C))));
  const __m128i no_column = _mm_or_si128(
      _mm_or_si128(bytes_equal(b0, 0xCC), _mm_and_si128(bytes_equal(b0, 0xCD), bytes_in_range(b1, 0x80, 0xAF))),
      _mm_or_si128(_mm_and_si128(e2, _mm_or_si128(_mm_and_si128(bytes_equal(b1, 0x80), bytes_in_range(b2, 0x8B, 0x8F)),
                                                  _mm_and_si128(bytes_equal(b1, 0x81), bytes_in_range(b2, 0xA0, 0xA4)))),
                   _mm_and_si128(ef, _mm_and_si128(bytes_equal(b1, 0xBB), bytes_equal(b2, 0xBF)))));
  // Each lane: 1 for printable ASCII, 2 for a lead byte; then 1 taken back for a half-width form and 2 for
  // a character of no column.
  const __m128i added = _mm_or_si128(_mm_and_si128(bytes_in_range(b0, 0x20, 0x7E), one), _mm_and_si128(bytes_in_range(b0, 0xC0, 0xFF), two));
  const __m128i taken = _mm_or_si128(_mm_and_si128(half, one), _mm_and_si128(no_column, two));
  const __m128i sums = _mm_sub_epi64(_mm_sad_epu8(added, _mm_setzero_si128()), _mm_sad_epu8(taken, _mm_setzero_si128()));
  return static_cast<int>(_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
}
#endif

// Whether `marker` only closes a bracket ("7）") that `text` leaves open ("（GB/Z 20986-200"): a number
// cut by the line's end, not a list item.
bool closes_open_bracket(std::string_view text, std::string_view marker) {
  const char32_t last = last_code_point(marker);
  if ((last != U'）' && last != U')') || contains_any(marker, {"（", "("})) return false;
  int open = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = text::next_code_point(text, pos);
    if (cp == U'（' || cp == U'(') ++open;
    if ((cp == U'）' || cp == U')') && open > 0) --open;
  }
  return open > 0;
}

// A colon or semicolon: the sentence goes on after it.
bool ends_clause(std::string_view text) {
  const char32_t last = last_code_point(trim_text(text));
  return last == U'：' || last == U':' || last == U'；' || last == U';';
}

bool is_ascii_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

bool is_latin_word_char(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
}

// `s` is the block joined so far: a walk back over its end stops after a token's length, or a block all
// of Latin letters and digits (a wrapped blob) would be read again at each of its breaks.
constexpr std::size_t kMaxTokenBytes = 64;

// The code point before the Latin letters and digits that end `s`; 0 when they are all of it (or longer
// than a token).
char32_t before_latin_run(std::string_view s) {
  const std::size_t stop = s.size() > kMaxTokenBytes ? s.size() - kMaxTokenBytes : 0;
  while (s.size() > stop && is_latin_word_char(last_code_point(s))) s = drop_last_code_point(s);
  return s.size() > stop || stop == 0 ? last_code_point(s) : 0;
}

// The code point before the code that ends `s` ("GB/T 2", "（GB/T 20988-200": letters, digits and the
// / - . and spaces inside a standard's or document's number); 0 when it is all of `s`.
char32_t before_code(std::string_view s) {
  const auto in_code = [](char32_t cp) { return is_latin_word_char(cp) || cp == U'/' || cp == U'-' || cp == U'.' || cp == U' '; };
  const std::size_t stop = s.size() > kMaxTokenBytes ? s.size() - kMaxTokenBytes : 0;
  while (s.size() > stop && in_code(last_code_point(s))) s = drop_last_code_point(s);
  return s.size() > stop || stop == 0 ? last_code_point(s) : 0;
}

Block start_block(const BodyLine& line, const SourceText& source) {
  Block block;
  block.kind = line.line->kind == LineKind::TableRow ? BlockKind::TableRow
               : line.marker.empty()                 ? BlockKind::Paragraph
                                                     : BlockKind::ListItem;
  block.marker = line.marker;
  block.cells = line.line->cells;
  block.location = source.locate(line.line->offset);
  append_line_to_block(block, *line.line, "");
  return block;
}

}  // namespace

bool cites_one_title(std::string_view text) {
  if (text.substr(0, 3) != "《") return false;
  const std::size_t close = text.rfind("》");
  if (close == std::string_view::npos || text.find("《", 3) < close) return false;
  const std::string_view rest = text.substr(close + 3);
  if (rest.empty()) return true;
  return code_points(rest) <= 24 && (text::ends_with_at(rest, rest.size(), "）") ||
                                     text::ends_with_at(rest, rest.size(), ")") || text::ends_with_at(rest, rest.size(), "条") ||
                                     text::ends_with_at(rest, rest.size(), "條"));
}

bool continues_sentence(const BodyLine& previous, const BodyLine& next) {
  const SourceLine& prev = *previous.line;
  const SourceLine& cur = *next.line;
  if (prev.group != cur.group || prev.kind == LineKind::TableRow || cur.kind == LineKind::TableRow) return false;
  if (cur.kind == LineKind::Heading || is_date_line(cur.text)) return false;
  if (!next.marker.empty() && !closes_open_bracket(prev.text, next.marker)) return false;
  if (!previous.marker.empty() && trim_text(prev.text) == previous.marker) return true;  // "a)" alone
  // Wrapped text: a line that reaches the width goes on after a colon or semicolon too (分为四级： / 由高到低…).
  // In wrapped text and text written one line per paragraph, a short line that reads as a title ends its
  // block (a heading without a number, a bullet's label: "• IV级响应"); the tail of a sentence broken off
  // by hand ("，提出处理" / "意见和改进措施。") still goes on.
  if (ends_sentence(prev.text)) return prev.fill == LineFill::Full && ends_clause(prev.text);
  if (ends_mid_sentence(prev.text)) return true;
  // Lines of labels and values, one under another ("副组长：…副主任、总编辑" over "成　员：办公室、…负责人"): each
  // line is one, however long.
  if (opens_with_label(prev.text) && opens_with_label(cur.text)) return false;
  if (prev.fill == LineFill::Short && reads_as_title(prev.text, kMaxHeadingTitle)) return false;
  // A basis list of one cited title a line: the next title opens a line of its own.
  if (cites_one_title(prev.text) && cur.text.substr(0, 3) == "《") return false;
  return !is_label_line(prev.text);
}

std::string_view join_separator(std::string_view before, std::string_view after, LineFill before_fill) {
  const char32_t last = last_code_point(before);
  const char32_t first = first_code_point(after);
  if (!is_latin_word_char(last) || !is_latin_word_char(first)) return "";
  // A line wrapped at the width cuts a number as readily as anything else ("20986-200" / "7").
  if (before_fill == LineFill::Full && is_ascii_digit(last) && is_ascii_digit(first)) return "";
  // So does a line wrapped at a count of characters, which leaves a line holding Latin text short of the
  // width: digits on both sides of the break, in a code set in Chinese text ("以及GB/T 2" / "0986-2023《").
  if (is_ascii_digit(last) && is_ascii_digit(first)) {
    const char32_t lead = before_code(before);
    if (text::is_cjk(lead) || text::is_cjk_punctuation(lead)) return "";
  }
  // Chinese text is wrapped at any character, through a Latin token too ("III级" → "I" / "II级"), and
  // writes no space before such a token, so none was lost at the break. Latin words wrap at a space.
  const char32_t lead = before_latin_run(before);
  return text::is_cjk(lead) || text::is_cjk_punctuation(lead) ? "" : " ";
}

int layout_width(std::string_view line) {
  line.remove_suffix(trailing_space_bytes(line));
  const char* const p = line.data();
  const std::size_t n = line.size();
  int width = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + 18 <= n; i += 16) width += block_columns(p + i);
#endif
  for (; i < n; ++i) {
    const auto at = [&](std::size_t k) { return k < n ? static_cast<unsigned char>(p[k]) : 0; };
    width += byte_columns(at(i), at(i + 1), at(i + 2));
  }
  return width;
}

// The columns `s` takes as laid out, its trailing blanks included (the gap before a cell).
int layout_columns(std::string_view s) {
  int w = layout_width(s);
  for (std::size_t i = s.size() - trailing_space_bytes(s); i < s.size();) {
    if (s.compare(i, 3, "\u3000") == 0) {
      w += 2;
      i += 3;
    } else {
      w += s[i] == ' ' || s[i] == '\t' ? 1 : 0;
      ++i;
    }
  }
  return w;
}

namespace {

void mark_wrapped(std::vector<SourceLine>& lines, const std::vector<int>& widths, int wrap) {
  for (std::size_t i = 0; i < lines.size() && i < widths.size(); ++i) {
    if (widths[i] >= wrap - kWrapSlack) {
      lines[i].fill = LineFill::Full;
    } else if (widths[i] < kMinWrapWidth) {
      lines[i].fill = LineFill::Short;
    }
  }
}

void mark_short(std::vector<SourceLine>& lines, const std::vector<int>& widths) {
  for (std::size_t i = 0; i < lines.size() && i < widths.size(); ++i) {
    if (widths[i] < kMinWrapWidth) lines[i].fill = LineFill::Short;
  }
}

}  // namespace

void mark_line_fill(std::vector<SourceLine>& lines, const std::vector<int>& widths) {
  const int wrap = wrap_width(widths);
  if (wrap > 0) {
    mark_wrapped(lines, widths, wrap);
  } else if (whole_paragraph_lines(lines, widths)) {
    mark_short(lines, widths);
  }  // else wrapped unevenly: no line is known
}

void mark_paragraph_fill(std::vector<SourceLine>& lines, const std::vector<int>& widths) {
  if (!paragraphs_are_lines(lines, widths)) {
    mark_short(lines, widths);
    return;
  }
  // Each line of a page became a paragraph (a PDF converted to Word, hard-wrapped text pasted): the
  // paragraphs are lines, and a sentence goes on from one to the next as in the PDF.
  for (SourceLine& line : lines) line.group = 0;
  mark_line_fill(lines, widths);
}

std::vector<Block> join_lines(const std::vector<BodyLine>& lines, const SourceText& source) {
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!blocks.empty() && continues_sentence(lines[i - 1], lines[i])) {
      Block& block = blocks.back();
      append_line_to_block(block, *lines[i].line, join_separator(block.text, lines[i].line->text, lines[i - 1].line->fill));
    } else {
      blocks.push_back(start_block(lines[i], source));
    }
  }
  return blocks;
}

std::vector<Block> blocks_per_line(const std::vector<BodyLine>& lines, const SourceText& source) {
  std::vector<Block> blocks;
  for (const BodyLine& line : lines) blocks.push_back(start_block(line, source));
  return blocks;
}

}  // namespace plancheck::parse
