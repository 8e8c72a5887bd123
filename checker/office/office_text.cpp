#include "office/office_text.hpp"

#include <array>
#include <cctype>
#include <memory>

#include <unicode/uchar.h>

#include "core/erase_marked.hpp"
#include "parse/line_joining.hpp"
#include "parse/plain_text_reader.hpp"
#include "parse/line_text.hpp"
#include "parse/outline_recovery.hpp"
#include "parse/ruled_tables.hpp"
#include "parse/typed_tables.hpp"
#include "text/utf8.hpp"

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

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with_ascii_nocase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && lower_ascii(s.substr(0, prefix.size())) == prefix;
}

bool has_letter(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    if (u_isalpha(static_cast<UChar32>(text::next_code_point(s, pos)))) return true;
  }
  return false;
}

// The name a word processor gives a new, unnamed document: "Untitled", "Document1", "文档1", "新建 Microsoft
// Word 文档".
bool is_default_document_name(std::string_view t) {
  const std::string lower = lower_ascii(t);
  std::string_view stem = lower;
  while (!stem.empty() && (std::isdigit(static_cast<unsigned char>(stem.back())) || stem.back() == ' ')) stem.remove_suffix(1);
  static constexpr std::array<std::string_view, 11> kDefaultNames{
      "untitled", "document", "doc", "title", "无标题", "未命名", "文档", "标题", "新建 microsoft word 文档",
      "新建文档", "microsoft word 文档"};
  for (std::string_view name : kDefaultNames) {
    if (stem == name) return true;
  }
  return false;
}

}  // namespace

std::string property_title(std::string_view raw) {
  std::string_view t = parse::trim_text(raw);
  // PDF printers put the application and the file name: "Microsoft Word - 应急预案.docx".
  for (std::string_view app : {"microsoft word - ", "microsoft word – ", "microsoft word—", "microsoft word-"}) {
    if (starts_with_ascii_nocase(t, app)) {
      t = parse::trim_text(t.substr(app.size()));
      break;
    }
  }
  const std::size_t dot = t.rfind('.');
  if (dot != std::string_view::npos) {
    const std::string ext = lower_ascii(t.substr(dot + 1));
    if (ext == "doc" || ext == "docx" || ext == "wps" || ext == "odt" || ext == "pdf" || ext == "txt" || ext == "rtf") {
      t = parse::trim_text(t.substr(0, dot));
    }
  }
  if (!has_letter(t) || is_default_document_name(t)) return {};
  return std::string(t);
}

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
  bool after_footer = false;  // the last paragraph was a page footer, dropped
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
    // A page footer typed into the text as a paragraph of its own (a PDF converted to Word: "— 12 —" between the
    // two halves of a sentence) is no part of the plan. A bare number stays (a PDF's own page numbers are
    // told by their place on the page, and in Word it may be content).
    if (line.kind == parse::LineKind::Text && parse::is_page_number_line(line.text) &&
        line.text.find_first_not_of("0123456789") != std::string::npos) {
      after_footer = true;
      continue;
    }
    // The paragraph after it may go on with the sentence the page broke (joined as wrapped lines are).
    if (after_footer && line.kind == parse::LineKind::Text && !lines.empty() && lines.back().kind == parse::LineKind::Text) {
      line.group = lines.back().group;
    }
    after_footer = false;
    // A PDF table's row is as wide as its cells, not lines of the page's width: it says nothing of the wrap.
    const bool pdf_row = format == InputFormat::Pdf && line.kind == parse::LineKind::TableRow;
    widths.push_back(pdf_row ? 0 : parse::layout_width(line.text));
    lines.push_back(std::move(line));
  }
  // A table drawn with box characters or typed with '|' or tabs, a paragraph per line (or a PDF line per row), is
  // a table, as in plain text; a flow chart's boxes tell nothing of the wrap.
  erase_marked(parse::mark_ruled_tables(lines, {}, /*across_groups=*/true), lines, widths);
  parse::mark_typed_table_rows(lines, widths);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (parse::is_drawn_line(lines[i].text)) widths[i] = 0;
  }
  // A PDF's lines are as the page set them; Word and OpenDocument paragraphs are whole, or lines of a page.
  if (format == InputFormat::Pdf) {
    parse::mark_line_fill(lines, widths);
  } else {
    parse::mark_paragraph_fill(lines, widths);
  }
  parse::recover_outline(std::move(lines), *source, d);
  if (d.metadata.title.empty()) d.metadata.title = property_title(text.title);
  if (d.metadata.organisation.empty()) d.metadata.organisation = text.company;
  d.metadata.author = text.author;
  return d;
}

}  // namespace plancheck::office
