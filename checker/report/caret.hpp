// Terminal carets under CJK text: where a finding's span sits on screen, in East Asian display width.
#pragma once

#include <string>
#include <string_view>

namespace plancheck::report {

// The marks to print under `line` for a span of `span` code points starting at 1-based code-point
// `column`: white space as wide as the text before the column (tabs kept as tabs so terminals align),
// then one '^' per display column of the spanned text (at least one; clamped to the end of the line).
std::string caret_marks(std::string_view line, int column, int span);

}  // namespace plancheck::report
