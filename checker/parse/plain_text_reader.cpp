#include "parse/plain_text_reader.hpp"

#include <algorithm>
#include <optional>
#include <regex>
#include <string>

#include "parse/line_joining.hpp"
#include "parse/line_text.hpp"
#include "parse/running_lines.hpp"
#include "core/erase_marked.hpp"
#include "parse/ruled_tables.hpp"
#include "parse/typed_tables.hpp"
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

std::optional<int> page_number(std::string_view line) {
  const std::string folded = fold_for_page_number(line);
  // "共12页第3页" is page 3: the number of a 第…页, else the first one.
  std::size_t at = folded.find("第");
  if (at == std::string::npos) at = 0;
  at = folded.find_first_of("0123456789", at);
  if (at == std::string::npos) return std::nullopt;
  int value = 0;
  for (; at < folded.size() && folded[at] >= '0' && folded[at] <= '9' && value < 100000; ++at) {
    value = value * 10 + (folded[at] - '0');
  }
  return value;
}

bool is_page_number_line(std::string_view line) {
  if (!only_page_number_characters(line)) return false;
  static const std::regex kPatterns(
      "^-*\\d{1,4}-*$"
      "|^-*(第\\d{1,4}页)((/|,|，)?共\\d{1,4}页)?-*$"
      "|^-*共\\d{1,4}页(/|,|，)?第\\d{1,4}页-*$"
      "|^\\d{1,4}/\\d{1,4}$"
      "|^[Pp]age\\d{1,4}(of\\d{1,4})?$");
  const std::string folded = fold_for_page_number(line);
  return !folded.empty() && std::regex_match(folded, kPatterns);
}

namespace {

// Text copied out of a PDF keeps the running header and footer of every page amid the plan's sentences.
// Pages end at a page-number line or start at a form feed (pdftotext's page break); `page_starts` holds
// the index of each page's first line. With three pages or more, the lines repeated near the page edges go.
// A number alone on a line is no page's end but a table's cell or a list's number (a table copied one cell
// per line) when it comes a few lines after the last break, or when it does not follow the last page's
// number: such numbers must not make each row a page.
constexpr std::size_t kMinPageLines = 8;

void drop_running_lines(std::vector<SourceLine>& lines, std::vector<int>& widths,
                        const std::vector<std::size_t>& page_starts) {
  if (page_starts.size() < kRunningMinPages) return;
  std::vector<std::vector<std::string_view>> pages;
  pages.reserve(page_starts.size());
  for (std::size_t p = 0; p < page_starts.size(); ++p) {
    const std::size_t end = p + 1 < page_starts.size() ? page_starts[p + 1] : lines.size();
    auto& page = pages.emplace_back();
    for (std::size_t i = page_starts[p]; i < end; ++i) page.push_back(lines[i].text);
  }
  const std::vector<std::vector<bool>> drop =
      running_lines(pages, RunningLineOptions{/*first_page_top=*/false, /*page_numbers=*/false});
  std::size_t kept = 0;
  std::size_t i = 0;
  for (const auto& page : drop) {
    for (const bool d : page) {
      if (!d) {
        if (kept != i) {
          lines[kept] = std::move(lines[i]);
          widths[kept] = widths[i];
        }
        ++kept;
      }
      ++i;
    }
  }
  lines.resize(kept);
  widths.resize(kept);
}

// Tables drawn with rules (box drawing, pandoc's grid tables): each row one TableRow line, the rules gone.
void drop_ruled_table_lines(std::vector<SourceLine>& lines, std::vector<int>& widths) {
  erase_marked(mark_ruled_tables(lines), lines, widths);
}

}  // namespace

std::vector<SourceLine> read_plain_text_lines(const SourceText& source) {
  std::vector<SourceLine> lines;
  std::vector<int> widths;  // as laid out: the indent of a paragraph's first line included
  std::vector<std::size_t> page_starts{0};
  std::optional<int> last_page;  // the number of the page that the last page-number line ended
  const auto page_break = [&](std::optional<int> number) {
    if (lines.size() < page_starts.back() + kMinPageLines) return;
    if (number && last_page && *number != *last_page + 1) return;
    if (number) last_page = number;
    page_starts.push_back(lines.size());
  };
  const std::string& text = source.text();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view raw = std::string_view(text).substr(start, end - start);
    if (raw.find('\f') != std::string_view::npos) page_break(std::nullopt);
    const std::size_t lead = leading_space_bytes(raw);
    const std::string_view body = trim_text(raw);
    if (is_page_number_line(body)) {
      page_break(page_number(body));
    } else if (!body.empty()) {
      SourceLine line;
      append_piece(line, body, start + lead);
      lines.push_back(std::move(line));
      widths.push_back(layout_width(raw));
    }
    start = end + 1;
  }
  drop_running_lines(lines, widths, page_starts);
  drop_ruled_table_lines(lines, widths);
  std::vector<int> indents;  // each line's leading blank columns
  indents.reserve(lines.size());
  for (const SourceLine& line : lines) {
    const std::size_t nl = line.offset == 0 ? std::string::npos : text.rfind('\n', line.offset - 1);
    const std::size_t begin = nl == std::string::npos ? 0 : nl + 1;
    indents.push_back(layout_columns(std::string_view(text).substr(begin, line.offset - begin)));
  }
  mark_typed_table_rows(lines, widths, indents);
  // A flow chart's boxes and rules are drawn, as wide as the drawing: they tell nothing of the text's wrap.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_drawn_line(lines[i].text)) widths[i] = 0;
  }
  mark_line_fill(lines, widths);
  return lines;
}

}  // namespace plancheck::parse
