// The UTF-8 text of one input file with a line index, so any byte offset maps to line and column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// A position in a source file. `line` and `column` are 1-based; `column` counts Unicode code points
// (as SARIF's columnKind "unicodeCodePoints"). `offset` is a byte offset into the UTF-8 text.
// line == 0 means "no position" (e.g. a requirement that is missing from the whole plan).
struct Location {
  std::size_t offset = 0;
  int line = 0;
  int column = 0;

  bool known() const { return line > 0; }
  friend bool operator==(const Location& a, const Location& b) {
    return a.offset == b.offset && a.line == b.line && a.column == b.column;
  }
};

// Where a line of text extracted from a Word, OpenDocument or PDF file is in that file: the paragraph
// (1-based, body paragraphs in document order, table cells included), or the page and the line on it.
struct OriginalPlace {
  int paragraph = 0;
  int page = 0;
  int page_line = 0;

  bool known() const { return paragraph > 0 || page > 0; }
};

// "¶57" for a paragraph, "p3:L12" for page 3, line 12; "" when unknown. Used after the file name in
// compiler-style locations ("plan.docx:¶57:"), so it holds no spaces.
std::string place_label(const OriginalPlace& place);

// Number of code points in UTF-8 text (bytes that are not continuation bytes), counted eight bytes at a time.
std::size_t count_code_points(std::string_view utf8);

class SourceText {
 public:
  SourceText() = default;
  explicit SourceText(std::string utf8);

  const std::string& text() const { return text_; }
  std::size_t size() const { return text_.size(); }

  // Location of a byte offset (clamped to the end of the text).
  Location locate(std::size_t offset) const;
  // 1-based line number → that line's text without its line terminator ("" if out of range).
  std::string_view line(int number) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  // Code points before byte k * kBlock; keeps locate() cheap on very long lines (XML on one line), which
  // would otherwise count every byte from the line start on each call.
  static constexpr std::size_t kBlock = 256;
  std::size_t code_points_before(std::size_t offset) const;

  std::string text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> block_code_points_;
};

}  // namespace plancheck
