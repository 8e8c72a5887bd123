#include "parse/table_of_contents.hpp"

#include <algorithm>

#include "parse/heading_number.hpp"
#include "parse/line_text.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

bool is_leader_or_page(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９') || cp == U'.' || cp == U'…' ||
         cp == U'·' || cp == U'．' || cp == U'‥' || cp == U'-' || cp == U'_' || cp == U'—' || cp == U'⋯' ||
         is_space_code_point(cp);
}

bool is_toc_heading(const SourceLine& line) {
  if (!at_most_visible(line.text, 2)) return false;
  const std::string compact = without_spaces(line.text);
  return compact == "目录" || compact == "目錄";
}

bool reads_as_body(std::string_view text) {
  return ends_sentence(text) || has_inner_sentence_break(text) || code_points(text) > 60;
}

}  // namespace

std::string toc_entry_key(std::string_view entry) {
  entry = trim_text(entry);
  if (const auto number = parse_heading_number(entry)) entry.remove_prefix(number->title_offset);
  while (!entry.empty() && is_leader_or_page(last_code_point(entry))) entry = drop_last_code_point(entry);
  return without_spaces(entry);
}

void remove_table_of_contents(std::vector<SourceLine>& lines) {
  const auto toc = std::find_if(lines.begin(), lines.end(), is_toc_heading);
  if (toc == lines.end()) return;
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
