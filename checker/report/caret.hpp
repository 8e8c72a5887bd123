// Terminal carets under CJK text: where a finding's span sits on screen, in East Asian display width.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace plancheck::report {

// The marks to print under `line` for a span of `span` code points starting at 1-based code-point
// `column`: white space as wide as the text before the column (tabs kept as tabs so terminals align),
// then one '^' per display column of the spanned text (at least one; clamped to the end of the line).
std::string caret_marks(std::string_view line, int column, int span);

// The part of a source line a report shows around a finding: the whole line when it fits, else a window
// of at most `max_width` display columns around the span, each elided end marked with "…". `column` and
// `span` are the finding's, re-counted within `text`, so caret_marks(text, column, span) stays aligned.
struct SourceWindow {
  std::string text;
  int column = 1;  // 1-based code point of the span's start within `text`
  int span = 0;    // code points of the span within `text` (a span wider than the window is cut)
};
SourceWindow source_window(std::string_view line, int column, int span, int max_width);
// The same for a finding's source line, which of a very long line is itself only a window of it
// (Finding::source_line_from, source_line_cut): a cut end is elided like a line too long to show.
SourceWindow source_window(const Finding& f, int max_width);

// Display columns of source text shown in the text report and in the HTML report.
inline constexpr int kTextSourceWidth = 160;
inline constexpr int kHtmlSourceWidth = 1000;

}  // namespace plancheck::report
