#include "parse/ruled_tables.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "parse/line_joining.hpp"
#include "parse/line_text.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

bool is_box_drawing(char32_t c) { return c >= U'\u2500' && c <= U'\u257F'; }

// A column's border: '|' (pandoc), │ ┃ ║ (box drawing), ｜.
bool is_vertical(char32_t c) { return c == U'|' || c == U'│' || c == U'┃' || c == U'║' || c == U'｜'; }

// A horizontal stroke of a rule: - and = (pandoc), ─ ━ ═ and the dashed ones.
bool is_horizontal(char32_t c) {
  return c == U'-' || c == U'=' || c == U'─' || c == U'━' || c == U'═' || (c >= U'\u2504' && c <= U'\u250B') ||
         (c >= U'\u254C' && c <= U'\u254F');
}

constexpr std::size_t kMinRule = 3;  // code points of the shortest rule: "+-+"

// Whether the line may be drawn at all, from its first bytes past the blanks: '+', '|', a box-drawing
// character (U+2500–U+257F: E2 94 xx, E2 95 xx) or ｜ (EF BD 9C). Most lines open with a Han character and
// are let go here, undecoded.
bool may_be_drawn(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (line.compare(i, 3, "\u3000") == 0) return true;  // ideographic spaces: let the full reading decide
  if (i == line.size()) return false;
  const auto b = [&](std::size_t k) { return i + k < line.size() ? static_cast<unsigned char>(line[i + k]) : 0u; };
  return b(0) == '+' || b(0) == '|' || (b(0) == 0xE2 && (b(1) == 0x94 || b(1) == 0x95)) ||
         (b(0) == 0xEF && b(1) == 0xBD && b(2) == 0x9C);
}

enum class Drawing { None, Rule, Boxes };

// A line of strokes: it opens with '+' or a box-drawing character and holds only strokes, corners, joints,
// colons and spaces, a horizontal stroke among them. A rule ("+----+----+", "+:===+", "├──┼──┤", "└────┘") runs
// unbroken; boxes side by side, a flow chart's ("┌────┐    ┌────┐"), stand apart.
Drawing drawing(std::string_view line) {
  line = trim_text(line);
  std::size_t pos = 0, n = 0;
  bool horizontal = false, gap = false;
  while (pos < line.size()) {
    const char32_t c = text::next_code_point(line, pos);
    if (n++ == 0 && c != U'+' && !is_box_drawing(c)) return Drawing::None;
    if (!(c == U'+' || c == U':' || c == U' ' || c == U'\u3000' || is_vertical(c) || is_horizontal(c) || is_box_drawing(c))) {
      return Drawing::None;
    }
    horizontal = horizontal || is_horizontal(c);
    gap = gap || c == U' ' || c == U'\u3000';
  }
  if (!horizontal || n < kMinRule) return Drawing::None;
  return gap ? Drawing::Boxes : Drawing::Rule;
}

bool is_rule(std::string_view line) { return drawing(line) == Drawing::Rule; }

// Whether a rule is of a kind that rules off every row: box drawing ("├──┼──┤"), or pandoc's header rule
// ("+====+====+"), which only grid tables have.
bool draws_every_row(std::string_view rule) {
  std::size_t pos = 0;
  while (pos < rule.size()) {
    const char32_t c = text::next_code_point(rule, pos);
    if (c == U'=' || is_box_drawing(c)) return true;
  }
  return false;
}

// A row's line: "│特别重大│红色│Ⅰ级│", "| 重大 | 2\. … |": it opens and ends with a column's border. Its pieces,
// the text between two borders, trimmed ([begin, end) in the line; an empty cell is an empty range).
std::vector<std::pair<std::size_t, std::size_t>> row_pieces(std::string_view line) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const std::string_view t = trim_text(line);
  if (!is_vertical(first_code_point(t)) || !is_vertical(last_code_point(t)) || is_rule(t)) return out;
  const std::size_t base = static_cast<std::size_t>(t.data() - line.data());
  std::size_t pos = 0, start = std::string_view::npos;
  while (pos < t.size()) {
    const std::size_t at = pos;
    if (!is_vertical(text::next_code_point(t, pos))) continue;
    if (start != std::string_view::npos) {
      const std::string_view raw = t.substr(start, at - start);
      const std::string_view cell = trim_text(raw);
      const std::size_t b = base + start + static_cast<std::size_t>(cell.data() - raw.data());
      out.emplace_back(b, b + cell.size());
    }
    start = pos;
  }
  return out;
}

enum class LineShape { Other, Rule, Row };

}  // namespace

bool is_drawn_line(std::string_view line) {
  if (!may_be_drawn(line)) return false;
  line = trim_text(line);
  return drawing(line) != Drawing::None || (is_vertical(first_code_point(line)) && is_vertical(last_code_point(line)) &&
                                            first_code_point(line) != U'|');
}

std::vector<bool> mark_ruled_tables(std::vector<SourceLine>& lines, const std::vector<bool>& skip, bool across_groups) {
  std::vector<bool> dropped(lines.size(), false);
  const auto usable = [&](std::size_t i) {
    return lines[i].kind == LineKind::Text && (i >= skip.size() || !skip[i]);
  };
  std::vector<LineShape> shape(lines.size(), LineShape::Other);
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> pieces(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!usable(i) || !may_be_drawn(lines[i].text)) continue;
    if (is_rule(lines[i].text)) {
      shape[i] = LineShape::Rule;
    } else {
      pieces[i] = row_pieces(lines[i].text);
      if (!pieces[i].empty()) shape[i] = LineShape::Row;
    }
  }
  for (std::size_t i = 0; i < lines.size();) {
    if (shape[i] == LineShape::Other) {
      ++i;
      continue;
    }
    // The table: lines of rules and rows, one after another in one group.
    std::size_t end = i;
    while (end < lines.size() && shape[end] != LineShape::Other && (across_groups || lines[end].group == lines[i].group)) ++end;
    // Its rows' lines, in groups between rules.
    std::vector<std::vector<std::size_t>> between(1);
    bool any_rule = false;
    bool cell_rules = false;  // rules drawn as Word, WPS and pandoc draw them: every row ruled off
    std::size_t widest = 0;
    for (std::size_t k = i; k < end; ++k) {
      if (shape[k] == LineShape::Rule) {
        any_rule = true;
        cell_rules = cell_rules || draws_every_row(lines[k].text);
        if (!between.back().empty()) between.emplace_back();
      } else {
        between.back().push_back(k);
        widest = std::max(widest, pieces[k].size());
      }
    }
    if (between.back().empty()) between.pop_back();
    std::size_t row_lines = 0;
    for (const auto& g : between) row_lines += g.size();
    if (!any_rule || row_lines < 2 || widest < 2) {
      i = end;
      continue;
    }
    // Box drawing (a Word or WPS export) and pandoc's grid tables rule off every row, and rules between the
    // body's rows say so too: each run of lines between two rules is a row. Otherwise (a console's table of
    // dashes with its header ruled off) a line is a row, or the rest of the row above when its first cell is blank.
    const bool ruled_rows = cell_rules || between.size() >= 3;
    std::vector<std::vector<std::size_t>> rows;
    for (const auto& g : between) {
      if (ruled_rows) {
        rows.push_back(g);
        continue;
      }
      for (const std::size_t k : g) {
        const bool goes_on = !rows.empty() && &g != &between.front() && pieces[k].front().first == pieces[k].front().second;
        if (goes_on && rows.back().front() >= g.front()) {
          rows.back().push_back(k);
        } else {
          rows.push_back({k});
        }
      }
    }
    for (std::size_t k = i; k < end; ++k) dropped[k] = true;
    for (const auto& row : rows) {
      std::size_t columns = 0;
      for (const std::size_t k : row) columns = std::max(columns, pieces[k].size());
      SourceLine out;
      out.kind = LineKind::TableRow;
      out.group = lines[row.front()].group;
      for (std::size_t c = 0; c < columns; ++c) {
        if (c > 0) append_piece(out, " | ", std::string_view::npos);
        std::string cell;
        for (const std::size_t k : row) {
          if (c >= pieces[k].size()) continue;
          const auto [b, e] = pieces[k][c];
          if (b == e) continue;
          const std::string_view piece = std::string_view(lines[k].text).substr(b, e - b);
          const std::string_view separator = cell.empty() ? std::string_view() : join_separator(cell, piece, LineFill::Full);
          append_piece(out, separator, std::string_view::npos);
          append_text_range(out, lines[k], b, e);
          cell.append(separator).append(piece);
        }
        out.cells.push_back(std::move(cell));
      }
      lines[row.front()] = std::move(out);
      dropped[row.front()] = false;
    }
    i = end;
  }
  return dropped;
}

}  // namespace plancheck::parse
