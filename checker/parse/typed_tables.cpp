#include "parse/typed_tables.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "core/erase_marked.hpp"
#include "parse/heading_number.hpp"
#include "parse/line_joining.hpp"
#include "parse/line_text.hpp"
#include "parse/table_of_contents.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

// A table in plain text: Word's text export writes a row's cells separated by tabs, hand-made tables use
// '|' (or ｜), and text copied out of a PDF's table keeps a gap of spaces between its cells. A line with two
// cells or more so separated is a row when the line before or after it is one too, with the same separator
// and as many cells; a Markdown rule row (|---|---|) among them goes.
enum class CellSeparator { None, Tab, Pipe, Gap };

// The length of the gap between two cells at `i`: two ASCII spaces or more, or ideographic spaces (U+3000)
// with any spaces around them; 0 when a single space or no space stands there.
std::size_t gap_length(std::string_view line, std::size_t i) {
  std::size_t end = i;
  int spaces = 0;
  bool wide = false;
  while (end < line.size()) {
    if (line[end] == ' ') {
      ++spaces;
      ++end;
    } else if (line.compare(end, 3, "\u3000") == 0) {
      wide = true;
      end += 3;
    } else {
      break;
    }
  }
  return spaces >= 2 || wide ? end - i : 0;
}

// One Han character alone, as a word spaced out (组  长, 张  三) leaves it.
bool lone_han_character(std::string_view cell) {
  cell = trim_text(cell);
  std::size_t pos = 0;
  return !cell.empty() && text::is_cjk(text::next_code_point(cell, pos)) && pos == cell.size();
}

// A gap after a whole sentence (。！？) is the typist's space between sentences, and neither a spaced-out
// word's gap nor the one after a heading's or article's number separates cells.
bool gap_separates_cells(std::string_view line, std::size_t cell_start, std::size_t gap, std::size_t gap_end,
                         bool first) {
  std::size_t next_end = gap_end;
  while (next_end < line.size() && gap_length(line, next_end) == 0) ++next_end;
  if (spaced_word_gap(line.substr(cell_start, gap - cell_start), line.substr(gap_end, next_end - gap_end))) return false;
  // Not is_sentence_end: a cell may well end in ；or ：.
  if (std::u32string_view(U"。！？!?").find(last_code_point(line.substr(0, gap))) != std::u32string_view::npos) {
    return false;
  }
  return !first || !number_gap(line, gap);
}

struct RowCells {
  CellSeparator separator = CellSeparator::None;
  std::vector<std::pair<std::size_t, std::size_t>> cells;  // [begin, end) within the line, trimmed
  bool rule = false;                                        // every cell is made of - and :
};

RowCells row_cells(std::string_view line) {
  RowCells row;
  const bool tab = line.find('\t') != std::string_view::npos;
  const bool pipe = !tab && (line.find('|') != std::string_view::npos || line.find("｜") != std::string_view::npos);
  const bool gap = !tab && !pipe && (line.find("  ") != std::string_view::npos || line.find("\u3000") != std::string_view::npos);
  if (!tab && !pipe && !gap) return row;
  std::size_t start = 0;
  bool rule = true;
  const auto cell = [&](std::size_t end) {
    const std::string_view raw = line.substr(start, end - start);
    const std::string_view t = trim_text(raw);
    if (!t.empty()) {
      const std::size_t b = start + static_cast<std::size_t>(t.data() - raw.data());
      row.cells.emplace_back(b, b + t.size());
      rule = rule && t.find_first_not_of("-:") == std::string_view::npos;
    }
  };
  for (std::size_t i = 0; i < line.size();) {
    std::size_t len = 0;
    if (gap) {
      len = gap_length(line, i);
      if (len > 0 && !gap_separates_cells(line, start, i, i + len, row.cells.empty())) {
        i += len;
        continue;
      }
    } else if (tab ? line[i] == '\t' : line[i] == '|') {
      len = 1;
    } else if (!tab && line.compare(i, 3, "｜") == 0) {
      len = 3;
    }
    if (len == 0) {
      ++i;
      continue;
    }
    cell(i);
    i += len;
    start = i;
  }
  cell(line.size());
  // A table-of-contents entry copied with a tab or a gap before its page number is no row.
  const bool toc_entry = row.cells.size() >= 2 && (row.cells.size() == 2 || gap) && [&] {
    const std::string_view last = line.substr(row.cells.back().first, row.cells.back().second - row.cells.back().first);
    return last.find_first_not_of("0123456789") == std::string_view::npos && (!gap || parse_heading_number(line));
  }();
  if (row.cells.size() < 2 || toc_entry) {
    row.cells.clear();
    return row;
  }
  row.separator = tab ? CellSeparator::Tab : pipe ? CellSeparator::Pipe : CellSeparator::Gap;
  row.rule = rule;
  return row;
}

// The line's cells as a table row of its group.
SourceLine table_row(const SourceLine& line, const RowCells& cells) {
  SourceLine row;
  row.kind = LineKind::TableRow;
  row.group = line.group;
  for (std::size_t c = 0; c < cells.cells.size(); ++c) {
    const auto [b, e] = cells.cells[c];
    if (c > 0) append_piece(row, " | ", std::string_view::npos);
    append_text_range(row, line, b, e);
    row.cells.emplace_back(std::string_view(line.text).substr(b, e - b));
  }
  return row;
}

}  // namespace

bool spaced_word_gap(std::string_view before, std::string_view after) {
  return lone_han_character(before) || lone_han_character(after);
}

bool number_gap(std::string_view line, std::size_t gap) {
  const std::optional<HeadingNumber> number = parse_heading_number(line);
  if (number && number->title_offset >= gap) return true;
  const std::string_view before = line.substr(0, gap);
  static constexpr std::string_view kArticleEnds[] = {"条", "條", "章", "节", "節", "款", "篇", "部分"};  // 條, 節: traditional
  if (before.substr(0, 3) == "第" && text::code_point_count(before) <= 8) {
    for (const std::string_view end : kArticleEnds) {
      if (before.size() > end.size() && text::ends_with_at(before, before.size(), end)) return true;
    }
  }
  return false;
}


namespace {

// "注：…", "说明：…", "备注：…", "注1：…": a note on what is above it.
bool opens_a_note(std::string_view line) {
  line = trim_text(line);
  for (const std::string_view label : {"注", "说明", "备注", "附注"}) {
    if (line.substr(0, label.size()) != label) continue;
    std::size_t at = label.size();
    while (at < line.size() && line[at] >= '0' && line[at] <= '9') ++at;
    if (line.substr(at, 3) == "：" || line.substr(at, 1) == ":") return true;
  }
  return false;
}

}  // namespace

constexpr std::size_t kMaxWrappedLines = 3;  // lines a typed row's last cell may wrap onto between two rows

namespace {

// A table typed with gaps whose cells wrap inside their columns: a row fills every column, and the lines
// under it hold the rest of some of its cells, each piece where its column starts ("安全事件        全公司范围
// 交易无法进行；…" under "特别重大网络    集中交易系统…    红色    Ⅰ级"; "                转移，…" alone). Each
// piece is joined to its column's cell and the row becomes one TableRow. A line of one piece at the left
// margin is left to the wrapped-row reading below (a cell wrapped at the page's width starts the line).
void join_column_wrapped_rows(std::vector<SourceLine>& lines, std::vector<int>& widths, std::vector<RowCells>& rows,
                              const std::vector<int>& indents) {
  constexpr int kSlack = 1;  // columns a piece may stand off its cell's start
  // Where each cell of line i starts, in columns: each gap read once (a line of many cells stays linear).
  const auto starts = [&](std::size_t i, const RowCells& r) {
    std::vector<int> out;
    const std::string_view text = lines[i].text;
    int col = indents[i];
    std::size_t from = 0;
    for (const auto& cell : r.cells) {
      col += layout_columns(text.substr(from, cell.first - from));
      from = cell.first;
      out.push_back(col);
    }
    return out;
  };
  // The column of each piece of line j under a row whose cells start at `cols`; empty when one stands in none.
  // `full_first`: the row's first cell fills its column, so it may have wrapped.
  const auto columns_under = [&](std::size_t j, const std::vector<int>& cols, bool full_first) {
    std::vector<std::size_t> out;
    if (lines[j].kind != LineKind::Text || is_toc_heading(lines[j])) return out;
    RowCells pieces = rows[j];
    if (pieces.separator == CellSeparator::None) pieces.cells = {{0, lines[j].text.size()}};
    if (pieces.separator != CellSeparator::None && pieces.separator != CellSeparator::Gap) return out;
    // Pieces and columns both run left to right: each piece's column is looked for after the last one's.
    std::size_t c = 0;
    for (int a : starts(j, pieces)) {
      while (c < cols.size() && cols[c] + kSlack < a) ++c;
      if (c == cols.size() || a < cols[c] - kSlack) return std::vector<std::size_t>{};
      out.push_back(c++);
    }
    // A heading's or list item's number at the margin opens no piece of a cell; under a later column it is a
    // numbered item of that cell ("              2. 政务数据或个人信息泄露…" under the criteria column).
    if (!out.empty() && out.front() == 0 &&
        (parse_heading_number(lines[j].text) || bullet_marker_length(lines[j].text) > 0)) {
      return std::vector<std::size_t>{};
    }
    // One piece at the left margin continues the first column only if that cell filled its column and the
    // piece fits it and ends no sentence ("事件" under "重大网络安全"); else it is the rest of a row wrapped at
    // the page's width, or a line after the table (附件3 应急联系表).
    if (out.size() == 1 && out.front() == 0) {
      const std::string_view t = lines[j].text;
      if (!full_first || cols.size() < 2 || layout_columns(t) >= cols[1] - cols[0] || ends_sentence(t)) out.clear();
    }
    if (out.size() >= cols.size()) out.clear();
    return out;
  };
  using Piece = std::tuple<std::size_t, std::size_t, std::size_t>;  // line, begin, end
  struct Row {
    std::size_t line = 0;
    std::vector<std::vector<Piece>> cells;  // per column: the row's own cell, then the pieces under it
  };
  std::vector<bool> gone(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (rows[i].separator != CellSeparator::Gap || rows[i].rule) continue;
    // The table from line i: rows of as many cells as its first, each with the pieces under it.
    const std::size_t n = rows[i].cells.size();
    std::vector<Row> table;
    bool wrapped = false;
    std::size_t j = i;
    while (j < lines.size() && rows[j].separator == CellSeparator::Gap && rows[j].cells.size() == n && !rows[j].rule) {
      Row row{j, std::vector<std::vector<Piece>>(n)};
      for (std::size_t c = 0; c < n; ++c) row.cells[c].emplace_back(j, rows[j].cells[c].first, rows[j].cells[c].second);
      const std::vector<int> cols = starts(j, rows[j]);
      constexpr int kGap = 4;  // the widest gap a full first cell leaves before the next column
      const bool full_first =
          n > 1 && indents[j] + layout_columns(std::string_view(lines[j].text).substr(0, rows[j].cells[0].second)) >= cols[1] - kGap;
      std::size_t k = j + 1;
      for (; k < lines.size(); ++k) {
        const std::vector<std::size_t> under = columns_under(k, cols, full_first);
        if (under.empty()) break;
        RowCells r = rows[k];
        if (r.separator == CellSeparator::None) r.cells = {{0, lines[k].text.size()}};
        for (std::size_t u = 0; u < under.size(); ++u) row.cells[under[u]].emplace_back(k, r.cells[u].first, r.cells[u].second);
        wrapped = true;
      }
      table.push_back(std::move(row));
      j = k;
    }
    if (!wrapped || table.size() < 2) continue;
    for (const Row& t : table) {
      SourceLine row;
      row.kind = LineKind::TableRow;
      row.group = lines[t.line].group;
      for (std::size_t c = 0; c < n; ++c) {
        if (c > 0) append_piece(row, " | ", std::string_view::npos);
        std::string cell;
        for (const auto& [line, b, e] : t.cells[c]) {
          append_text_range(row, lines[line], b, e);
          cell += std::string_view(lines[line].text).substr(b, e - b);
        }
        row.cells.push_back(std::move(cell));
      }
      for (std::size_t c = 0; c < n; ++c) {
        for (const auto& piece : t.cells[c]) {
          if (std::get<0>(piece) != t.line) gone[std::get<0>(piece)] = true;
        }
      }
      lines[t.line] = std::move(row);
      rows[t.line] = RowCells{};
    }
    i = j - 1;
  }
  erase_marked(gone, lines, widths, rows);
}

}  // namespace

void mark_typed_table_rows(std::vector<SourceLine>& lines, std::vector<int>& widths, const std::vector<int>& indents) {
  std::vector<RowCells> rows(lines.size());
  bool any = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::Text) continue;
    rows[i] = row_cells(lines[i].text);
    any = any || rows[i].separator != CellSeparator::None;
  }
  if (!any) return;
  if (indents.size() == lines.size()) join_column_wrapped_rows(lines, widths, rows, indents);
  // A row wrapped at the page's width goes on in the lines after it (a PDF's line, text copied out of one):
  // a line without separators after a row line that reaches the page's width (less two characters)
  // continues that row's last cell, unless it opens with a heading's or list item's number.
  // Lines between two rows of one separator and as many cells continue the row above whatever its width
  // (rows spaced apart: from three quarters of it): a wrapper that counts characters leaves a row of Latin
  // letters and tabs or spaces short of the widest line ("特别重大⇥P1⇥顶级域名权威解析中断，…；" then "或注册数据
  // 泄露…", then "重大⇥P2⇥…"; "P1    重大    多个省份…泄" then "露；…", then "P2    较大    …").
  // The page's width is that of its prose: a row of a wider table (a contact list's telephone columns after
  // a gap each) set it past the width a narrower table's rows wrap at, and their wrapped cells were lost.
  // It is the width most prose lines were wrapped at where one stands out: a single wider line (Ⅰ级 and
  // ① are set full width, a wrapper that counts characters leaves their line wider) raised the widest
  // line's width past the rows', and their wrapped cells were lost too.
  std::vector<int> prose;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::Text && rows[i].separator == CellSeparator::None) prose.push_back(widths[i]);
  }
  int page = wrap_width(prose);
  if (page == 0) page = prose.empty() ? 0 : *std::max_element(prose.begin(), prose.end());
  if (page == 0) page = *std::max_element(widths.begin(), widths.end());
  // A heading's or list item's number opens no wrapped piece of a cell, nor does the title 目录 (a version
  // table right above a table of contents took the title into its last cell, and the entries became headings).
  // Nor does a note under the table ("注：预警级别可以根据事态发展升级或者降级；").
  const auto plain = [&](std::size_t i) {
    return lines[i].kind == LineKind::Text && rows[i].separator == CellSeparator::None &&
           !parse_heading_number(lines[i].text) && bullet_marker_length(lines[i].text) == 0 && !is_toc_heading(lines[i]) &&
           !opens_a_note(lines[i].text);
  };
  const auto next_row_alike = [&](std::size_t row, std::size_t i) {
    if (rows[row].separator == CellSeparator::None) return false;
    // Cells spaced apart also make a form's fields ("事件发生时间    事件类型" over "影响范围和危害"): the row
    // must come near the width for a line after it to be its cell's rest.
    if (rows[row].separator == CellSeparator::Gap && widths[row] * 4 < page * 3) return false;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + kMaxWrappedLines; ++j) {
      if (rows[j].separator != CellSeparator::None) {
        return rows[j].separator == rows[row].separator && rows[j].cells.size() == rows[row].cells.size();
      }
      if (!plain(j)) return false;
    }
    return false;
  };
  std::vector<std::size_t> continues(lines.size(), std::string::npos);  // the row line it continues
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::size_t prev = i - 1;
    const bool after_row = rows[prev].separator != CellSeparator::None || continues[prev] != std::string::npos;
    if (!after_row || !plain(i)) continue;
    const std::size_t row = continues[prev] != std::string::npos ? continues[prev] : prev;
    if (widths[prev] < page - kWrapSlack && !next_row_alike(row, i)) continue;
    continues[i] = row;
  }
  // Rows pair with the nearest row line before and after them, over the lines that continue them.
  const auto next_row = [&](std::size_t i) {
    std::size_t j = i + 1;
    while (j < lines.size() && continues[j] != std::string::npos) ++j;
    return j;
  };
  const auto pairs = [&](std::size_t a, std::size_t b) {
    return b < rows.size() && rows[a].separator != CellSeparator::None && rows[a].separator == rows[b].separator &&
           rows[a].cells.size() == rows[b].cells.size();
  };
  std::vector<bool> in_table(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (rows[i].separator == CellSeparator::None) continue;
    const std::size_t j = next_row(i);
    if (pairs(i, j)) in_table[i] = in_table[j] = true;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool continued = continues[i] != std::string::npos && in_table[continues[i]];
    if (continued || (in_table[i] && rows[i].rule)) continue;
    if (in_table[i]) {
      SourceLine row = table_row(lines[i], rows[i]);
      for (std::size_t k = i + 1; k < lines.size() && continues[k] == i; ++k) {
        append_piece(row, lines[k].text, lines[k].offset);
        row.cells.back() += lines[k].text;
      }
      lines[i] = std::move(row);
    }
    if (kept != i) {
      lines[kept] = std::move(lines[i]);
      widths[kept] = widths[i];
    }
    ++kept;
  }
  lines.resize(kept);
  widths.resize(kept);
}

std::vector<bool> mark_tables_in_paragraphs(std::vector<SourceLine>& lines, const std::vector<bool>& code) {
  std::vector<bool> dropped(lines.size(), false);
  const auto typed_row = [&](std::size_t i, CellSeparator separator) {
    if (i >= lines.size() || lines[i].kind != LineKind::Text || (i < code.size() && code[i])) return RowCells{};
    RowCells row = row_cells(lines[i].text);
    return row.separator == separator ? row : RowCells{};
  };
  const auto tab_row = [&](std::size_t i) {
    RowCells row = typed_row(i, CellSeparator::Tab);
    return row.cells.size() >= 2 ? row : RowCells{};
  };
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i + 1].group != lines[i].group) continue;
    const int group = lines[i].group;
    const RowCells header = typed_row(i, CellSeparator::Pipe);
    const RowCells rule = header.cells.empty() || header.rule ? RowCells{} : typed_row(i + 1, CellSeparator::Pipe);
    if (rule.rule && rule.cells.size() == header.cells.size()) {
      lines[i] = table_row(lines[i], header);
      dropped[i + 1] = true;
      std::size_t j = i + 2;
      for (; j < lines.size() && lines[j].group == group; ++j) {
        const RowCells row = typed_row(j, CellSeparator::Pipe);
        if (row.cells.empty()) break;
        lines[j] = table_row(lines[j], row);
      }
      i = j - 1;
      continue;
    }
    // Rows typed with tabs, one line after another (a table copied from a web page or Word as text): from two
    // lines of two cells or more on, however many cells each has (an empty cell leaves no text between tabs).
    if (tab_row(i).cells.empty() || tab_row(i + 1).cells.empty()) continue;
    std::size_t j = i;
    for (; j < lines.size() && lines[j].group == group; ++j) {
      const RowCells row = tab_row(j);
      if (row.cells.empty()) break;
      lines[j] = table_row(lines[j], row);
    }
    i = j - 1;
  }
  return dropped;
}

}  // namespace plancheck::parse
