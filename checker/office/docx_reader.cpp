#include "office/docx_reader.hpp"

#include <map>
#include <optional>
#include <vector>

#include "office/docx_numbering.hpp"
#include "office/docx_styles.hpp"
#include "office/office_xml.hpp"
#include "office/package_properties.hpp"

namespace plancheck::office {

namespace {

using parse::LineKind;

constexpr int kMaxDepth = 64;  // nested tables and text boxes deeper than this are not plan text
constexpr std::size_t kMaxInstruction = 1024;  // a field code longer than this is not one to recognise

// A complex field (w:fldChar begin … separate … end) open in the text being read.
struct Field {
  std::string instruction;
  bool in_result = false;
  bool toc = false;  // a TOC field whose result is being read
};

// The text of one paragraph as Word shows it, split at soft line breaks.
struct ParagraphText {
  std::vector<std::string> lines{std::string()};
  std::size_t bold_chars = 0;
  std::size_t plain_chars = 0;
  std::vector<pugi::xml_node> text_boxes;
  std::vector<std::string> footnotes;
  bool in_toc = false;  // some of its text is a table of contents' cached entry

  void add(std::string_view text, bool bold) {
    lines.back() += text;
    for (char c : text) {
      if (c == ' ' || c == '\t' || (static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
      ++(bold ? bold_chars : plain_chars);
    }
  }
};

bool is_toc_instruction(std::string_view instruction) {
  const std::size_t start = instruction.find_first_not_of(' ');
  return start != std::string_view::npos && instruction.substr(start, 3) == "TOC";
}

class DocxBody {
 public:
  DocxBody(const DocxStyles& styles, DocxNumbering& numbering, const std::map<std::string, pugi::xml_node>& notes)
      : styles_(styles), numbering_(numbering), notes_(notes) {}

  std::vector<OfficeLine> take() { return std::move(lines_); }

  // Paragraphs, tables and content controls of a story (the body, a cell, a text box, a footnote).
  void blocks(pugi::xml_node parent, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = local_name(n.name());
      if (name == "p") {
        paragraph(n, depth);
      } else if (name == "tbl") {
        table(n, depth);
      } else if (name == "sdt") {
        if (is_toc_control(n)) {
          drop_toc_title();
        } else {
          blocks(child(n, "sdtContent"), depth + 1);
        }
      } else if (name == "customXml" || name == "ins" || name == "moveTo") {
        blocks(n, depth + 1);
      }
    }
  }

 private:
  static bool is_toc_control(pugi::xml_node sdt) {
    const std::string_view gallery = attr(child(child(child(sdt, "sdtPr"), "docPartObj"), "docPartGallery"), "val");
    return gallery == "Table of Contents";
  }

  void drop_toc_title() {
    if (!cells_ && !lines_.empty() && is_toc_title(lines_.back().text)) lines_.pop_back();
  }

  // Inside the shown result of a TOC field: the cached entries, not plan text.
  bool suppressed() const { return open_tocs_ > 0; }

  void run(pugi::xml_node r, ParagraphText& text, bool style_bold) {
    const pugi::xml_node rpr = child(r, "rPr");
    if (on(child(rpr, "vanish"))) return;  // hidden text
    const pugi::xml_node b = child(rpr, "b");
    const bool bold = b ? on(b) : style_bold;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      const std::string_view name = local_name(c.name());
      if (name == "fldChar") {
        field_char(attr(c, "fldCharType"));
      } else if (name == "instrText") {
        if (!fields_.empty() && fields_.back().instruction.size() < kMaxInstruction) {
          fields_.back().instruction += c.text().get();
        }
      } else if (name == "footnoteReference" || name == "endnoteReference") {
        const auto note = notes_.find(std::string(name.substr(0, 3)) + std::string(attr(c, "id")));
        if (note != notes_.end()) text.footnotes.push_back(note->first);
      } else if (name == "drawing" || name == "pict" || name == "AlternateContent" || name == "object") {
        collect_text_boxes(c, text.text_boxes, 0);
      } else if (suppressed()) {
        text.in_toc = true;
      } else if (name == "t") {
        text.add(c.text().get(), bold);
      } else if (name == "tab" || name == "ptab") {
        text.add("\t", bold);
      } else if (name == "br" || name == "cr") {
        const std::string_view type = attr(c, "type");
        if (type != "page" && type != "column") text.lines.emplace_back();
      } else if (name == "noBreakHyphen") {
        text.add("-", bold);
      }
    }
  }

  void field_char(std::string_view type) {
    if (type == "begin") {
      fields_.emplace_back();
    } else if (type == "separate" && !fields_.empty() && !fields_.back().in_result) {
      fields_.back().in_result = true;
      fields_.back().toc = is_toc_instruction(fields_.back().instruction);
      if (fields_.back().toc) ++open_tocs_;
    } else if (type == "end" && !fields_.empty()) {
      if (fields_.back().toc) --open_tocs_;
      fields_.pop_back();
    }
  }

  // Text boxes: DrawingML (wps:txbx) and VML (v:textbox); of mc:AlternateContent only the first choice,
  // since the fallback repeats the same text.
  void collect_text_boxes(pugi::xml_node node, std::vector<pugi::xml_node>& out, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      const std::string_view name = local_name(c.name());
      if (name == "txbxContent") {
        out.push_back(c);
      } else if (name == "Fallback") {
        continue;
      } else if (c.type() == pugi::node_element) {
        collect_text_boxes(c, out, depth + 1);
        if (name == "Choice") break;
      }
    }
  }

  // Runs inside hyperlinks, smart tags, content controls, insertions and simple fields; deletions and
  // moved-from text are dropped (tracked changes read as accepted).
  void inline_content(pugi::xml_node parent, ParagraphText& text, bool style_bold, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = local_name(n.name());
      if (name == "r") {
        run(n, text, style_bold);
      } else if (name == "fldSimple") {
        if (!is_toc_instruction(attr(n, "instr"))) inline_content(n, text, style_bold, depth + 1);
      } else if (name == "sdt") {
        inline_content(child(n, "sdtContent"), text, style_bold, depth + 1);
      } else if (name == "hyperlink" || name == "smartTag" || name == "customXml" || name == "ins" ||
                 name == "moveTo" || name == "bdo" || name == "dir") {
        inline_content(n, text, style_bold, depth + 1);
      }
    }
  }

  void paragraph(pugi::xml_node p, int depth) {
    if (depth_of_story_ == 0) ++paragraph_number_;
    const pugi::xml_node ppr = child(p, "pPr");
    std::string style(attr(child(ppr, "pStyle"), "val"));
    if (style.empty()) style = styles_.default_style();
    ParagraphText text;
    inline_content(p, text, styles_.bold(style), depth);
    if (!pending_.empty()) {
      text.lines.front().insert(0, pending_);
      pending_.clear();
    }
    if (on(child(child(ppr, "rPr"), "del"))) {
      // The paragraph mark is deleted: accepted, this paragraph runs on into the next one.
      for (const std::string& l : text.lines) pending_ += l;
      return;
    }
    const std::optional<ListLabel> label = list_label(ppr, style);
    if (styles_.is_toc(style) || text.in_toc) drop_toc_title();
    if (styles_.is_toc(style)) return;
    emit(text, label, heading_level(ppr, style));
    for (pugi::xml_node box : text.text_boxes) story(box, depth);
    for (const std::string& note : text.footnotes) story(notes_.at(note), depth);
  }

  // A story other than the body (a text box, a footnote): its paragraphs keep the anchor's number.
  void story(pugi::xml_node root, int depth) {
    ++depth_of_story_;
    const int anchor = paragraph_number_;
    blocks(root, depth + 1);
    paragraph_number_ = anchor;
    --depth_of_story_;
  }

  // The paragraph's own w:numPr wins; without one (or with only a level), the style's list applies.
  std::optional<ListLabel> list_label(pugi::xml_node ppr, const std::string& style) {
    const pugi::xml_node num_pr = child(ppr, "numPr");
    const pugi::xml_node own_id = child(num_pr, "numId");
    const pugi::xml_node own_level = child(num_pr, "ilvl");
    if (own_id) return numbering_.next(std::string(attr(own_id, "val")), to_int(attr(own_level, "val")).value_or(0));
    const std::optional<StyleNumbering> by_style = styles_.numbering(style);
    if (!by_style) return std::nullopt;
    int ilvl = 0;
    if (own_level) {
      ilvl = to_int(attr(own_level, "val")).value_or(0);
    } else if (by_style->ilvl) {
      ilvl = *by_style->ilvl;
    } else {
      ilvl = numbering_.level_for_style(by_style->num_id, by_style->style_id);
    }
    return numbering_.next(by_style->num_id, ilvl);
  }

  int heading_level(pugi::xml_node ppr, const std::string& style) const {
    if (pugi::xml_node o = child(ppr, "outlineLvl")) {
      const int level = to_int(attr(o, "val")).value_or(9);
      return level >= 0 && level < 9 ? level + 1 : 0;
    }
    return styles_.heading_level(style);
  }

  void emit(const ParagraphText& text, const std::optional<ListLabel>& label, int heading_level) {
    ++group_;
    for (std::size_t i = 0; i < text.lines.size(); ++i) {
      OfficeLine line;
      line.group = group_;
      line.place.paragraph = paragraph_number_;
      line.text = text.lines[i];
      if (i == 0) {
        line.bold = text.bold_chars > 0 && text.plain_chars == 0;
        if (heading_level > 0) {
          line.kind = LineKind::Heading;
          line.heading_level = heading_level;
        }
        if (label && label->bullet) {
          line.kind = LineKind::Bullet;
          line.marker = label->text;
        } else if (label && !label->text.empty()) {
          line.text.insert(0, label->text + label->suffix);
        }
      }
      if (cells_) {
        if (!cells_->empty()) *cells_ += ' ';
        *cells_ += line.text;
        continue;
      }
      lines_.push_back(std::move(line));
    }
  }

  void table(pugi::xml_node tbl, int depth) {
    if (depth > kMaxDepth) return;
    std::map<std::size_t, std::string> merged_above;  // grid column → text of a vertically merged cell
    for (pugi::xml_node tr = tbl.first_child(); tr; tr = tr.next_sibling()) {
      if (!is(tr, "tr")) continue;
      if (on(child(child(tr, "trPr"), "del"))) continue;
      OfficeLine row;
      row.kind = LineKind::TableRow;
      row.group = ++group_;
      row.place.paragraph = paragraph_number_ + 1;
      std::size_t column = 0;
      for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
        if (!is(tc, "tc")) continue;
        const pugi::xml_node tcpr = child(tc, "tcPr");
        const int span = std::max(1, to_int(attr(child(tcpr, "gridSpan"), "val")).value_or(1));
        std::string cell = cell_text(tc, depth);
        if (const pugi::xml_node vmerge = child(tcpr, "vMerge")) {
          // A continued vertical merge shows the text of the cell that starts it.
          if (attr(vmerge, "val") == "restart") merged_above[column] = cell;
          else cell = merged_above[column];
        } else {
          merged_above.erase(column);
        }
        row.cells.push_back(std::move(cell));
        column += static_cast<std::size_t>(span);
      }
      if (row.place.paragraph > paragraph_number_) row.place.paragraph = paragraph_number_;
      lines_.push_back(std::move(row));
    }
  }

  std::string cell_text(pugi::xml_node tc, int depth) {
    std::string text;
    std::string* outer = cells_;
    cells_ = &text;
    // Rows of a nested table become text of this cell.
    const std::size_t before = lines_.size();
    blocks(tc, depth + 1);
    for (std::size_t i = before; i < lines_.size(); ++i) {
      for (const std::string& c : lines_[i].cells) {
        if (!text.empty()) text += ' ';
        text += c;
      }
    }
    lines_.resize(before);
    cells_ = outer;
    return text;
  }

  const DocxStyles& styles_;
  DocxNumbering& numbering_;
  const std::map<std::string, pugi::xml_node>& notes_;
  std::vector<OfficeLine> lines_;
  std::vector<Field> fields_;
  int open_tocs_ = 0;
  std::string pending_;
  std::string* cells_ = nullptr;
  int paragraph_number_ = 0;
  int depth_of_story_ = 0;
  int group_ = 0;
};

// Parses an optional part; a missing part gives an empty document, a broken one an error.
std::optional<ToolError> load_part(ZipArchive& zip, const std::string& part, bool required, pugi::xml_document& doc,
                                   const std::string& path) {
  if (!required && !zip.has(part)) return std::nullopt;
  ZipFailure failure;
  const std::optional<std::string> xml = zip.read(part, failure);
  if (!xml) return ToolError{ErrorKind::Syntax, path, {}, failure.message};
  if (const auto cause = parse_xml(*xml, doc, false)) {
    return ToolError{ErrorKind::Syntax, path, {},
                     Message{MsgId::OfficeBadPart, {{"file", path}, {"part", part}, {"cause", *cause}}}};
  }
  return std::nullopt;
}

void collect_notes(pugi::xml_node root, const char* prefix, std::map<std::string, pugi::xml_node>& notes) {
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    const std::string_view type = attr(n, "type");
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
    notes[std::string(prefix) + std::string(attr(n, "id"))] = n;
  }
}

}  // namespace

Result<OfficeText> read_docx(ZipArchive& zip, const std::string& path) {
  pugi::xml_document document, styles_xml, numbering_xml, footnotes_xml, endnotes_xml;
  if (auto e = load_part(zip, "word/document.xml", true, document, path)) return *e;
  if (auto e = load_part(zip, "word/styles.xml", false, styles_xml, path)) return *e;
  if (auto e = load_part(zip, "word/numbering.xml", false, numbering_xml, path)) return *e;
  if (auto e = load_part(zip, "word/footnotes.xml", false, footnotes_xml, path)) return *e;
  if (auto e = load_part(zip, "word/endnotes.xml", false, endnotes_xml, path)) return *e;
  const DocxStyles styles(styles_xml.document_element());
  DocxNumbering numbering(numbering_xml.document_element());
  std::map<std::string, pugi::xml_node> notes;
  collect_notes(footnotes_xml.document_element(), "foo", notes);
  collect_notes(endnotes_xml.document_element(), "end", notes);
  DocxBody body(styles, numbering, notes);
  body.blocks(child(document.document_element(), "body"), 0);
  OfficeText text;
  text.lines = body.take();
  read_package_properties(zip, text);
  return text;
}

}  // namespace plancheck::office
