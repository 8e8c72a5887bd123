#include "office/pdf_layout.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "office/pdf_table.hpp"
#include "parse/heading_number.hpp"
#include "parse/typed_tables.hpp"
#include "text/utf8.hpp"

namespace plancheck::office {

namespace {

using pdf_detail::Segment;
using pdf_detail::Table;
using pdf_detail::table_at;
using pdf_detail::VisualLine;

// All in ems of the line's type size (the height of its tallest word box).
constexpr double kCellGap = 0.6;      // a gap this wide on a line may part two cells; words and CJK runs are closer
constexpr double kSpacedWord = 2.5;   // a word's characters spaced out (姓　名) stand at most this far apart
constexpr double kTallBoxes = 1.6;  // word boxes this many times taller than a Han character is wide are tall
constexpr double kSameSize = 0.1;      // word boxes whose heights differ by at most this share are of one size
constexpr double kBaselineShift = 0.4;  // words of one size whose tops are this far apart are on two baselines
constexpr double kNarrowGap = 0.3;     // a gap this wide parts two cells where other lines' cells start
constexpr double kColumnSlack = 0.25;  // cells whose left edges are this close start at one column's edge
constexpr std::size_t kColumnStarts = 2;

// Whether two words of one visual line, of one type size (boxes as high), are set on baselines apart: a
// cell set in the middle of its row beside the first line of a taller cell ("特别重大" beside "集中交易系统
// 全部中断…"), however close a narrow column's label comes to the next column.
bool other_baseline(const VisualLine& line, const PdfWord& a, const PdfWord& b) {
  const double ha = a.bottom - a.top;
  const double hb = b.bottom - b.top;
  return std::abs(ha - hb) <= kSameSize * std::max(ha, hb) && std::abs(a.top - b.top) >= kBaselineShift * line.em;
}

// Whether a gap in the line's first segment follows the number the line starts with (a list's or an
// article's: "1." or "第三条" and a tab to the text), which parts no cells.
bool after_number(const VisualLine& line, const std::string& before, const std::string& next) {
  if (line.segments.size() > 1) return false;
  const std::string joined = before + "  " + next;
  return parse::number_gap(joined, before.size()) || parse::bullet_marker_length(joined) >= before.size();
}

// A wide gap, or any gap between words on baselines apart, parts two cells, but not one that spaces out a word (姓　名) or follows the number a line
// starts with (a list's or an article's: "1." or "第三条" and a tab to the text).
bool parts_cells(const VisualLine& line, const PdfWord& previous, const PdfWord& next) {
  const double gap = next.left - previous.right;
  const bool baselines_apart = gap > 0 && other_baseline(line, previous, next);
  if (gap < kCellGap * line.em && !baselines_apart) return false;
  const std::string& before = line.segments.back().text;
  // A word spaced out is spaced by a character or two, on one baseline; a cell's last character wrapped
  // alone ("组长" as "组" and "长") stands in its own column, farther off, and a line of the next cell set
  // beside a centred one ("一级" beside the "大" under "特别重") is on a baseline of its own.
  if (gap < kSpacedWord * line.em && !baselines_apart && parse::spaced_word_gap(before, next.text)) return false;
  return !after_number(line, before, next.text);
}


// How much taller than the type size the page's word boxes are: 1 for most exports, whose boxes are about
// an em high; Chromium's (Noto CJK) are about 2.5 em high, which would make every gap between cells look
// narrow. Measured on words of Han characters alone, whose advance is an em: the median of their boxes'
// height to that advance, when it is at least kTallBoxes.
double box_scale(const std::vector<PdfWord>& words) {
  std::vector<double> ratios;
  for (const PdfWord& w : words) {
    std::size_t n = 0;
    bool han = true;
    for (std::size_t pos = 0; pos < w.text.size() && han;) {
      han = text::is_cjk(text::next_code_point(w.text, pos));
      ++n;
    }
    if (!han || n == 0 || !(w.right > w.left)) continue;
    ratios.push_back((w.bottom - w.top) / ((w.right - w.left) / static_cast<double>(n)));
  }
  if (ratios.empty()) return 1;
  std::nth_element(ratios.begin(), ratios.begin() + static_cast<std::ptrdiff_t>(ratios.size() / 2), ratios.end());
  const double median = ratios[ratios.size() / 2];
  return std::isfinite(median) && median >= kTallBoxes ? median : 1;
}

// A gap narrower than a cell's inside a segment: where a label filling its narrow column comes within a
// cell's margins of the next cell ("特别重大网络安全事件" and "①SCADA系统…", 0.5 em apart).
struct NarrowGap {
  std::size_t line = 0;
  std::size_t segment = 0;
  std::size_t at = 0;  // where the text after the gap starts in the segment's text
  double before_right = 0;
  double left = 0;  // of the word after the gap
  double top = 0;
};

// Parts segments at narrow gaps that stand where other lines' cells start: a column's left edge, which at
// least kColumnStarts other cells or narrow gaps start at (within kColumnSlack em): the cells of a column
// whose every label comes that close to it ("Ⅰ级响应 特别重大事件", "Ⅱ级响应 重大事件") start there too.
void split_at_columns(std::vector<VisualLine>& lines, const std::vector<NarrowGap>& narrow) {
  if (narrow.empty()) return;
  std::vector<double> starts;
  for (const VisualLine& line : lines) {
    for (std::size_t k = 1; k < line.segments.size(); ++k) starts.push_back(line.segments[k].left);
  }
  for (const NarrowGap& g : narrow) starts.push_back(g.left);
  std::sort(starts.begin(), starts.end());
  // From the last gap back, so each split leaves the earlier gaps' places in their segments as they were.
  for (auto g = narrow.rbegin(); g != narrow.rend(); ++g) {
    VisualLine& line = lines[g->line];
    const double slack = kColumnSlack * line.em;
    const auto from = std::lower_bound(starts.begin(), starts.end(), g->left - slack);
    const auto to = std::upper_bound(starts.begin(), starts.end(), g->left + slack);
    if (to - from < static_cast<std::ptrdiff_t>(kColumnStarts) + 1) continue;  // the gap's own start counts too
    Segment& s = line.segments[g->segment];
    Segment after{s.text.substr(g->at), g->left, s.right, g->top};
    s.text.resize(g->at);
    while (!s.text.empty() && s.text.back() == ' ') s.text.pop_back();
    s.right = g->before_right;
    line.segments.insert(line.segments.begin() + static_cast<std::ptrdiff_t>(g->segment) + 1, std::move(after));
  }
}

std::vector<VisualLine> visual_lines(std::vector<PdfWord>& words) {
  // A box without a finite, positive height and an order of its sides (a broken or hostile file's) is no word.
  words.erase(std::remove_if(words.begin(), words.end(),
                             [](const PdfWord& w) {
                               return w.text.empty() || !std::isfinite(w.left) || !std::isfinite(w.right) ||
                                      !std::isfinite(w.top) || !std::isfinite(w.bottom) || !(w.bottom > w.top) ||
                                      w.right < w.left;
                             }),
              words.end());
  std::stable_sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
    const double ca = a.top + a.bottom;
    const double cb = b.top + b.bottom;
    return ca != cb ? ca < cb : a.left < b.left;
  });
  // Words whose middle lies within the first word's height are on its line.
  std::vector<std::vector<const PdfWord*>> grouped;
  double band_top = 0;
  double band_bottom = 0;
  for (const PdfWord& w : words) {
    const double middle = (w.top + w.bottom) / 2;
    if (grouped.empty() || middle < band_top || middle > band_bottom) {
      grouped.emplace_back();
      band_top = w.top;
      band_bottom = w.bottom;
    }
    grouped.back().push_back(&w);
  }
  const double scale = box_scale(words);
  std::vector<NarrowGap> narrow;
  std::vector<VisualLine> lines;
  lines.reserve(grouped.size());
  for (auto& group : grouped) {
    std::stable_sort(group.begin(), group.end(), [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
    VisualLine line;
    line.top = group.front()->top;
    line.bottom = group.front()->bottom;
    line.em = 0;
    for (const PdfWord* w : group) {
      line.top = std::min(line.top, w->top);
      line.bottom = std::max(line.bottom, w->bottom);
      line.em = std::max(line.em, (w->bottom - w->top) / scale);
    }
    const PdfWord* previous = nullptr;
    for (const PdfWord* w : group) {
      if (previous == nullptr || parts_cells(line, *previous, *w)) {
        line.segments.push_back(Segment{w->text, w->left, w->right, w->top});
      } else {
        Segment& s = line.segments.back();
        const double gap = w->left - previous->right;
        const bool narrow_gap = gap >= kNarrowGap * line.em && gap < kCellGap * line.em && !after_number(line, s.text, w->text);
        if (previous->space_after || gap >= kCellGap * line.em) s.text += ' ';
        if (narrow_gap) narrow.push_back({lines.size(), line.segments.size() - 1, s.text.size(), s.right, w->left, w->top});
        s.text += w->text;
        s.right = std::max(s.right, w->right);
      }
      previous = w;
    }
    lines.push_back(std::move(line));
  }
  split_at_columns(lines, narrow);
  return lines;
}

std::string line_text(const VisualLine& line) {
  std::string out;
  for (const Segment& s : line.segments) {
    if (!out.empty()) out += ' ';
    out += s.text;
  }
  return out;
}

}  // namespace

std::optional<std::vector<PdfLine>> page_with_tables(std::vector<PdfWord> words) {
  const std::vector<VisualLine> lines = visual_lines(words);
  std::vector<PdfLine> out;
  bool any = false;
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].segments.size() >= 2) {
      if (std::optional<Table> table = table_at(lines, i)) {
        for (; table->none && i < table->end; ++i) out.push_back(PdfLine{line_text(lines[i]), {}});
        if (table->none) continue;
        any = true;
        for (PdfLine& row : table->rows) out.push_back(std::move(row));
        i = table->end;
        continue;
      }
    }
    out.push_back(PdfLine{line_text(lines[i]), {}});
    ++i;
  }
  if (!any) return std::nullopt;
  return out;
}

}  // namespace plancheck::office
