#include "core/document.hpp"

#include <algorithm>

namespace plancheck {

std::string_view to_string(InputFormat f) {
  switch (f) {
    case InputFormat::Xml: return "xml";
    case InputFormat::Markdown: return "markdown";
    case InputFormat::PlainText: return "text";
    case InputFormat::Docx: return "docx";
    case InputFormat::Pdf: return "pdf";
    case InputFormat::Odt: return "odt";
  }
  return "text";
}

std::string_view to_string(NumberingStyle s) {
  switch (s) {
    case NumberingStyle::None: return "none";
    case NumberingStyle::Part: return "part";
    case NumberingStyle::ChineseComma: return "chinese-comma";
    case NumberingStyle::ParenChinese: return "paren-chinese";
    case NumberingStyle::Arabic: return "arabic";
    case NumberingStyle::Dotted: return "dotted";
    case NumberingStyle::ParenArabic: return "paren-arabic";
    case NumberingStyle::Circled: return "circled";
    case NumberingStyle::Appendix: return "appendix";
  }
  return "none";
}

std::string_view to_string(BlockKind k) {
  switch (k) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::ListItem: return "list-item";
    case BlockKind::TableRow: return "table-row";
  }
  return "paragraph";
}

std::size_t Block::source_offset(std::size_t text_offset) const {
  if (segments.empty()) return location.offset;
  auto it = std::upper_bound(segments.begin(), segments.end(), text_offset,
                             [](std::size_t off, const Segment& s) { return off < s.text_offset; });
  if (it != segments.begin()) --it;
  const std::size_t delta = text_offset >= it->text_offset ? text_offset - it->text_offset : 0;
  return it->source_offset + std::min<std::size_t>(delta, it->length);
}

OriginalPlace Document::place_of(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > places.size()) return {};
  return places[static_cast<std::size_t>(line) - 1];
}

bool is_within_any(std::string_view path, const std::unordered_set<std::string_view>& roots, bool strict) {
  if (roots.empty()) return false;
  // A few roots (the usual case: a rule's scope, a plan's organisation chapter) are compared in place;
  // hashing every ancestor of the path costs more than that until there are many.
  constexpr std::size_t kCompareUpTo = 8;
  if (roots.size() <= kCompareUpTo) {
    return std::any_of(roots.begin(), roots.end(), [&](std::string_view root) {
      return is_within_section(path, root) && !(strict && path.size() == root.size());
    });
  }
  if (!strict && roots.count(path) > 0) return true;
  for (std::size_t at = path.find(kSectionPathSeparator); at != std::string_view::npos;
       at = path.find(kSectionPathSeparator, at + 1)) {
    if (roots.count(path.substr(0, at)) > 0) return true;
  }
  return false;
}

}  // namespace plancheck
