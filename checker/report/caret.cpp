#include "report/caret.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

// Byte offset of the code point numbered `index` (0-based), clamped to the end of `s`.
std::size_t byte_of_code_point(std::string_view s, int index) {
  std::size_t pos = 0;
  for (int i = 0; i < index && pos < s.size(); ++i) text::next_code_point(s, pos);
  return std::min(pos, s.size());
}

}  // namespace

std::string caret_marks(std::string_view line, int column, int span) {
  const std::size_t begin = byte_of_code_point(line, std::max(column, 1) - 1);
  const std::size_t end = begin + byte_of_code_point(line.substr(begin), std::max(span, 0));
  std::string out;
  std::size_t pos = 0;
  while (pos < begin) {
    const std::size_t start = pos;
    const char32_t cp = text::next_code_point(line, pos);
    if (cp == U'\t') {
      out += '\t';
    } else {
      out.append(static_cast<std::size_t>(text::display_width(line.substr(start, pos - start))), ' ');
    }
  }
  const int width = text::display_width(line.substr(begin, end - begin));
  out.append(static_cast<std::size_t>(std::max(width, 1)), '^');
  return out;
}

}  // namespace plancheck::report
