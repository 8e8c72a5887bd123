// Running headers and footers: the lines a page layout repeats at the top or the bottom of every page (the
// plan's title or issuer, 内部资料, a page footer), which a PDF's text layer and text copied out of one
// carry in the middle of the plan's sentences.
#pragma once

#include <string_view>
#include <vector>

namespace plancheck::parse {

// The lines near an edge that may be running: a reading order may put a header after the page's first
// lines, so the first and the last three lines of a page are looked at, not only the outermost one.
inline constexpr std::size_t kRunningEdgeLines = 3;
// With fewer pages nothing can be told to repeat.
inline constexpr std::size_t kRunningMinPages = 3;

struct RunningLineOptions {
  // Whether lines at the top of the first page may be dropped. They may in a PDF; in text copied out of one
  // the first page starts the text, and a plan's title there often reads as its running header does. They
  // are counted either way.
  bool first_page_top = true;
  // Whether a page-number line at an edge is dropped too (the plain-text reader drops them everywhere).
  bool page_numbers = true;
};

// pages[p][l] is line l of page p in reading order (trimmed). A line is running when, with white space
// dropped and digits made alike ("第 3 页" and "第 4 页" are one line), it stands among the first (or the
// last) kRunningEdgeLines lines of at least three in five pages and of no fewer than kRunningMinPages. The
// title page and a short last page often lack the running lines, so not every page needs them. The result
// says, for each page and line, whether to drop it.
std::vector<std::vector<bool>> running_lines(const std::vector<std::vector<std::string_view>>& pages,
                                             const RunningLineOptions& options = {});

}  // namespace plancheck::parse
