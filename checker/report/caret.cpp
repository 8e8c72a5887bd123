#include "report/caret.hpp"

#include <algorithm>
#include <vector>

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

namespace {

SourceWindow window_of(std::string_view line, int column, int span, int max_width, bool cut_before, bool cut_after) {
  struct Cell {
    std::size_t byte;
    int width;
  };
  std::vector<Cell> cells;
  int total = 0;
  for (std::size_t pos = 0; pos < line.size();) {
    const std::size_t start = pos;
    text::next_code_point(line, pos);
    cells.push_back({start, text::display_width(line.substr(start, pos - start))});
    total += cells.back().width;
  }
  const int n = static_cast<int>(cells.size());
  const int first = std::clamp(column, 1, n + 1) - 1;  // 0-based; n when the column is past the end
  int last = std::min(first + std::max(span, 0), n);  // one past the span
  if (total <= max_width && !cut_before && !cut_after) return {std::string(line), first + 1, last - first};

  constexpr int kEllipsis = 1;  // display width of "…"
  const int budget = std::max(max_width - 2 * kEllipsis, 8);
  // A span too wide for the window keeps its start and as much of it as two thirds of the window hold.
  int span_width = 0;
  for (int i = first; i < last; ++i) {
    if (span_width + cells[static_cast<std::size_t>(i)].width > budget * 2 / 3) {
      last = i;
      break;
    }
    span_width += cells[static_cast<std::size_t>(i)].width;
  }
  // Context on both sides, half each; what one side cannot use goes to the other.
  int begin = first;
  int end = last;
  int used = span_width;
  int before = (budget - span_width) / 2;
  while (begin > 0 && cells[static_cast<std::size_t>(begin - 1)].width <= before) {
    before -= cells[static_cast<std::size_t>(--begin)].width;
    used += cells[static_cast<std::size_t>(begin)].width;
  }
  while (end < n && used + cells[static_cast<std::size_t>(end)].width <= budget) used += cells[static_cast<std::size_t>(end++)].width;
  while (begin > 0 && used + cells[static_cast<std::size_t>(begin - 1)].width <= budget) {
    used += cells[static_cast<std::size_t>(--begin)].width;
  }

  auto byte = [&](int i) { return i < n ? cells[static_cast<std::size_t>(i)].byte : line.size(); };
  SourceWindow window;
  const bool elided_before = begin > 0 || cut_before;
  if (elided_before) window.text = "…";
  window.text.append(line.substr(byte(begin), byte(end) - byte(begin)));
  if (end < n || cut_after) window.text += "…";
  window.column = first - begin + 1 + (elided_before ? 1 : 0);
  window.span = last - first;
  return window;
}

}  // namespace

SourceWindow source_window(std::string_view line, int column, int span, int max_width) {
  return window_of(line, column, span, max_width, false, false);
}

SourceWindow source_window(const Finding& f, int max_width) {
  return window_of(f.source_line, f.location.column - f.source_line_from, f.span, max_width, f.source_line_from > 0,
                   f.source_line_cut);
}

}  // namespace plancheck::report
