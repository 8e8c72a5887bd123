#include "office/office_text.hpp"

#include <cctype>
#include <memory>

#include "parse/line_joining.hpp"
#include "parse/outline_recovery.hpp"

namespace plancheck::office {

namespace {

std::string join_cells(const std::vector<std::string>& cells) {
  std::string out;
  for (const std::string& c : cells) {
    if (!out.empty()) out += " | ";
    out += c;
  }
  return out;
}

// A line break inside an extracted line would shift every later line number.
void flatten(std::string& text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
}

}  // namespace

bool is_toc_title(std::string_view text) {
  std::string squeezed;
  for (char c : text) {
    if (c != ' ' && c != '\t') squeezed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return squeezed == "目录" || squeezed == "目錄" || squeezed == "目次" || squeezed == "contents" ||
         squeezed == "tableofcontents";
}

Document to_document(const std::string& path, InputFormat format, std::string how, OfficeText text) {
  Document d;
  d.path = path;
  d.format = format;
  d.encoding = "UTF-8";
  d.extraction = std::move(how);
  std::string utf8;
  std::vector<std::size_t> starts;
  d.places.reserve(text.lines.size());
  for (OfficeLine& line : text.lines) {
    if (line.kind == parse::LineKind::TableRow) {
      for (std::string& c : line.cells) flatten(c);
      line.text = join_cells(line.cells);
    }
    flatten(line.text);
    starts.push_back(utf8.size());
    utf8 += line.text;
    utf8 += '\n';
    d.places.push_back(line.place);
  }
  auto source = std::make_shared<SourceText>(std::move(utf8));
  d.source = source;
  std::vector<parse::SourceLine> lines;
  std::vector<int> widths;
  lines.reserve(text.lines.size());
  for (std::size_t i = 0; i < text.lines.size(); ++i) {
    OfficeLine& o = text.lines[i];
    parse::SourceLine line;
    line.kind = o.kind;
    line.heading_level = o.heading_level;
    line.bold = o.bold;
    line.marker = std::move(o.marker);
    line.cells = std::move(o.cells);
    line.group = o.group;
    line.offset = starts[i];
    parse::append_piece(line, o.text, starts[i]);
    parse::trim_line(line);
    if (line.text.empty()) continue;
    widths.push_back(parse::layout_width(line.text));
    lines.push_back(std::move(line));
  }
  // A PDF's lines are as the page set them; Word and OpenDocument paragraphs are whole.
  if (format == InputFormat::Pdf) parse::mark_line_fill(lines, widths);
  parse::recover_outline(std::move(lines), *source, d);
  if (d.metadata.title.empty()) d.metadata.title = text.title;
  if (d.metadata.organisation.empty()) d.metadata.organisation = text.company;
  d.metadata.author = text.author;
  return d;
}

}  // namespace plancheck::office
