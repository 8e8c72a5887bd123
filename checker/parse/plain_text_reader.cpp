#include "parse/plain_text_reader.hpp"

#include <regex>
#include <string>

#include "parse/line_joining.hpp"
#include "parse/line_text.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

// Full-width digits and dashes folded to ASCII, 頁 to 页, white space dropped, so one pattern covers every
// variant.
std::string fold_for_page_number(std::string_view line) {
  const std::string compact = without_spaces(line);
  std::string out;
  std::size_t pos = 0;
  while (pos < compact.size()) {
    const std::size_t start = pos;
    const char32_t cp = text::next_code_point(compact, pos);
    if (cp >= U'０' && cp <= U'９') {
      out += static_cast<char>('0' + (cp - U'０'));
    } else if (cp == U'—' || cp == U'–' || cp == U'－' || cp == U'―' || cp == U'‐') {
      out += '-';
    } else if (cp == U'頁') {
      out += "页";
    } else {
      out.append(compact, start, pos - start);
    }
  }
  return out;
}

// Every character the patterns below can match, before folding. Prose fails at its first Han character,
// so almost no line pays for folding and the regex.
bool only_page_number_characters(std::string_view line) {
  static constexpr std::u32string_view kAllowed = U"0123456789０１２３４５６７８９-—–－―‐/,，第页頁共Ppageof";
  std::size_t pos = 0;
  while (pos < line.size()) {
    const char32_t cp = text::next_code_point(line, pos);
    if (kAllowed.find(cp) == std::u32string_view::npos && !is_space_code_point(cp)) return false;
  }
  return true;
}

}  // namespace

bool is_page_number_line(std::string_view line) {
  if (!only_page_number_characters(line)) return false;
  static const std::regex kPatterns(
      "^-*\\d{1,4}-*$"
      "|^(第\\d{1,4}页)((/|,|，)?共\\d{1,4}页)?$"
      "|^共\\d{1,4}页(/|,|，)?第\\d{1,4}页$"
      "|^\\d{1,4}/\\d{1,4}$"
      "|^[Pp]age\\d{1,4}(of\\d{1,4})?$");
  const std::string folded = fold_for_page_number(line);
  return !folded.empty() && std::regex_match(folded, kPatterns);
}

std::vector<SourceLine> read_plain_text_lines(const SourceText& source) {
  std::vector<SourceLine> lines;
  std::vector<int> widths;  // as laid out: the indent of a paragraph's first line included
  const std::string& text = source.text();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view raw = std::string_view(text).substr(start, end - start);
    const std::size_t lead = leading_space_bytes(raw);
    const std::string_view body = trim_text(raw);
    if (!body.empty() && !is_page_number_line(body)) {
      SourceLine line;
      append_piece(line, body, start + lead);
      lines.push_back(std::move(line));
      widths.push_back(layout_width(raw));
    }
    start = end + 1;
  }
  mark_line_fill(lines, widths);
  return lines;
}

}  // namespace plancheck::parse
