// read_xml_plan: the Document built from plan XML — tree, headings, depths, metadata, block text and
// locations that point back into the very text the Document holds.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "parse/xml_reader.hpp"

namespace plancheck::parse {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const std::string kSmallPlan = read_file(std::string(PLANCHECK_TEST_DATA) + "/xml/small_plan.xml");

std::shared_ptr<const PlanSchema> schema() {
  static const auto loaded = PlanSchema::load(std::string(PLANCHECK_SOURCE_DIR) + "/schemas/plan.xsd");
  return loaded.ok() ? loaded.value() : nullptr;
}

Result<Document> read(const std::string& xml, bool validate = true) {
  ParseOptions options;
  options.plan_schema = validate ? schema().get() : nullptr;
  return read_xml_plan("plan.xml", text::DecodedText{xml, "UTF-8"}, options);
}

// Every segment of a block must map its text to identical bytes of the source.
void expect_segments_exact(const Block& block, const SourceText& source) {
  ASSERT_FALSE(block.segments.empty()) << block.text;
  for (const Segment& s : block.segments) {
    EXPECT_EQ(block.text.substr(s.text_offset, s.length), source.text().substr(s.source_offset, s.length));
  }
}

TEST(XmlReader, LoadsThePlanSchema) { ASSERT_NE(schema(), nullptr); }

TEST(XmlReader, BuildsTheSectionTree) {
  auto doc = read(kSmallPlan);
  ASSERT_TRUE(doc.ok()) << doc.error().to_string(Lang::En);
  const Document& d = doc.value();
  EXPECT_EQ(d.format, InputFormat::Xml);
  ASSERT_EQ(d.sections.size(), 2u);
  const Section& first = d.sections[0];
  EXPECT_EQ(first.heading, "第一章 总则");
  EXPECT_EQ(first.title, "总则");
  EXPECT_EQ(first.numbering.text, "第一章");
  EXPECT_EQ(first.depth, 1);
  EXPECT_EQ(first.location.line, 15);
  EXPECT_EQ(first.location.column, 3);
  ASSERT_EQ(first.children.size(), 1u);
  const Section& child = first.children[0];
  EXPECT_EQ(child.heading, "（一）事件分级");
  EXPECT_EQ(child.depth, 2);
  EXPECT_EQ(child.numbering.style, NumberingStyle::ParenChinese);
  EXPECT_EQ(child.numbering.values, std::vector<int>{1});
  EXPECT_EQ(child.location.line, 18);
  EXPECT_EQ(child.location.column, 5);
  EXPECT_EQ(d.sections[1].heading, "1.1 附则");
  EXPECT_EQ(d.sections[1].numbering.style, NumberingStyle::Dotted);
  EXPECT_EQ(d.sections[1].depth, 1);
}

TEST(XmlReader, ReadsMetadataAndFrontMatter) {
  auto doc = read(kSmallPlan);
  ASSERT_TRUE(doc.ok()) << doc.error().to_string(Lang::En);
  const Metadata& m = doc.value().metadata;
  EXPECT_EQ(m.title, "某市网络安全事件应急预案");
  EXPECT_EQ(m.organisation, "某市人民政府");
  EXPECT_EQ(m.organisation_type, "government");
  EXPECT_EQ(m.document_number, "某政发〔2023〕7号");
  EXPECT_EQ(m.issue_date, "2023年2月8日");
  EXPECT_EQ(m.issuer, "某市人民政府办公室");
  ASSERT_EQ(doc.value().front_matter.size(), 1u);
  EXPECT_EQ(doc.value().front_matter[0].text, "各县（市、区）人民政府：");
  EXPECT_EQ(doc.value().front_matter[0].location.line, 13);
}

struct BlockCase {
  std::vector<int> section_path;  // indexes from the top
  std::size_t block;
  BlockKind kind;
  std::string text;
  int line;
  int column;
  std::string marker;
};

const Section& section_at(const Document& d, const std::vector<int>& path) {
  const Section* s = &d.sections.at(static_cast<std::size_t>(path[0]));
  for (std::size_t i = 1; i < path.size(); ++i) s = &s->children.at(static_cast<std::size_t>(path[i]));
  return *s;
}

void expect_blocks(const std::string& xml) {
  auto doc = read(xml);
  ASSERT_TRUE(doc.ok()) << doc.error().to_string(Lang::En);
  const std::vector<BlockCase> cases = {
      {{0}, 0, BlockKind::Paragraph, "为提高应对网络安全事件能力，制定本预案。", 16, 8, ""},
      {{0, 0}, 0, BlockKind::Paragraph, "网络安全事件分为四级：特别重大、重大、较大和一般。", 19, 10, ""},
      {{0, 0}, 1, BlockKind::ListItem, "特别重大网络安全事件 & 其他", 21, 28, "（1）"},
      {{0, 0}, 2, BlockKind::ListItem, "重大网络安全事件", 22, 28, "（2）"},
      {{0, 0}, 3, BlockKind::TableRow, "级别 | 颜色", 25, 23, ""},
      {{0, 0}, 4, BlockKind::TableRow, "特别重大 | 红色", 26, 20, ""},
      {{1}, 0, BlockKind::Paragraph, "本预案自印发之日起施行。", 31, 8, ""},
  };
  for (const BlockCase& c : cases) {
    SCOPED_TRACE(c.text);
    const Section& s = section_at(doc.value(), c.section_path);
    ASSERT_LT(c.block, s.blocks.size());
    const Block& b = s.blocks[c.block];
    EXPECT_EQ(b.kind, c.kind);
    EXPECT_EQ(b.text, c.text);
    EXPECT_EQ(b.location.line, c.line);
    EXPECT_EQ(b.location.column, c.column);
    EXPECT_EQ(b.marker, c.marker);
    expect_segments_exact(b, *doc.value().source);
  }
  const Block& row = section_at(doc.value(), {0, 0}).blocks[4];
  EXPECT_EQ(row.cells, (std::vector<std::string>{"特别重大", "红色"}));
  // "制定" sits on the paragraph's second source line.
  const Block& wrapped = section_at(doc.value(), {0}).blocks[0];
  const std::size_t at = wrapped.source_offset(wrapped.text.find("制定"));
  EXPECT_EQ(doc.value().source->locate(at).line, 17);
}

TEST(XmlReader, LocatesBlocksAndMapsTheirText) { expect_blocks(kSmallPlan); }

TEST(XmlReader, HandlesCrlfLineEndings) {
  std::string crlf;
  for (char c : kSmallPlan) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  expect_blocks(crlf);
}

TEST(XmlReader, RefusesInvalidPlansWithTheirPosition) {
  std::string xml = kSmallPlan;
  xml.replace(xml.find("<list>"), 6, "<lsit>");
  xml.replace(xml.find("</list>"), 7, "</lsit>");
  auto doc = read(xml);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().kind, ErrorKind::Schema);
  EXPECT_EQ(doc.error().location.line, 20);
  EXPECT_EQ(doc.error().location.column, 7);
}

TEST(XmlReader, WithoutSchemaStillRefusesEntitiesAndChecksTheRoot) {
  auto entity = read("<!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><plan>&x;</plan>", false);
  ASSERT_FALSE(entity.ok());
  EXPECT_EQ(entity.error().kind, ErrorKind::Forbidden);
  auto other = read("<?xml version=\"1.0\"?>\n<ruleset/>\n", false);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().kind, ErrorKind::Schema);
  EXPECT_EQ(other.error().location.line, 2);
  auto prefixed = read("<p:plan xmlns:p=\"urn:plancheck:plan:1\"><p:section title=\"总则\"><p:p>甲</p:p></p:section></p:plan>",
                       false);
  ASSERT_TRUE(prefixed.ok());
  ASSERT_EQ(prefixed.value().sections.size(), 1u);
  EXPECT_EQ(prefixed.value().sections[0].blocks.at(0).text, "甲");
}

}  // namespace
}  // namespace plancheck::parse
