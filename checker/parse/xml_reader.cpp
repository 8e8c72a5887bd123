#include "parse/xml_reader.hpp"

#include <cstring>

#include <pugixml.hpp>

#include "parse/heading_number.hpp"
#include "parse/xml_block_text.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::parse {
namespace {

// Everything a block needs while the tree is walked.
struct Context {
  const SourceText& source;
};

// Element name without a namespace prefix: authors may write <plan> or <p:plan xmlns:p="...">.
std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Byte offset of an element's '<' (pugixml reports where its name starts).
std::size_t tag_offset(const pugi::xml_node& node) {
  const std::ptrdiff_t at = node.offset_debug();
  return at > 0 ? static_cast<std::size_t>(at - 1) : 0;
}

void collect_text(const Context& ctx, const pugi::xml_node& node, MappedText& out) {
  for (const pugi::xml_node& child : node.children()) {
    const bool cdata = child.type() == pugi::node_cdata;
    if (child.type() == pugi::node_pcdata || cdata) {
      const std::ptrdiff_t at = child.offset_debug();
      out.append_decoded(ctx.source.text(), at < 0 ? ctx.source.size() : static_cast<std::size_t>(at), child.value(),
                         cdata);
    } else if (child.type() == pugi::node_element) {
      collect_text(ctx, child, out);  // <em>
    }
  }
}

MappedText text_of(const Context& ctx, const pugi::xml_node& node) {
  MappedText raw;
  collect_text(ctx, node, raw);
  return raw.unwrapped();
}

Location located(const Context& ctx, const MappedText& text, const pugi::xml_node& element) {
  const std::size_t at = text.first_source_offset();
  return ctx.source.locate(at == MappedText::kNoSource ? tag_offset(element) : at);
}

Block text_block(const Context& ctx, const pugi::xml_node& node, BlockKind kind) {
  const MappedText text = text_of(ctx, node);
  Block block;
  block.kind = kind;
  block.text = text.text();
  block.location = located(ctx, text, node);
  text.append_segments(block.segments, 0);
  if (kind == BlockKind::ListItem) block.marker = node.attribute("marker").value();
  return block;
}

// A table row: cells joined by " | ", each cell's segments kept at its place in the joined text.
Block row_block(const Context& ctx, const pugi::xml_node& row) {
  Block block;
  block.kind = BlockKind::TableRow;
  block.location = ctx.source.locate(tag_offset(row));
  bool located_by_text = false;
  for (const pugi::xml_node& cell : row.children()) {
    if (cell.type() != pugi::node_element || local_name(cell) != "cell") continue;
    const MappedText text = text_of(ctx, cell);
    if (!block.cells.empty()) block.text += " | ";
    text.append_segments(block.segments, block.text.size());
    block.text += text.text();
    block.cells.push_back(text.text());
    if (!located_by_text && text.first_source_offset() != MappedText::kNoSource) {
      block.location = ctx.source.locate(text.first_source_offset());
      located_by_text = true;
    }
  }
  return block;
}

// Appends the blocks a p, list or table element stands for; returns false for any other element.
bool read_block(const Context& ctx, const pugi::xml_node& node, std::vector<Block>& out) {
  const std::string_view name = local_name(node);
  if (name == "p") {
    out.push_back(text_block(ctx, node, BlockKind::Paragraph));
  } else if (name == "list") {
    for (const pugi::xml_node& item : node.children()) {
      if (item.type() == pugi::node_element && local_name(item) == "item") {
        out.push_back(text_block(ctx, item, BlockKind::ListItem));
      }
    }
  } else if (name == "table") {
    for (const pugi::xml_node& row : node.children()) {
      const std::string_view kind = local_name(row);
      if (row.type() == pugi::node_element && (kind == "header" || kind == "row")) {
        out.push_back(row_block(ctx, row));
      }
    }
  } else {
    return false;
  }
  return true;
}

std::vector<Block> read_blocks(const Context& ctx, const pugi::xml_node& parent) {
  std::vector<Block> blocks;
  for (const pugi::xml_node& child : parent.children()) {
    if (child.type() == pugi::node_element) read_block(ctx, child, blocks);
  }
  return blocks;
}

std::string trimmed(std::string_view s) {
  const char* spaces = " \t\r\n";
  const std::size_t b = s.find_first_not_of(spaces);
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(b, s.find_last_not_of(spaces) - b + 1));
}

Numbering numbering_of(const std::string& number) {
  if (number.empty()) return {};
  if (auto parsed = parse_heading_number(number)) return parsed->numbering;
  Numbering unknown;
  unknown.text = number;
  return unknown;
}

// "第一章" + "总则" → "第一章 总则"; "一、" + "总则" → "一、总则": a number ending in punctuation needs no space.
std::string heading_of(const std::string& number, const std::string& title) {
  if (number.empty()) return title;
  static const char* const kClosers[] = {"、", "．", ".", "）", ")", "】", "]", "〕"};
  for (const char* closer : kClosers) {
    const std::size_t n = std::strlen(closer);
    if (number.size() >= n && number.compare(number.size() - n, n, closer) == 0) return number + title;
  }
  return number + " " + title;
}

Section read_section(const Context& ctx, const pugi::xml_node& node, int depth) {
  Section section;
  const std::string number = trimmed(node.attribute("number").value());
  section.numbering = numbering_of(number);
  section.title = trimmed(node.attribute("title").value());
  section.heading = heading_of(number, section.title);
  section.depth = depth;
  section.location = ctx.source.locate(tag_offset(node));
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(child) == "section") {
      section.children.push_back(read_section(ctx, child, depth + 1));
    } else if (section.children.empty()) {
      read_block(ctx, child, section.blocks);
    }
  }
  return section;
}

void read_metadata(const pugi::xml_node& meta, Metadata& out) {
  struct Field {
    const char* element;
    std::string Metadata::*member;
  };
  static const Field kFields[] = {
      {"title", &Metadata::title},
      {"organisation", &Metadata::organisation},
      {"organisation-type", &Metadata::organisation_type},
      {"document-number", &Metadata::document_number},
      {"issue-date", &Metadata::issue_date},
      {"issuer", &Metadata::issuer},
  };
  for (const pugi::xml_node& child : meta.children()) {
    for (const Field& field : kFields) {
      if (child.type() == pugi::node_element && local_name(child) == field.element) {
        out.*field.member = trimmed(child.text().get());
      }
    }
  }
}

void read_plan(const Context& ctx, const pugi::xml_node& plan, Document& doc) {
  for (const pugi::xml_node& child : plan.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name == "meta") read_metadata(child, doc.metadata);
    if (name == "front-matter") doc.front_matter = read_blocks(ctx, child);
    if (name == "preamble") doc.preamble = read_blocks(ctx, child);
    if (name == "section") doc.sections.push_back(read_section(ctx, child, 1));
  }
}

}  // namespace

Result<std::shared_ptr<const PlanSchema>> PlanSchema::load(const std::string& xsd_path) {
  auto schema = xml::Schema::load(xsd_path);
  if (!schema.ok()) return schema.error();
  return std::shared_ptr<const PlanSchema>(new PlanSchema(schema.take()));
}

Result<Document> read_xml_plan(const std::string& path, text::DecodedText decoded, const ParseOptions& options) {
  Document doc;
  doc.path = path;
  doc.format = InputFormat::Xml;
  doc.encoding = decoded.encoding;
  doc.source = std::make_shared<SourceText>(std::move(decoded.utf8));
  const SourceText& source = *doc.source;
  const xml::Schema* schema = options.plan_schema ? &options.plan_schema->schema() : nullptr;
  if (auto refused = xml::check_xml(source.text(), path, schema)) return *refused;

  // pugixml reads the very buffer the SourceText holds, so its offsets are offsets into the source. The
  // DOCTYPE (libxml2 has already refused any that declares entities or names a DTD) is skipped.
  pugi::xml_document tree;
  const unsigned flags = (pugi::parse_default | pugi::parse_ws_pcdata) & ~pugi::parse_doctype;
  const pugi::xml_parse_result parsed = tree.load_buffer(source.text().data(), source.size(), flags, pugi::encoding_utf8);
  if (!parsed) {
    return ToolError{ErrorKind::Syntax, path, source.locate(static_cast<std::size_t>(parsed.offset)),
                     Message{MsgId::XmlReadError, {{"detail", parsed.description()}}}};
  }
  const pugi::xml_node plan = tree.document_element();
  if (local_name(plan) != "plan") {
    return ToolError{ErrorKind::Schema, path, source.locate(tag_offset(plan)),
                     Message{MsgId::PlanRootNotPlan, {{"root", std::string(local_name(plan))}}}};
  }
  read_plan(Context{source}, plan, doc);
  return doc;
}

}  // namespace plancheck::parse
