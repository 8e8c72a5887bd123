#include "parse/table_of_contents.hpp"

#include <algorithm>

#include "parse/heading_number.hpp"
#include "parse/line_text.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

bool is_leader(char32_t cp) {
  return cp == U'.' || cp == U'…' || cp == U'·' || cp == U'．' || cp == U'‥' || cp == U'⋯' || cp == U'_' || cp == U'—' ||
         cp == U'-';
}

bool is_digit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }

bool is_leader_or_page(char32_t cp) { return is_digit(cp) || is_leader(cp) || is_space_code_point(cp); }

bool reads_as_body(std::string_view text) {
  return ends_sentence(text) || has_inner_sentence_break(text) || code_points(text) > 60;
}

// An entry of a table of contents: a title, a dot leader of three or more marks, and a page number
// ("二、组织机构与职责 ………… 2").
bool is_leader_entry(std::string_view text) {
  text = trim_text(text);
  // Most lines end in no digit: their last byte says so (０-９ end in 0x90-0x99) before anything is decoded.
  const auto last = text.empty() ? 0 : static_cast<unsigned char>(text.back());
  if (!((last >= '0' && last <= '9') || (last >= 0x90 && last <= 0x99))) return false;
  int digits = 0;
  while (!text.empty() && is_digit(last_code_point(text))) {
    text = drop_last_code_point(text);
    ++digits;
  }
  if (digits == 0 || digits > 4) return false;
  int leaders = 0;
  while (!text.empty() && (is_leader(last_code_point(text)) || is_space_code_point(last_code_point(text)))) {
    leaders += is_leader(last_code_point(text)) ? 1 : 0;
    text = drop_last_code_point(text);
  }
  return leaders >= 3 && !trim_text(text).empty();
}

// A piece of the title 目录 a PDF's layout split off ("目" / "录"), or the title whole.
bool is_toc_title_piece(const SourceLine& line) {
  if (is_toc_heading(line)) return true;
  if (!at_most_visible(line.text, 1)) return false;
  const std::string compact = without_spaces(line.text);
  return compact == "目" || compact == "录" || compact == "錄";
}

// Where no 目录 line stands above them: three or more entries in a row, with the pieces of a title split
// apart just above them.
void remove_untitled_table_of_contents(std::vector<SourceLine>& lines) {
  constexpr std::size_t kMinEntries = 3;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_leader_entry(lines[i].text)) continue;
    std::size_t end = i + 1;
    while (end < lines.size() && is_leader_entry(lines[end].text)) ++end;
    if (end - i < kMinEntries) {
      i = end;
      continue;
    }
    std::size_t begin = i;
    while (begin > 0 && is_toc_title_piece(lines[begin - 1])) --begin;
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(begin), lines.begin() + static_cast<std::ptrdiff_t>(end));
    return;
  }
}

}  // namespace

bool is_toc_heading(const SourceLine& line) {
  if (!at_most_visible(line.text, 2)) return false;
  const std::string compact = without_spaces(line.text);
  return compact == "目录" || compact == "目錄";
}

std::string toc_entry_key(std::string_view entry) {
  entry = trim_text(entry);
  if (const auto number = parse_heading_number(entry)) entry.remove_prefix(number->title_offset);
  while (!entry.empty() && is_leader_or_page(last_code_point(entry))) entry = drop_last_code_point(entry);
  return without_spaces(entry);
}

void remove_table_of_contents(std::vector<SourceLine>& lines) {
  const auto toc = std::find_if(lines.begin(), lines.end(), is_toc_heading);
  if (toc == lines.end()) {
    remove_untitled_table_of_contents(lines);
    return;
  }
  const auto first = toc + 1;
  if (first == lines.end()) {
    lines.erase(toc);
    return;
  }
  const std::string key = toc_entry_key(first->text);
  auto end = first + 1;
  while (end != lines.end() && toc_entry_key(end->text) != key && !reads_as_body(end->text)) ++end;
  if (end == lines.end() || key.empty()) {
    lines.erase(toc);
    return;
  }
  lines.erase(toc, end);
}

}  // namespace plancheck::parse
