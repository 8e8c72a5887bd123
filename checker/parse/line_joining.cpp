#include "parse/line_joining.hpp"

#include "parse/line_text.hpp"

namespace plancheck::parse {

namespace {

// A short "label：value" line (牵头人：办公室主任) is a line of its own even without a full stop; a
// wrapped line of a sentence is either longer or has no such label.
constexpr std::size_t kShortLabelLine = 16;

bool is_label_line(std::string_view text) {
  return code_points(text) < kShortLabelLine && (text.find("：") != std::string_view::npos || text.find(':') != std::string_view::npos);
}

bool is_latin_word_char(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
}

Block start_block(const BodyLine& line, const SourceText& source) {
  Block block;
  block.kind = line.line->kind == LineKind::TableRow ? BlockKind::TableRow
               : line.marker.empty()                 ? BlockKind::Paragraph
                                                     : BlockKind::ListItem;
  block.marker = line.marker;
  block.cells = line.line->cells;
  block.location = source.locate(line.line->offset);
  append_line_to_block(block, *line.line, "");
  return block;
}

}  // namespace

bool continues_sentence(const BodyLine& previous, const BodyLine& next) {
  const SourceLine& prev = *previous.line;
  const SourceLine& cur = *next.line;
  if (prev.group != cur.group || prev.kind == LineKind::TableRow || cur.kind == LineKind::TableRow) return false;
  if (!next.marker.empty() || cur.kind == LineKind::Heading || is_date_line(cur.text)) return false;
  if (!previous.marker.empty() && trim_text(prev.text) == previous.marker) return true;  // "a)" alone
  if (ends_sentence(prev.text)) return false;
  return ends_mid_sentence(prev.text) || !is_label_line(prev.text);
}

std::string_view join_separator(std::string_view before, std::string_view after) {
  return is_latin_word_char(last_code_point(before)) && is_latin_word_char(first_code_point(after)) ? " " : "";
}

std::vector<Block> join_lines(const std::vector<BodyLine>& lines, const SourceText& source) {
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!blocks.empty() && continues_sentence(lines[i - 1], lines[i])) {
      Block& block = blocks.back();
      append_line_to_block(block, *lines[i].line, join_separator(block.text, lines[i].line->text));
    } else {
      blocks.push_back(start_block(lines[i], source));
    }
  }
  return blocks;
}

std::vector<Block> blocks_per_line(const std::vector<BodyLine>& lines, const SourceText& source) {
  std::vector<Block> blocks;
  for (const BodyLine& line : lines) blocks.push_back(start_block(line, source));
  return blocks;
}

}  // namespace plancheck::parse
