#include "office/odt_reader.hpp"

#include <vector>

#include "office/odt_lists.hpp"
#include "office/office_xml.hpp"
#include "office/package_properties.hpp"

namespace plancheck::office {

namespace {

using parse::LineKind;

constexpr int kMaxDepth = 64;

// The list a paragraph is in: its list style and 1-based level (0: not in a list).
struct ListContext {
  std::string style;
  int level = 0;
};

struct Paragraph {
  std::vector<std::string> lines{std::string()};
  std::vector<pugi::xml_node> anchored;  // note bodies and text boxes, read after the paragraph
};

class OdtBody {
 public:
  explicit OdtBody(OdtLists& lists) : lists_(lists) {}

  std::vector<OfficeLine> take() { return std::move(lines_); }

  void blocks(pugi::xml_node parent, int depth, const ListContext& list) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = local_name(n.name());
      if (name == "p" || name == "h") {
        paragraph(n, depth, list);
      } else if (name == "list") {
        this->list(n, depth, list);
      } else if (name == "table") {
        table(n, depth);
      } else if (name == "section" || name == "text-box") {
        blocks(n, depth + 1, list);
      } else if (name == "table-of-content" && !cells_ && !lines_.empty() && is_toc_title(lines_.back().text)) {
        lines_.pop_back();  // "目录" above the generated table would read as the start of one
      }
      // text:table-of-content, text:tracked-changes, office:annotation, office:forms: not plan text
    }
  }

 private:
  void inline_content(pugi::xml_node parent, Paragraph& p, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() == pugi::node_pcdata) {
        append_collapsed(p.lines.back(), n.value());
        continue;
      }
      const std::string_view name = local_name(n.name());
      if (name == "s") {
        p.lines.back().append(static_cast<std::size_t>(std::max(1, to_int(attr(n, "c")).value_or(1))), ' ');
      } else if (name == "tab") {
        p.lines.back() += '\t';
      } else if (name == "line-break") {
        p.lines.emplace_back();
      } else if (name == "note") {
        if (pugi::xml_node body = child(n, "note-body")) p.anchored.push_back(body);
      } else if (name == "frame") {
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
          if (is(c, "text-box")) p.anchored.push_back(c);
        }
      } else if (name == "span" || name == "a" || name == "meta" || name == "ruby" || name == "ruby-base" ||
                 name == "number") {
        inline_content(n, p, depth + 1);
      }
      // office:annotation, text:bookmark*, text:change*, text:soft-page-break, draw:* other than frames
    }
  }

  // ODF collapses runs of white space in text nodes to one space (explicit spaces are text:s).
  static void append_collapsed(std::string& out, std::string_view text) {
    for (char c : text) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (space && !out.empty() && out.back() == ' ') continue;
      out += space ? ' ' : c;
    }
  }

  // A list continues an earlier one (LibreOffice writes each Word list paragraph as a list of its own) or
  // starts afresh; only the item's first paragraph carries the number.
  void list(pugi::xml_node n, int depth, const ListContext& outer) {
    ListContext inner{std::string(attr(n, "style-name")), outer.level + 1};
    if (inner.style.empty()) inner.style = outer.style;
    if (inner.level == 1 && attr(n, "continue-numbering") != "true" && attr(n, "continue-list").empty()) {
      lists_.restart(inner.style);
    }
    for (pugi::xml_node item = n.first_child(); item; item = item.next_sibling()) {
      const bool header = is(item, "list-header");
      if (!header && !is(item, "list-item")) continue;
      if (const auto start = to_int(attr(item, "start-value"))) lists_.set_start(inner.style, inner.level, *start);
      numbered_item_ = !header;
      blocks(item, depth + 1, inner);
      numbered_item_ = false;
    }
  }

  // The number drawn before a paragraph: its list item's, or a heading's from the outline style.
  std::optional<std::string> label(pugi::xml_node n, const ListContext& list, int heading_level) {
    if (list.level > 0) {
      if (!numbered_item_) return std::nullopt;
      numbered_item_ = false;
      if (attr(n, "restart-numbering") == "true") {
        lists_.set_start(list.style, list.level, to_int(attr(n, "start-value")).value_or(1));
      }
      return lists_.next(list.style, list.level);
    }
    if (heading_level > 0 && attr(n, "is-list-header") != "true") return lists_.next("", heading_level);
    return std::nullopt;
  }

  void paragraph(pugi::xml_node n, int depth, const ListContext& list) {
    ++paragraph_number_;
    const int level = is(n, "h") ? std::max(1, to_int(attr(n, "outline-level")).value_or(1)) : 0;
    const bool bullet = list.level > 0 && numbered_item_ && lists_.is_bullet(list.style, list.level);
    std::optional<std::string> number = label(n, list, level);
    Paragraph p;
    inline_content(n, p, depth);
    // A producer that wrote the number itself (text:number) has it in the text already.
    if (number && !child(n, "number")) p.lines.front().insert(0, *number);
    ++group_;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
      OfficeLine line;
      line.text = std::move(p.lines[i]);
      line.group = group_;
      line.place.paragraph = paragraph_number_;
      if (i == 0 && level > 0) {
        line.kind = LineKind::Heading;
        line.heading_level = std::min(level, 9);
      }
      if (i == 0 && bullet) {
        line.kind = LineKind::Bullet;
        line.marker = "•";
      }
      if (cells_) {
        if (!cells_->empty()) *cells_ += ' ';
        *cells_ += line.text;
      } else {
        lines_.push_back(std::move(line));
      }
    }
    const int anchor = paragraph_number_;
    for (pugi::xml_node body : p.anchored) blocks(body, depth + 1, ListContext{});
    paragraph_number_ = anchor;
  }

  void rows(pugi::xml_node parent, int depth) {
    for (pugi::xml_node r = parent.first_child(); r; r = r.next_sibling()) {
      const std::string_view name = local_name(r.name());
      if (name == "table-header-rows" || name == "table-rows" || name == "table-row-group") {
        rows(r, depth + 1);
      } else if (name == "table-row") {
        row(r, depth);
      }
    }
  }

  void row(pugi::xml_node r, int depth) {
    OfficeLine line;
    line.kind = LineKind::TableRow;
    line.group = ++group_;
    line.place.paragraph = paragraph_number_ + 1;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      // Covered cells sit under a cell spanning them and hold no text of their own.
      if (!is(c, "table-cell")) continue;
      std::string text;
      std::string* outer = cells_;
      cells_ = &text;
      const std::size_t before = lines_.size();
      blocks(c, depth + 1, ListContext{});
      for (std::size_t i = before; i < lines_.size(); ++i) {
        for (const std::string& cell : lines_[i].cells) text += (text.empty() ? "" : " ") + cell;
      }
      lines_.resize(before);
      cells_ = outer;
      line.cells.push_back(std::move(text));
    }
    if (line.place.paragraph > paragraph_number_) line.place.paragraph = paragraph_number_;
    lines_.push_back(std::move(line));
  }

  void table(pugi::xml_node t, int depth) {
    if (depth > kMaxDepth) return;
    rows(t, depth + 1);
  }

  OdtLists& lists_;
  std::vector<OfficeLine> lines_;
  std::string* cells_ = nullptr;
  bool numbered_item_ = false;
  int paragraph_number_ = 0;
  int group_ = 0;
};

}  // namespace

Result<OfficeText> read_odt(ZipArchive& zip, const std::string& path) {
  ZipFailure failure;
  const std::optional<std::string> xml = zip.read("content.xml", failure);
  if (!xml) return ToolError{ErrorKind::Syntax, path, {}, failure.message};
  pugi::xml_document doc;
  if (const auto cause = parse_xml(*xml, doc, true)) {
    return ToolError{ErrorKind::Syntax, path, {},
                     Message{MsgId::OfficeBadPart, {{"file", path}, {"part", "content.xml"}, {"cause", *cause}}}};
  }
  OdtLists lists;
  if (zip.has("styles.xml")) {
    pugi::xml_document styles;
    const std::optional<std::string> styles_xml = zip.read("styles.xml", failure);
    if (!styles_xml) return ToolError{ErrorKind::Syntax, path, {}, failure.message};
    if (!parse_xml(*styles_xml, styles, false)) lists.read_styles(styles.document_element());
  }
  lists.read_styles(doc.document_element());
  const pugi::xml_node text_root = child(child(doc.document_element(), "body"), "text");
  OdtBody body(lists);
  body.blocks(text_root, 0, ListContext{});
  OfficeText text;
  text.lines = body.take();
  read_package_properties(zip, text);
  return text;
}

}  // namespace plancheck::office
