#include "parse/markdown_reader.hpp"

#include <md4c.h>

#include "parse/line_joining.hpp"
#include "parse/line_text.hpp"
#include "parse/plain_text_reader.hpp"
#include "core/erase_marked.hpp"
#include "parse/html_tables.hpp"
#include "parse/ruled_tables.hpp"
#include "parse/typed_tables.hpp"

namespace plancheck::parse {

namespace {

constexpr std::size_t kNoSource = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxLabelBytes = 32;  // a footnote's label or a heading's attributes

// Markup of Markdown's extensions that md4c reads as text: a footnote reference ("…（第二十五条）[^1]", not a
// definition "[^1]: …" opening a line) and a heading's attributes ("## 3.2 预警发布 {#warn}"). No reader of the
// rendered plan sees them; left in, "1. 《…网络安全法》[^1]" read as a heading.
void drop_wiki_markup(SourceLine& line) {
  std::vector<std::pair<std::size_t, std::size_t>> cuts;
  for (std::size_t at = line.text.find("[^"); at != std::string::npos; at = line.text.find("[^", at)) {
    const std::size_t close = line.text.find(']', at + 2);
    const bool label = close != std::string::npos && close > at + 2 && close - at <= kMaxLabelBytes &&
                       line.text.find_first_of(" \t[", at + 2) >= close;
    const bool definition = label && at == 0 && close + 1 < line.text.size() && line.text[close + 1] == ':';
    if (!label || definition) {
      at += 2;
      continue;
    }
    cuts.emplace_back(at, close + 1);
    at = close + 1;
  }
  erase_text(line, cuts);
  if (line.kind != LineKind::Heading) return;
  std::size_t end = line.text.size();
  while (end > 0 && (line.text[end - 1] == ' ' || line.text[end - 1] == '\t')) --end;
  const std::size_t open = line.text.rfind('{', end);
  if (end == 0 || line.text[end - 1] != '}' || open == std::string::npos || end - open > kMaxLabelBytes) return;
  const std::string_view attributes = std::string_view(line.text).substr(open + 1, end - open - 2);
  if (attributes.empty() || (attributes.front() != '#' && attributes.front() != '.')) return;
  for (const char c : attributes) {
    if (static_cast<unsigned char>(c) >= 0x80) return;  // ASCII only: ids, classes, key=value
  }
  erase_text(line, {{open, line.text.size()}});
}

// Collects md4c's callbacks into lines. md4c hands out pointers into the buffer it parses, which is the
// source itself, so pointer arithmetic gives each piece's true offset.
class Collector {
 public:
  explicit Collector(const std::string& text) : text_(text), padding_budget_(text.size()) {}

  std::vector<SourceLine> take() { return std::move(lines_); }
  // For each line taken, whether it is code or HTML (a comment, say): text set apart from the prose.
  std::vector<bool> take_code_or_html() { return std::move(code_or_html_); }
  // The HTML blocks, as ranges [first, last) of the lines taken.
  std::vector<std::pair<std::size_t, std::size_t>> take_html_blocks() { return std::move(html_blocks_); }

  void enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_H: start_leaf(LineKind::Heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level)); break;
      case MD_BLOCK_P:
        if (!(in_leaf_ && pending_marker_)) start_leaf(LineKind::Text, 0);  // a loose list item's paragraph
        break;
      case MD_BLOCK_UL: case MD_BLOCK_OL: end_leaf(); ordered_.push_back(type == MD_BLOCK_OL); break;
      case MD_BLOCK_LI:
        start_leaf(ordered_.empty() || !ordered_.back() ? LineKind::Bullet : LineKind::Text, 0);
        pending_marker_ = true;
        break;
      case MD_BLOCK_TR: start_leaf(LineKind::TableRow, 0); break;
      case MD_BLOCK_TH: case MD_BLOCK_TD: in_cell_ = true; cell_has_text_ = false; break;
      case MD_BLOCK_CODE: start_leaf(LineKind::Text, 0); in_code_or_html_ = true; break;
      case MD_BLOCK_HTML:
        start_leaf(LineKind::Text, 0);
        in_code_or_html_ = true;
        html_from_ = lines_.size();
        in_html_ = true;
        break;
      default: break;
    }
  }

  void leave_block(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_UL: case MD_BLOCK_OL: end_leaf(); if (!ordered_.empty()) ordered_.pop_back(); break;
      case MD_BLOCK_TH: case MD_BLOCK_TD: end_cell(); break;
      case MD_BLOCK_H: case MD_BLOCK_P: case MD_BLOCK_LI: case MD_BLOCK_TR: case MD_BLOCK_CODE: case MD_BLOCK_HTML:
        end_leaf();
        break;
      default: break;
    }
  }

  void strong(int delta) { strong_ += delta; }

  // A footnote reference with its definition ("[^1]" and, at the end, "[^1]: 引用条款为修订前的条文序号。") is a
  // link to md4c: its text "^1" is dropped as drop_wiki_markup drops an undefined one.
  void enter_link() {
    link_start_ = current_.text.size();
    link_line_ = lines_.size();
  }
  void leave_link() {
    if (!in_leaf_ || link_line_ != lines_.size() || link_start_ >= current_.text.size()) return;
    const std::string_view label = std::string_view(current_.text).substr(link_start_);
    if (label.front() != '^' || label.size() > kMaxLabelBytes || label.find_first_of(" \t") != std::string_view::npos) return;
    link_cuts_.emplace_back(link_start_, current_.text.size());  // cut when the line ends: once, however many
  }

  void text(MD_TEXTTYPE type, const char* data, std::size_t size) {
    if (!in_leaf_ || type == MD_TEXT_NULLCHAR) return;
    if (type == MD_TEXT_HTML) {
      html_text(data, size);
      return;
    }
    plain_text(type, data, size);
  }

 private:
  // Raw HTML is kept as text, but an HTML comment (<!-- … -->, in a block or inline) is no part of the plan:
  // no reader of the rendered plan sees it.
  void html_text(const char* data, std::size_t size) {
    std::string_view s(data, size);
    while (!s.empty()) {
      if (in_comment_) {
        const std::size_t end = s.find("-->");
        if (end == std::string_view::npos) return;
        in_comment_ = false;
        s.remove_prefix(end + 3);
        continue;
      }
      const std::size_t open = s.find("<!--");
      const std::string_view before = s.substr(0, open);
      if (!before.empty()) plain_text(MD_TEXT_HTML, before.data(), before.size());
      if (open == std::string_view::npos) return;
      in_comment_ = true;
      s.remove_prefix(open + 4);
    }
  }

  void plain_text(MD_TEXTTYPE type, const char* data, std::size_t size) {
    if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) {
      if (current_.kind != LineKind::TableRow) break_line();
      return;
    }
    std::string_view piece(data, size);
    std::size_t offset = source_offset_of(data);
    for (std::size_t nl = piece.find('\n'); nl != std::string_view::npos; nl = piece.find('\n')) {
      add_piece(piece.substr(0, nl), offset);
      break_line();
      piece.remove_prefix(nl + 1);
      if (offset != kNoSource) offset += nl + 1;
    }
    add_piece(piece, offset);
  }

  std::size_t source_offset_of(const char* data) const {
    const char* begin = text_.data();
    return (data >= begin && data < begin + text_.size()) ? static_cast<std::size_t>(data - begin) : kNoSource;
  }

  void add_piece(std::string_view piece, std::size_t offset) {
    if (piece.empty()) return;
    if (in_cell_ && !cell_has_text_) {
      if (trim_text(piece).empty()) return;  // a cell's leading blanks
      open_cell();
    }
    if (pending_marker_) add_marker(offset);
    if (!trim_text(piece).empty()) (strong_ > 0 ? saw_strong_ : saw_plain_) = true;
    append_piece(current_, piece, offset);
  }

  // The list marker is not in md4c's text: take it from the source, between the line start and the text.
  void add_marker(std::size_t text_offset) {
    pending_marker_ = false;
    if (text_offset == kNoSource) return;
    std::size_t line_start = text_.rfind('\n', text_offset == 0 ? 0 : text_offset - 1);
    line_start = (line_start == std::string::npos || text_offset == 0) ? 0 : line_start + 1;
    std::string_view prefix = std::string_view(text_).substr(line_start, text_offset - line_start);
    const std::size_t cut = prefix.find_first_not_of(" \t>");
    if (cut == std::string_view::npos) return;
    const std::string_view marker = trim_text(prefix.substr(cut));
    if (current_.kind == LineKind::Bullet) {
      current_.marker = std::string(marker);
    } else {
      append_piece(current_, prefix.substr(cut), line_start + cut);  // "1. " kept: the number is content
    }
  }

  // md4c pads a short row to its header's width with empty cells (GFM), so a wide header over many short rows
  // would cost their product. A blank cell is held back: it is written when a later cell of its row has text,
  // and at the row's end only while the blank cells written so far stay within the file's size in bytes. So
  // every real table keeps its columns, and a row of a 4,000-column header ends at its last cell with text.
  // Cells are separated by " | ".
  void open_cell() {
    cell_has_text_ = true;
    write_held_blank_cells();
    if (!current_.cells.empty()) append_piece(current_, " | ", kNoSource);
    cell_start_ = current_.text.size();
  }

  void write_held_blank_cells() {
    for (; held_blank_cells_ > 0; --held_blank_cells_) {
      if (!current_.cells.empty()) append_piece(current_, " | ", kNoSource);
      current_.cells.emplace_back();
    }
  }

  void end_row() {
    if (held_blank_cells_ <= padding_budget_) {
      padding_budget_ -= held_blank_cells_;
      write_held_blank_cells();
    }
    held_blank_cells_ = 0;
  }

  void end_cell() {
    if (!in_cell_) return;
    in_cell_ = false;
    if (!cell_has_text_) {
      ++held_blank_cells_;
      return;
    }
    current_.cells.emplace_back(trim_text(std::string_view(current_.text).substr(cell_start_)));
  }

  void start_leaf(LineKind kind, int level) {
    end_leaf();
    in_leaf_ = true;
    ++group_;
    current_ = SourceLine{};
    current_.kind = kind;
    current_.heading_level = level;
    current_.group = group_;
  }

  void break_line() {
    const LineKind kind = current_.kind == LineKind::Bullet ? LineKind::Text : current_.kind;
    push_current();
    current_ = SourceLine{};
    current_.kind = kind;
    current_.group = group_;
  }

  void end_leaf() {
    if (!in_leaf_) return;
    push_current();
    if (in_html_ && lines_.size() > html_from_) html_blocks_.emplace_back(html_from_, lines_.size());
    in_html_ = false;
    in_leaf_ = false;
    pending_marker_ = false;
    in_code_or_html_ = false;
    in_comment_ = false;
  }

  void push_current() {
    if (current_.kind == LineKind::TableRow) end_row();
    erase_text(current_, link_cuts_);
    link_cuts_.clear();
    if (!in_code_or_html_ && current_.kind != LineKind::TableRow) drop_wiki_markup(current_);
    trim_line(current_);
    current_.bold = saw_strong_ && !saw_plain_;
    saw_strong_ = saw_plain_ = false;
    // A page footer a PDF export left inside a paragraph ("…分别对应特别重大、重大、" / "— 7 —" / "较大和一般…"): no
    // part of the text, and the sentence goes on across it. A bare number stays (it may be content).
    if (current_.kind == LineKind::Text && !in_code_or_html_ && is_page_number_line(current_.text) &&
        current_.text.find_first_not_of("0123456789") != std::string::npos) {
      current_.text.clear();
    }
    if (!current_.text.empty()) {
      lines_.push_back(std::move(current_));
      code_or_html_.push_back(in_code_or_html_);
    }
    current_ = SourceLine{};
  }

  const std::string& text_;
  std::vector<SourceLine> lines_;
  std::vector<bool> code_or_html_;
  SourceLine current_;
  std::vector<bool> ordered_;
  bool in_leaf_ = false;
  bool in_cell_ = false;
  bool cell_has_text_ = false;     // the open cell has had text other than blanks
  std::size_t held_blank_cells_ = 0;  // blank cells of the row not yet written (see open_cell)
  std::size_t padding_budget_;        // how many more blank cells may end rows (see open_cell)
  bool pending_marker_ = false;
  bool in_code_or_html_ = false;
  bool in_comment_ = false;  // inside an HTML comment (html_text)
  bool in_html_ = false;     // in an HTML block, whose first line is html_from_
  std::size_t html_from_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> html_blocks_;
  bool saw_strong_ = false;
  bool saw_plain_ = false;
  int strong_ = 0;
  int group_ = 0;
  std::size_t cell_start_ = 0;
  std::size_t link_start_ = 0;  // where the open link's text starts in current_
  std::size_t link_line_ = 0;   // lines_.size() when it opened: its text is on the line still open
  std::vector<std::pair<std::size_t, std::size_t>> link_cuts_;  // footnote links of current_, in order
};

Collector& collector(void* user) { return *static_cast<Collector*>(user); }

int on_enter_block(MD_BLOCKTYPE type, void* detail, void* user) { collector(user).enter_block(type, detail); return 0; }
int on_leave_block(MD_BLOCKTYPE type, void*, void* user) { collector(user).leave_block(type); return 0; }
int on_enter_span(MD_SPANTYPE type, void*, void* user) {
  if (type == MD_SPAN_STRONG) collector(user).strong(1);
  if (type == MD_SPAN_A) collector(user).enter_link();
  return 0;
}
int on_leave_span(MD_SPANTYPE type, void*, void* user) {
  if (type == MD_SPAN_STRONG) collector(user).strong(-1);
  if (type == MD_SPAN_A) collector(user).leave_link();
  return 0;
}
int on_text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* user) {
  collector(user).text(type, data, size);
  return 0;
}

std::string_view line_at(std::string_view text, std::size_t start, std::size_t& next) {
  std::size_t end = text.find('\n', start);
  next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view line = text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string yaml_title(std::string_view yaml) {
  for (std::size_t pos = 0, next = 0; pos < yaml.size(); pos = next) {
    const std::string_view line = line_at(yaml, pos, next);
    if (line.substr(0, 6) != "title:") continue;
    std::string_view value = trim_text(line.substr(6));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return {};
}

}  // namespace

std::size_t yaml_front_matter_length(std::string_view text) {
  std::size_t next = 0;
  if (trim_text(line_at(text, 0, next)) != "---") return 0;
  for (std::size_t pos = next; pos < text.size(); pos = next) {
    const std::string_view line = trim_text(line_at(text, pos, next));
    if (line == "---" || line == "...") return next;
  }
  return 0;
}

MarkdownLines read_markdown_lines(const SourceText& source) {
  MarkdownLines out;
  const std::string& text = source.text();
  const std::size_t yaml = yaml_front_matter_length(text);
  if (yaml > 0) out.title = yaml_title(std::string_view(text).substr(0, yaml));
  Collector collector(text);
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES;
  parser.enter_block = on_enter_block;
  parser.leave_block = on_leave_block;
  parser.enter_span = on_enter_span;
  parser.leave_span = on_leave_span;
  parser.text = on_text;
  md_parse(text.data() + yaml, static_cast<MD_SIZE>(text.size() - yaml), &parser, &collector);
  out.lines = collector.take();
  std::vector<bool> code_or_html = collector.take_code_or_html();
  read_html_tables(text, collector.take_html_blocks(), out.lines, code_or_html);
  const auto drop = [&](const std::vector<bool>& dropped) { erase_marked(dropped, out.lines, code_or_html); };
  // Tables md4c reads as a paragraph's lines: ruled ones (pandoc's grid tables, box drawing), a pipe table
  // written straight under a paragraph's line (no blank line between), a table typed with tabs: their rows.
  drop(mark_ruled_tables(out.lines, code_or_html));
  drop(mark_tables_in_paragraphs(out.lines, code_or_html));
  // Each line's width as the file lays it out (markup and indent included): a Markdown file may be
  // hard-wrapped like plain text. Several lines can start on one line of the file ("- - - a", nested list
  // items): that line is measured once, so no line of the file is read more than twice whatever it holds.
  std::vector<int> widths;
  widths.reserve(out.lines.size());
  std::size_t line_start = 0;
  std::size_t line_end = 0;  // [line_start, line_end): the file's line measured last
  int line_width = 0;
  for (const SourceLine& line : out.lines) {
    const std::size_t at = std::min(line.offset, text.size());
    if (at < line_start || at >= line_end || line_end == 0) {
      const std::size_t before = at == 0 ? std::string::npos : text.rfind('\n', at - 1);
      line_start = before == std::string::npos ? 0 : before + 1;
      line_end = std::min(text.find('\n', at), text.size());
      line_width = layout_width(std::string_view(text).substr(line_start, line_end - line_start));
    }
    // A flow chart's boxes and rules are drawn, as wide as the drawing: they tell nothing of the text's wrap.
    widths.push_back(is_drawn_line(line.text) ? 0 : line_width);
  }
  mark_line_fill(out.lines, widths);
  // A page's lines made paragraphs (a PDF converted, text pasted, then exported): a sentence goes on from
  // one block to the next, as in plain text. Code and HTML blocks are neither counted nor joined.
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (code_or_html[i]) widths[i] = 0;
  }
  if (paragraphs_are_lines(out.lines, widths)) {
    for (std::size_t i = 0; i < out.lines.size(); ++i) {
      if (!code_or_html[i]) out.lines[i].group = 0;
    }
  }
  return out;
}

}  // namespace plancheck::parse
