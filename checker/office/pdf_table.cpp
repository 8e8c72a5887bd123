#include "office/pdf_table.hpp"

#include <algorithm>
#include <limits>
#include <string_view>

#include "parse/line_text.hpp"

namespace plancheck::office::pdf_detail {

namespace {

// All in ems of the line's type size (the height of its tallest word box).
constexpr double kRowGap = 2.0;       // from one line's bottom to the next one's top, within a table, or
constexpr double kRowGapPoints = 14;  // this many points: a small type's rows are as far apart as a cell's margins
constexpr double kFilledSlack = 2.0;  // a cell's line ending this close to the next column was wrapped there:
                                      // a cell's margins take about one em, the character that did not fit one more
constexpr std::size_t kMaxColumns = 32;
constexpr std::size_t kCentredLinesBetween = 1;  // a cell's line and its next may have a centred line between
constexpr std::size_t kProseMinLines = 6;  // a region this long with most lines full in every column is prose
constexpr double kProseShare = 0.6;
constexpr double kProseColumn = 8;  // a column of prose is at least this wide
constexpr double kLargerType = 1.15;  // a line alone set this much larger than the line above is a heading
constexpr double kCentredOffset = 0.5;  // a cell's line this far right of its column's left may be centred
constexpr double kCentredSlack = 0.3;   // a centred line's right margin is at least its left one, less this
constexpr double kRowStep = 1.25;       // a first-column line this many times its pitch below the last starts a row
constexpr double kParagraphStep = 1.5;  // a column's line this many times its pitch below the last starts a paragraph

struct Column {
  double left = 0;
  double right = 0;
};

bool ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// A cell's next line joins its text: a wrap between two Latin letters or digits was a space, between Han
// characters nothing.
void append_wrapped(std::string& cell, std::string_view piece) {
  if (piece.empty()) return;
  if (!cell.empty() && ascii_alnum(cell.back()) && ascii_alnum(piece.front())) cell += ' ';
  cell += piece;
}

// Page numbers: each word up to four digits, or a Roman numeral (a front matter's).
bool page_numbers(std::string_view cell) {
  bool any = false;
  for (std::size_t start = 0; start < cell.size();) {
    const std::size_t end = std::min(cell.find(' ', start), cell.size());
    const std::string_view word = cell.substr(start, end - start);
    if (!word.empty()) {
      const bool digits = word.find_first_not_of("0123456789") == std::string_view::npos && word.size() <= 4;
      if (!digits && (word.size() > 12 || word.find_first_not_of("ivxlcIVXLC") != std::string_view::npos)) return false;
      any = true;
    }
    start = end + 1;
  }
  return any;
}

bool overlaps(const Segment& s, const Column& c) { return s.left < c.right && s.right > c.left; }

// The column each of `line`'s segments stands in, `columns` widened (or given a new column for a segment
// in a gap, when the line has cells apart) to take them; nothing when a segment crosses a gap between
// columns, or the widened columns would touch.
std::optional<std::vector<std::size_t>> place(const VisualLine& line, std::vector<Column>& columns) {
  std::vector<Column> widened = columns;
  for (const Segment& s : line.segments) {
    std::size_t hits = 0;
    std::size_t at = 0;
    for (std::size_t c = 0; c < widened.size(); ++c) {
      if (overlaps(s, widened[c])) {
        ++hits;
        at = c;
      }
    }
    if (hits > 1) return std::nullopt;
    if (hits == 1) {
      widened[at].left = std::min(widened[at].left, s.left);
      widened[at].right = std::max(widened[at].right, s.right);
      continue;
    }
    if (line.segments.size() < 2 || widened.size() >= kMaxColumns) return std::nullopt;
    const auto it = std::lower_bound(widened.begin(), widened.end(), s.left,
                                     [](const Column& c, double left) { return c.left < left; });
    widened.insert(it, Column{s.left, s.right});
  }
  for (std::size_t c = 0; c + 1 < widened.size(); ++c) {
    if (widened[c].right > widened[c + 1].left) return std::nullopt;
  }
  columns = std::move(widened);
  std::vector<std::size_t> at;
  for (const Segment& s : line.segments) {
    std::size_t c = 0;
    while (c + 1 < columns.size() && !overlaps(s, columns[c])) ++c;
    at.push_back(c);
  }
  return at;
}

// A cell's line that reaches (about) the next column, or the table's right edge, was wrapped there.
bool filled(const Segment& s, std::size_t column, const std::vector<Column>& columns, double em) {
  const double limit = column + 1 < columns.size() ? columns[column + 1].left : columns.back().right;
  return limit - s.right <= kFilledSlack * em;
}

const Segment* in_column(const VisualLine& line, const std::vector<std::size_t>& at, std::size_t column) {
  for (std::size_t i = 0; i < at.size(); ++i) {
    if (at[i] == column) return &line.segments[i];
  }
  return nullptr;
}

// Whether a cell's line is set in the middle of its column (a header's th, a cell centred in Word): it
// stands off the column's left by half an em or more, and off the next column at least as far. Such a line
// is whole, however near the next column it ends; a wrapped line starts at the column's left (or, indented
// as a paragraph's first line, runs up to the next column).
bool centred_in(const Segment& s, std::size_t column, const std::vector<Column>& columns, double em) {
  const double limit = column + 1 < columns.size() ? columns[column + 1].left : columns.back().right;
  const double left = s.left - columns[column].left;
  return left >= kCentredOffset * em && limit - s.right >= left - kCentredSlack * em;
}

// The distance between a column's lines in one paragraph: the least from one of its lines to the next, of
// at least an em (lines closer than that are a cell set beside another's lines, not one under another).
double column_pitch(const std::vector<VisualLine>& lines, std::size_t first,
                    const std::vector<std::vector<std::size_t>>& at, std::size_t c, std::size_t n) {
  double pitch = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const Segment* s = in_column(lines[first + i], at[i], c);
    const Segment* next = in_column(lines[first + i + 1], at[i + 1], c);
    if (s != nullptr && next != nullptr && next->top - s->top >= lines[first + i].em) pitch = std::min(pitch, next->top - s->top);
  }
  return pitch;
}

// Whether `line` starts a row. It must have first-column text, and either that text does not go on from
// the line above (which had none there, or stopped short of the column's width, or ended a sentence, or
// stands farther above than kRowStep times the first column's `pitch`: the cells' margins between rows), or
// another of its cells cannot go on from the line above: that line's text in the column stopped short, or
// ended a sentence, or there was none there but the row had some higher up ("判定标准" set in the middle of
// a two-line header). A line of first-column text alone goes on from a
// line above with first-column text (the cell's next paragraph, "（行长）" under "领导小组组长"), and starts a
// row after lines without (a cell set in the middle of its row).
bool starts_row(const VisualLine& line, const std::vector<std::size_t>& at, const VisualLine& above,
                const std::vector<std::size_t>& above_at, const std::vector<Column>& columns,
                const std::vector<bool>& row_has, double pitch) {
  const Segment* label = in_column(line, at, 0);
  if (label == nullptr) return false;
  if (line.segments.size() < 2) return in_column(above, above_at, 0) == nullptr;
  for (std::size_t column = 0; column < columns.size(); ++column) {
    if (in_column(line, at, column) == nullptr) continue;
    const Segment* upper = in_column(above, above_at, column);
    if (upper == nullptr && (column == 0 || row_has[column])) return true;
    if (column == 0 && upper != nullptr && label->top - upper->top > kRowStep * pitch) return true;
    if (upper != nullptr && (!filled(*upper, column, columns, above.em) || parse::ends_sentence(upper->text) ||
                             centred_in(*upper, column, columns, above.em))) {
      return true;
    }
  }
  return false;
}

// The last line (from `i`, relative to `first`) of the paragraph column `c` holds at line `i`: it goes on
// while a line reaches the column's width without ending a sentence and the next line goes on in the
// column, no farther below than `pitch` (its lines' distance) allows: a narrow column's cells are full to
// its width, and a header's cell ("对应国/家分级") stands farther above the centred cell under it ("特别重/大").
std::size_t paragraph_end(const std::vector<VisualLine>& lines, std::size_t first,
                          const std::vector<std::vector<std::size_t>>& at, std::size_t c, std::size_t i, std::size_t n,
                          const std::vector<Column>& columns, double pitch) {
  std::size_t last = i;
  while (last + 1 < n) {
    const Segment* s = in_column(lines[first + last], at[last], c);
    if (!filled(*s, c, columns, lines[first + last].em) || parse::ends_sentence(s->text)) break;
    const Segment* next = in_column(lines[first + last + 1], at[last + 1], c);
    if (next == nullptr || next->top - s->top > kParagraphStep * pitch) break;
    ++last;
  }
  return last;
}

// Whether the table's cells are set in the middle of their rows (Word's vertical centring): the line after
// the first row is no row's first line, and before most rows' first line a line without first-column
// text starts a paragraph of its own in another column. In a table set from the top, a row's first line
// holds its first cell.
bool centred(const std::vector<VisualLine>& lines, std::size_t first, const std::vector<std::vector<std::size_t>>& at,
             const std::vector<std::size_t>& starts, const std::vector<Column>& columns) {
  if (starts.size() < 3) return false;
  // The first line after the first row's own (its cells' wrapped lines) holds the next row's first cell
  // in a table set from the top, however its cells are split into paragraphs.
  const auto goes_on = [&](std::size_t i) {
    for (std::size_t k = 0; k < at[i].size(); ++k) {
      const Segment* upper = in_column(lines[first + i - 1], at[i - 1], at[i][k]);
      if (upper == nullptr || !filled(*upper, at[i][k], columns, lines[first + i - 1].em) || parse::ends_sentence(upper->text)) {
        return false;
      }
    }
    return true;
  };
  std::size_t next = 1;
  while (next < starts[1] && goes_on(next)) ++next;
  if (next == starts[1]) return false;
  std::size_t above = 0;
  for (std::size_t r = 1; r < starts.size(); ++r) {
    const std::size_t i = starts[r] - 1;  // the line before the row's first line
    if (i == 0 || in_column(lines[first + i], at[i], 0) != nullptr) continue;
    bool opens = false;
    for (std::size_t k = 0; k < at[i].size() && !opens; ++k) {
      const Segment* upper = in_column(lines[first + i - 1], at[i - 1], at[i][k]);
      opens = upper == nullptr || !filled(*upper, at[i][k], columns, lines[first + i - 1].em) || parse::ends_sentence(upper->text);
    }
    above += opens ? 1 : 0;
  }
  return above * 2 >= starts.size() - 1;
}


// The lines from `first` that may be one table's: they follow one another closely, their segments fit
// one set of columns, and it ends before lone cells that carry no cell above on (and before a heading set
// larger). Returns one past the region's last line, and its columns.
std::size_t table_region(const std::vector<VisualLine>& lines, std::size_t first, std::vector<Column>& columns) {
  std::size_t end = first;
  std::size_t kept = first;  // one past the last line that is no lone cell's text
  for (std::size_t i = first; i < lines.size(); ++i) {
    const VisualLine& line = lines[i];
    if (i > first && line.top - lines[i - 1].bottom > std::max(kRowGapPoints, kRowGap * std::max(line.em, lines[i - 1].em))) {
      break;
    }
    bool lone = line.segments.size() < 2;
    // A heading right after the table ("四、监测预警" over the next section) is set larger than its cells.
    if (lone && i > first && line.em > kLargerType * lines[i - 1].em) break;
    std::vector<Column> trial = columns;
    const auto at = place(line, trial);
    if (!at) break;
    if (lone && i > first) {
      // One cell alone carries on the same cell's line above (past a line set in the middle of the row
      // between them: a centred cell's), or is kept only if the table goes on.
      const Segment* upper = nullptr;
      std::size_t u = i;
      for (std::size_t back = 0; back < kCentredLinesBetween + 1 && u > first && upper == nullptr; ++back) {
        --u;
        std::vector<Column> before = trial;
        const auto above = place(lines[u], before);
        upper = above ? in_column(lines[u], *above, (*at)[0]) : nullptr;
      }
      lone = upper == nullptr || !filled(*upper, (*at)[0], trial, lines[u].em);
    }
    columns = std::move(trial);
    end = i + 1;
    if (!lone) kept = end;
  }
  return kept;
}

// Whether the region's lines are prose set in columns: a region this long with most lines full in every
// column. A line full in every column has text in each (a table's cell wrapped onto lines of its own, the
// other cells done, is no such line), and each column is wide enough for prose (a table's narrow label
// column, "特别/重大" or "P1", is full whatever it holds).
bool prose_region(const std::vector<VisualLine>& lines, std::size_t first, std::size_t end,
                  const std::vector<std::vector<std::size_t>>& at, const std::vector<Column>& columns) {
  std::size_t full = 0;
  for (std::size_t i = first; i < end; ++i) {
    bool all = lines[i].segments.size() == columns.size();
    for (std::size_t k = 0; k < lines[i].segments.size() && all; ++k) {
      const Column& c = columns[at[i - first][k]];
      all = all && c.right - c.left >= kProseColumn * lines[i].em && filled(lines[i].segments[k], at[i - first][k], columns, lines[i].em);
    }
    full += all ? 1 : 0;
  }
  const std::size_t n = end - first;
  return n >= kProseMinLines && static_cast<double>(full) >= kProseShare * static_cast<double>(n);
}

// The rows of the table on lines [first, end), each segment `at` its column: each row's cells, a cell's
// lines joined as wrapped text.
std::vector<PdfLine> table_rows(const std::vector<VisualLine>& lines, std::size_t first, std::size_t end,
                                const std::vector<std::vector<std::size_t>>& at, const std::vector<Column>& columns) {
  const std::size_t n = end - first;
  // Which line starts each row; the lines of each row's first cell.
  std::vector<std::size_t> row_of(n, 0);
  std::vector<std::size_t> starts{0};
  std::vector<bool> row_has(columns.size(), false);  // the columns with text in the row so far
  for (std::size_t c : at[0]) row_has[c] = true;
  const double label_pitch = column_pitch(lines, first, at, 0, n);
  for (std::size_t i = first + 1; i < end; ++i) {
    if (starts_row(lines[i], at[i - first], lines[i - 1], at[i - 1 - first], columns, row_has, label_pitch)) {
      starts.push_back(i - first);
      row_has.assign(columns.size(), false);
    }
    for (std::size_t c : at[i - first]) row_has[c] = true;
    row_of[i - first] = starts.size() - 1;
  }
  std::vector<PdfLine> rows(starts.size(), PdfLine{{}, std::vector<std::string>(columns.size())});
  const auto add = [&](std::size_t row, std::size_t line, std::size_t k, bool same_line) {
    std::string& cell = rows[row].cells[at[line][k]];
    if (same_line) {
      if (!cell.empty()) cell += ' ';
      cell += lines[first + line].segments[k].text;
    } else {
      append_wrapped(cell, lines[first + line].segments[k].text);
    }
  };
  if (!centred(lines, first, at, starts, columns)) {
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<bool> seen(columns.size(), false);
      for (std::size_t k = 0; k < at[i].size(); ++k) {
        add(row_of[i], i, k, seen[at[i][k]]);
        seen[at[i][k]] = true;
      }
    }
  } else {
    // Cells set in the middle of their row: the first column's text marks each row, and every other
    // cell's paragraph goes to the row whose mark is nearest its middle.
    std::vector<double> mark(starts.size());
    for (std::size_t r = 0; r < starts.size(); ++r) {
      const VisualLine& l = lines[first + starts[r]];
      mark[r] = (l.top + l.bottom) / 2;
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const double pitch = column_pitch(lines, first, at, c, n);
      for (std::size_t i = 0; i < n;) {
        const Segment* s = in_column(lines[first + i], at[i], c);
        if (s == nullptr) {
          ++i;
          continue;
        }
        std::size_t last = i;
        if (c > 0) last = paragraph_end(lines, first, at, c, i, n, columns, pitch);
        std::size_t row = row_of[i];
        if (c > 0) {
          // The marks go down the page with the rows: the nearest is one of the two around the middle.
          const double middle = (lines[first + i].top + lines[first + last].bottom) / 2;
          const auto after = std::lower_bound(mark.begin(), mark.end(), middle);
          row = static_cast<std::size_t>(after - mark.begin());
          if (row == mark.size() || (row > 0 && middle - mark[row - 1] <= mark[row] - middle)) --row;
        }
        for (std::size_t j = i; j <= last; ++j) {
          for (std::size_t k = 0; k < at[j].size(); ++k) {
            if (at[j][k] == c) add(row, j, k, false);
          }
        }
        i = last + 1;
      }
    }
  }
  return rows;
}
}  // namespace

std::optional<Table> table_at(const std::vector<VisualLine>& lines, std::size_t first) {
  std::vector<Column> columns;
  const std::size_t end = table_region(lines, first, columns);
  std::size_t apart = 0;
  for (std::size_t i = first; i < end; ++i) apart += lines[i].segments.size() >= 2 ? 1 : 0;
  if (apart < 2 || columns.size() < 2) return std::nullopt;

  // Every line's segments in the final columns.
  std::vector<std::vector<std::size_t>> at;
  for (std::size_t i = first; i < end; ++i) {
    std::vector<Column> same = columns;
    auto placed = place(lines[i], same);
    if (!placed) return std::nullopt;  // cannot happen: the columns only grew
    at.push_back(std::move(*placed));
  }
  Table table;
  table.end = end;
  if (prose_region(lines, first, end, at, columns)) {
    table.none = true;
    return table;
  }
  table.rows = table_rows(lines, first, end, at, columns);
  // Titles and their page numbers: a table of contents, whose lines the outline reads as such.
  table.none = std::all_of(table.rows.begin(), table.rows.end(), [](const PdfLine& row) {
    return row.cells.back().empty() || page_numbers(row.cells.back());
  });
  return table;
}

}  // namespace plancheck::office::pdf_detail
