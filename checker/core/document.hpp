// The document model every reader produces: metadata, front matter and a tree of located sections.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/source_text.hpp"

namespace plancheck {

enum class InputFormat { Xml, Markdown, PlainText, Docx, Pdf, Odt };
std::string_view to_string(InputFormat f);

// How a heading is numbered. Chinese official documents use a hierarchy of these styles.
enum class NumberingStyle {
  None,          // unnumbered: a Markdown heading or a bold-only line with no number
  Part,          // 第一篇 / 第一章 / 第一节 / 第一部分 (suffix kept in Numbering::suffix)
  ChineseComma,  // 一、
  ParenChinese,  // （一） or (一)
  Arabic,        // 1.  1、  1．
  Dotted,        // 1.1  1.1.1 (Numbering::values has one entry per component)
  ParenArabic,   // （1） or (1)
  Circled,       // ①
  Appendix,      // 附件1 / 附录A
};
std::string_view to_string(NumberingStyle s);

struct Numbering {
  NumberingStyle style = NumberingStyle::None;
  std::vector<int> values;   // 第八章 → {8}; 4.2.1 → {4,2,1}; 一、 → {1}
  std::string suffix;        // for Part: "篇", "章", "节", "部分"; empty otherwise
  std::string text;          // the number exactly as written: "第八章", "（一）", "4.2.1"
};

// A contiguous run of a block's text that comes from one contiguous run of the source file.
// Joining hard-wrapped lines produces one segment per source line.
struct Segment {
  std::uint32_t text_offset = 0;    // byte offset into Block::text
  std::uint32_t source_offset = 0;  // byte offset into SourceText
  std::uint32_t length = 0;         // bytes
};

enum class BlockKind { Paragraph, ListItem, TableRow };
std::string_view to_string(BlockKind k);

// A paragraph, list item or table row, with its original text (hard line breaks inside a CJK sentence
// removed, page-number lines dropped) and where each part of it came from.
struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::string text;                 // original text, for evidence; table rows: cells joined by " | "
  std::vector<std::string> cells;   // table rows only: each cell's text
  std::string marker;               // list items: the marker as written ("（1）", "①", "-", "1.")
  Location location;                // start of the block in the source
  std::vector<Segment> segments;    // text → source mapping; may be empty for synthetic text

  // Byte offset in the source of byte `text_offset` of `text` (best effort: the nearest segment).
  std::size_t source_offset(std::size_t text_offset) const;
};

struct Section {
  Numbering numbering;
  std::string title;                // heading text without its number, original characters
  std::string heading;              // the whole heading line as written (number + title), trimmed
  int depth = 1;                    // 1 = top level
  Location location;                // the heading's position
  std::vector<Block> blocks;        // content before the first child section
  std::vector<Section> children;
};

struct Metadata {
  std::string title;                // the plan's own title
  std::string organisation;
  std::string document_number;      // 发文字号, e.g. 忻开党发〔2023〕7号
  std::string issuer;               // 落款
  std::string issue_date;           // as written, e.g. 2023年2月8日
  std::string organisation_type;    // XML metadata only: government, enterprise, telecom, ...
  std::string author;               // Word/OpenDocument document properties only
};

struct Document {
  std::string path;                 // as given on the command line
  InputFormat format = InputFormat::PlainText;
  std::string encoding;             // detected input encoding: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030"
  std::shared_ptr<const SourceText> source;  // the UTF-8 text all locations refer to
  Metadata metadata;
  std::vector<Block> front_matter;  // issuing notice (发文字号, 主送, 正文, 落款) before the plan's title
  std::vector<Block> preamble;      // plan text before its first heading
  std::vector<Section> sections;    // top-level sections of the plan body
  // Word, OpenDocument and PDF: the source is text extracted from the file, one line per paragraph (or PDF
  // line); places[n - 1] is where line n is in the original, and `extraction` says how the text was obtained.
  std::vector<OriginalPlace> places;
  std::string extraction;

  // Where source line `line` is in the original file (unknown for text formats).
  OriginalPlace place_of(int line) const;
};

// What separates the headings of a section path.
inline constexpr std::string_view kSectionPathSeparator = " › ";

// Calls fn(section, path) for every section in document order; path is the chain of headings from the top,
// e.g. "第四篇 应急处置 › 二、应急响应".
template <typename Fn>
void for_each_section(const std::vector<Section>& sections, Fn&& fn, const std::string& parent_path = {}) {
  for (const Section& s : sections) {
    const std::string path =
        parent_path.empty() ? s.heading : parent_path + std::string(kSectionPathSeparator) + s.heading;
    fn(s, path);
    for_each_section(s.children, fn, path);
  }
}

// True when section path `path` is `root` itself or a section inside it (compared in place: extractors and
// rules ask this for every passage of a plan).
inline bool is_within_section(std::string_view path, std::string_view root) {
  if (path.size() < root.size() || path.compare(0, root.size(), root) != 0) return false;
  return path.size() == root.size() ||
         path.compare(root.size(), kSectionPathSeparator.size(), kSectionPathSeparator) == 0;
}

// True when `path` is within one of `roots` as is_within_section says (strictly inside when `strict`).
// Looks up the path's own ancestors in the set, so asking it for every passage costs the length of its
// path, not the number of roots (testing each root against each passage was quadratic in a large plan).
bool is_within_any(std::string_view path, const std::unordered_set<std::string_view>& roots, bool strict);

}  // namespace plancheck
