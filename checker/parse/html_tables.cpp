#include "parse/html_tables.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string>

#include "parse/line_joining.hpp"
#include "parse/line_text.hpp"
#include "xml/libxml_support.hpp"

namespace plancheck::parse {

namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

bool named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

// Elements that end a paragraph of text (outside a table) or a cell's paragraph (inside one).
bool is_block(const xmlNode* n) {
  static constexpr const char* kBlocks[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                            "table", "tr", "blockquote", "pre", "dl", "dt", "dd", "hr"};
  if (n->type != XML_ELEMENT_NODE) return false;
  for (const char* b : kBlocks) {
    if (named(n, b)) return true;
  }
  return false;
}

// Writes the text of an HTML block into lines: each text node's white space folded (a line break inside
// Chinese text is none), each piece placed in the source where it stands as written.
class LineWriter {
 public:
  LineWriter(std::string_view source, std::size_t begin, std::size_t end, int group)
      : source_(source), cursor_(begin), end_(end), group_(group) {}

  // Text of a text node: a run of spaces becomes one space; a line break (and a paragraph's end inside a cell)
  // is a wrap, as a browser shows it: a space between two Latin words, none beside Chinese text; none at a
  // paragraph's or a cell's start.
  void text(std::string_view raw) {
    // Looked for no further than kReach bytes past the last piece (the markup between two pieces of text is
    // short), so that text written with entities, never found as such, costs no more than its neighbourhood.
    const std::size_t reach = std::min(end_, cursor_ + raw.size() + kReach);
    const std::size_t found = cursor_ < reach ? source_.substr(0, reach).find(raw, cursor_) : std::string_view::npos;
    const bool placed = !raw.empty() && found != std::string_view::npos;
    if (placed) cursor_ = found + raw.size();
    std::size_t i = 0;
    while (i < raw.size()) {
      std::size_t j = i;
      while (j < raw.size() && !is_space(raw[j])) ++j;
      if (j > i) {
        const std::string_view word = raw.substr(i, j - i);
        if (pending_ != Gap::None && line_.text.size() > start_) {
          append_piece(line_, pending_ == Gap::Space ? " " : join_separator(line_.text, word, LineFill::Unknown),
                       std::string_view::npos);
        }
        pending_ = Gap::None;
        append_piece(line_, word, placed ? found + i : std::string_view::npos);
      }
      i = j;
      for (; i < raw.size() && is_space(raw[i]); ++i) {
        if (pending_ != Gap::Wrap) pending_ = raw[i] == '\n' || raw[i] == '\r' ? Gap::Wrap : Gap::Space;
      }
    }
  }

  // A block element opens or closes: inside a cell the next paragraph goes on as after a wrap; outside the
  // tables the paragraph ends.
  void block_edge() {
    if (in_row_) {
      pending_ = Gap::Wrap;
    } else {
      flush();
    }
  }

  void start_row() {
    flush();
    in_row_ = true;
    line_ = SourceLine{};
    line_.kind = LineKind::TableRow;
    line_.group = group_;
    start_ = 0;
  }
  void start_cell() {
    if (!line_.cells.empty() || cell_open_) append_piece(line_, " | ", std::string_view::npos);
    cell_open_ = true;
    start_ = line_.text.size();
    pending_ = Gap::None;
  }
  void end_cell() {
    if (!cell_open_) return;
    cell_open_ = false;
    line_.cells.emplace_back(std::string_view(line_.text).substr(start_));
  }
  void end_row() {
    end_cell();
    if (!line_.cells.empty()) lines_.push_back(std::move(line_));
    line_ = SourceLine{};
    in_row_ = false;
  }
  bool in_row() const { return in_row_; }

  // A paragraph outside the tables ends.
  void flush() {
    if (in_row_) return;
    trim_line(line_);
    if (!line_.text.empty()) {
      line_.kind = LineKind::Text;
      line_.group = group_;
      lines_.push_back(std::move(line_));
    }
    line_ = SourceLine{};
    start_ = 0;
    pending_ = Gap::None;
  }

  std::vector<SourceLine> take() {
    if (in_row_) end_row();
    flush();
    return std::move(lines_);
  }

 private:
  static constexpr std::size_t kReach = 512;

  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

  std::string_view source_;
  std::size_t cursor_;
  std::size_t end_;
  int group_;
  SourceLine line_;
  std::vector<SourceLine> lines_;
  bool in_row_ = false;
  bool cell_open_ = false;
  enum class Gap { None, Space, Wrap };
  Gap pending_ = Gap::None;  // white space read since the last word
  std::size_t start_ = 0;    // where the open cell (or paragraph) starts in line_.text
};

// Walks the tree in document order with an explicit stack (a block nested without end costs no C++ stack).
void walk(const xmlNode* first, LineWriter& out) {
  struct Frame {
    const xmlNode* node;
    bool leaving;
  };
  std::vector<Frame> stack;
  const auto push_children = [&](const xmlNode* parent_first) {
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = parent_first; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, false});
  };
  push_children(first);
  while (!stack.empty()) {
    const Frame f = stack.back();
    stack.pop_back();
    const xmlNode* n = f.node;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) out.text(reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    if (f.leaving) {
      if (named(n, "tr")) {
        out.end_row();
      } else if (named(n, "td") || named(n, "th")) {
        out.end_cell();
      } else if (is_block(n)) {
        out.block_edge();
      }
      continue;
    }
    if (named(n, "tr")) {
      out.start_row();
    } else if ((named(n, "td") || named(n, "th")) && out.in_row()) {
      out.start_cell();
    } else if (is_block(n)) {
      out.block_edge();
    }
    stack.push_back({n, true});
    push_children(n->children);
  }
}

}  // namespace

std::vector<SourceLine> html_table_lines(std::string_view source, std::size_t begin, std::size_t end, int group) {
  const std::string_view block = source.substr(begin, end - begin);
  if (block.find("<table") == std::string_view::npos && block.find("<TABLE") == std::string_view::npos) return {};
  if (block.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) return {};
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_NOIMPLIED | HTML_PARSE_NOBLANKS;
  xml::ensure_libxml_initialised();  // before libxml2 is used from several threads
  const std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(block.data(), static_cast<int>(block.size()), nullptr, "UTF-8", options));
  if (!doc) return {};
  LineWriter out(source, begin, end, group);
  walk(doc->children, out);
  std::vector<SourceLine> lines = out.take();
  // "<table" in a comment or an attribute: no row read, the block stays as it was.
  if (std::none_of(lines.begin(), lines.end(), [](const SourceLine& l) { return l.kind == LineKind::TableRow; })) return {};
  return lines;
}

void read_html_tables(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& blocks,
                      std::vector<SourceLine>& lines, std::vector<bool>& code_or_html) {
  std::vector<SourceLine> out_lines;
  std::vector<bool> out_code;
  std::size_t next = 0;  // the first line not yet copied
  for (const auto& [first, last] : blocks) {
    const SourceLine& end_line = lines[last - 1];
    const std::size_t begin = std::min(lines[first].offset, text.size());
    const std::size_t end = std::min(text.find('\n', std::min(end_line.offset, text.size())), text.size());
    if (begin >= end) continue;
    std::vector<SourceLine> read = html_table_lines(text, begin, end, lines[first].group);
    if (read.empty()) continue;
    for (; next < first; ++next) {
      out_lines.push_back(std::move(lines[next]));
      out_code.push_back(code_or_html[next]);
    }
    for (SourceLine& l : read) {
      out_lines.push_back(std::move(l));
      out_code.push_back(false);
    }
    next = last;
  }
  if (next == 0) return;  // no table read
  for (; next < lines.size(); ++next) {
    out_lines.push_back(std::move(lines[next]));
    out_code.push_back(code_or_html[next]);
  }
  lines = std::move(out_lines);
  code_or_html = std::move(out_code);
}

}  // namespace plancheck::parse
