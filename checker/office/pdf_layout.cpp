#include "office/pdf_layout.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "office/pdf_table.hpp"
#include "parse/heading_number.hpp"
#include "parse/plain_text_reader.hpp"
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

// Whether two words of one visual line, of one type size (boxes as high), are set on baselines apart: a
// cell set in the middle of its row beside the first line of a taller cell ("特别重大" beside "集中交易系统
// 全部中断…"), however close a narrow column's label comes to the next column.
bool other_baseline(const VisualLine& line, const PdfWord& a, const PdfWord& b) {
  const double ha = a.bottom - a.top;
  const double hb = b.bottom - b.top;
  return std::abs(ha - hb) <= kSameSize * std::max(ha, hb) && std::abs(a.top - b.top) >= kBaselineShift * line.em;
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
  if (line.segments.size() > 1) return true;
  const std::string joined = before + "  " + next.text;
  return !parse::number_gap(joined, before.size()) && parse::bullet_marker_length(joined) < before.size();
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
        if (previous->space_after || w->left - previous->right >= kCellGap * line.em) s.text += ' ';
        s.text += w->text;
        s.right = std::max(s.right, w->right);
      }
      previous = w;
    }
    lines.push_back(std::move(line));
  }
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
