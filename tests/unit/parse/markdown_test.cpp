#include <gtest/gtest.h>

#include "dump_outline.hpp"
#include "parse/parse.hpp"
#include "parse_test_support.hpp"

namespace plancheck::parse::testing {
namespace {

TEST(Markdown, AtxHeadingsAndGfmTable) {
  const Document d = parse_text(
      "# 某单位网络安全事件应急预案\n\n## 1 总则\n\n为规范处置，制定本预案。\n\n## 2 联系方式\n\n"
      "| 角色 | 电话 |\n| --- | --- |\n| 组长 | 110 |\n",
      "plan.md");
  EXPECT_EQ(d.format, InputFormat::Markdown);
  EXPECT_EQ(d.metadata.title, "某单位网络安全事件应急预案");
  EXPECT_EQ(dump_outline(d), "1|总则 @3:4 [arabic]\n2|联系方式 @7:4 [arabic]\n");
  const auto& rows = d.sections[1].blocks;
  ASSERT_EQ(rows.size(), 2u) << dump_document(d);
  EXPECT_EQ(rows[1].kind, BlockKind::TableRow);
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"组长", "110"}));
  EXPECT_EQ(rows[1].text, "组长 | 110");
  EXPECT_EQ(rows[1].location.line, 11);
  EXPECT_EQ(d.sections[0].blocks[0].location.line, 5);
}

// A wiki's Markdown: heading attributes ("{#basis}") and footnote references, defined ("[^1]" with "[^1]: …",
// which md4c reads as a link) or not ("[^2]"), are markup no reader sees. The referencing items stay items, and
// the text after a reference keeps its place in the source.
TEST(Markdown, FootnoteReferencesAndHeadingAttributesAreDropped) {
  const std::string text =
      "# 某研究院网络安全事件应急预案 {#top}\n\n## 1 总则 {#general}\n\n### 1.1 编制依据 {#basis .note}\n\n"
      "1. 《中华人民共和国网络安全法》（第二十五条）[^1]\n2. 《国家网络安全事件报告管理办法》[^2]\n\n"
      "### 1.2 适用范围\n\n本预案适用于本院[^1]网络安全事件。\n\n[^1]: 引用条款为修订前的条文序号。\n";
  const Document d = parse_text(text, "plan.md");
  EXPECT_EQ(d.metadata.title, "某研究院网络安全事件应急预案");
  EXPECT_EQ(dump_outline(d), "1|总则 @3:4 [arabic]\n  1.1|编制依据 @5:5 [dotted]\n  1.2|适用范围 @10:5 [dotted]\n")
      << dump_document(d);
  const auto& items = d.sections.at(0).children.at(0).blocks;
  ASSERT_EQ(items.size(), 2u) << dump_document(d);
  EXPECT_EQ(items[0].text, "1. 《中华人民共和国网络安全法》（第二十五条）");
  EXPECT_EQ(items[1].text, "2. 《国家网络安全事件报告管理办法》");
  const Block& scope = d.sections.at(0).children.at(1).blocks.at(0);
  EXPECT_EQ(scope.text, "本预案适用于本院网络安全事件。");
  const std::size_t after = scope.text.find("网络安全事件");
  EXPECT_EQ(text.substr(scope.source_offset(after), std::string("网络安全事件").size()), "网络安全事件");
}

// md4c pads a short row with empty cells up to its header's width (GFM), and the row keeps them: a blank
// cell is a column the row leaves empty.
TEST(Markdown, AShortRowIsPaddedToItsHeadersWidth) {
  const std::string text =
      "# 某单位网络安全事件应急预案\n\n## 一、预警发布\n\n| 预警颜色 | 对应事件 | 发布主体 |\n| --- | --- | --- |\n"
      "| 红色 | 特别重大 | 领导小组 |\n| 黄色 | 较大 |\n|  | 一般 |  |\n";
  const Document d = parse_text(text, "plan.md");
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  const auto& rows = d.sections[0].blocks;
  ASSERT_EQ(rows.size(), 4u) << dump_document(d);
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"黄色", "较大", ""}));
  EXPECT_EQ(rows[2].text, "黄色 | 较大 |");
  EXPECT_EQ(rows[3].cells, (std::vector<std::string>{"", "一般", ""}));
  ASSERT_FALSE(rows[3].segments.empty());
  EXPECT_EQ(rows[3].segments[0].source_offset, text.find("一般 |  |\n"))
      << "the second cell's bytes map past the blank cell";
}

// A wide header over many short rows cost their product when every row was padded. Padding is bounded by the
// file's size: once that many blank cells have ended rows, a row ends at its last cell with text.
TEST(Markdown, PaddingRowsCostsNoMoreThanTheFileIsLong) {
  std::string header = "|";
  std::string rule = "|";
  for (int i = 0; i < 2000; ++i) {
    header += " 列" + std::to_string(i) + " |";
    rule += " --- |";
  }
  std::string text = "# 某单位网络安全事件应急预案\n\n## 一、联系方式\n\n" + header + "\n" + rule + "\n";
  for (int i = 0; i < 200; ++i) text += "| 组长 |  | 110 |\n";
  const Document d = parse_text(text, "plan.md");
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  const auto& rows = d.sections[0].blocks;
  ASSERT_EQ(rows.size(), 201u);
  EXPECT_EQ(rows[1].cells.size(), 2000u) << "the first rows are padded";
  EXPECT_EQ(rows[200].cells, (std::vector<std::string>{"组长", "", "110"}));
  EXPECT_EQ(rows[200].text, "组长 |  | 110");
  std::size_t blank = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) blank += rows[r].cells.size() - 3;
  EXPECT_LE(blank, text.size());
}

// A pipe table typed straight under its lead-in line, no blank line between: GFM (md4c) reads it as more of
// the paragraph. Its rows are rows, each cell mapped to its place in the file past the inline markup.
TEST(Markdown, APipeTableRightUnderAParagraphIsATable) {
  const Document d = parse_text(
      "# 某单位网络安全事件应急预案\n\n## 二、预警等级\n\n预警分为四个等级，对应关系如下表：\n"
      "| 预警颜色 | 对应事件等级 |\n| --- | --- |\n| **红色** | 特别重大 |\n| 橙色 | 重大 |\n\n其他事项另行规定。\n",
      "plan.md");
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 5u) << dump_document(d);
  EXPECT_EQ(blocks[0].text, "预警分为四个等级，对应关系如下表：");
  EXPECT_EQ(blocks[1].kind, BlockKind::TableRow);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"预警颜色", "对应事件等级"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"红色", "特别重大"}));
  EXPECT_EQ(blocks[2].location.line, 8);
  ASSERT_FALSE(blocks[2].segments.empty());
  EXPECT_EQ(blocks[2].segments[1].source_offset - blocks[2].segments[0].source_offset, std::string("红色** | ").size())
      << "the second cell's bytes map past the markup and the bar";
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"橙色", "重大"}));
  EXPECT_EQ(blocks[4].text, "其他事项另行规定。");
}

TEST(Markdown, LinesTypedWithTabsInAParagraphAreATable) {
  const Document d = parse_text(
      "## 附件1 应急联络表\n\n单位\t职务\t电话\n市委网信办\t值班室\t0XXX-12345678\n市公安局网安支队\t\t0XXX-110\n\n"
      "以上电话每半年核对一次。\n只有一个\t制表符的一行。\n",
      "plan.md");
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 5u) << dump_document(d);
  EXPECT_EQ(blocks[0].kind, BlockKind::TableRow);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"单位", "职务", "电话"}));
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"市委网信办", "值班室", "0XXX-12345678"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"市公安局网安支队", "0XXX-110"})) << "an empty cell leaves no text";
  EXPECT_EQ(blocks[2].location.line, 5);
  EXPECT_NE(blocks[3].kind, BlockKind::TableRow);
  EXPECT_NE(blocks[4].kind, BlockKind::TableRow) << "one line with a tab is no table";
}

// A web page pasted into Markdown: no heading markup, each paragraph one line, a contact table typed with tabs.
// Its rows are no paragraph lines, so the short lines between paragraphs are headings, as in a .txt copy.
TEST(Markdown, AWebPageCopyWithATabTableKeepsItsUnmarkedHeadings) {
  std::string md = "某市网络安全事件应急预案\n\n发布日期：2026年3月18日　来源：市大数据发展局\n\n";
  const char* const titles[] = {"编制目的", "适用范围", "事件分级", "预警发布", "应急处置", "后期处置", "调查评估", "恢复重建",
                                "保障措施", "宣传培训", "应急演练", "预案管理"};
  for (const char* title : titles) {
    md += std::string(title) + "\n\n本单位按照本预案的规定组织开展" + title + "相关工作，确保各项措施落实到位。\n\n";
  }
  md += "联系人\n\n以下为各单位值班电话。\n\n";
  for (int i = 0; i < 8; ++i) md += "市大数据发展局安全保障处\t值班员\t0XXX-1234567" + std::to_string(i) + "\n";
  const Document d = parse_text(md, "plan.md");
  ASSERT_EQ(d.sections.size(), 13u) << dump_document(d);
  EXPECT_EQ(d.sections[0].title, "编制目的");
  EXPECT_EQ(d.sections[11].title, "预案管理");
  ASSERT_EQ(d.sections[12].blocks.size(), 9u) << dump_document(d);
  EXPECT_EQ(d.sections[12].blocks[1].kind, BlockKind::TableRow);
}

// The text of every block of every section, in order.
std::vector<std::string> block_texts(const Document& d) {
  std::vector<std::string> out;
  for_each_section(d.sections, [&](const Section& s, const std::string&) {
    for (const Block& b : s.blocks) out.push_back(b.text);
  });
  return out;
}

const std::string kSentence =
    "各单位应当按照统一领导、分级负责的原则，做好本单位网络安全事件的预防、监测、报告和应急处置工作，落实网络安全责任制，"
    "加强日常管理和技术防护，确保网络和信息系统安全稳定运行。";

TEST(Markdown, ParagraphsThatAreThePagesLinesJoin) {
  // Converted from a PDF: every line of the page a paragraph of its own.
  std::string md = "# 一、总则\n\n";
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = 0; i < kSentence.size(); i += 3 * 20) md += kSentence.substr(i, 3 * 20) + "\n\n";
  }
  EXPECT_EQ(block_texts(parse_text(md, "plan.md")), std::vector<std::string>(3, kSentence));
  // Written in Markdown: a paragraph without a full stop is still one of its own.
  std::string written = "# 一、总则\n\n";
  for (int k = 0; k < 8; ++k) written += kSentence + "\n\n";
  written += "本单位网络安全事件应急工作实行统一领导和分级负责\n\n值班电话为12345678。\n";
  const std::vector<std::string> blocks = block_texts(parse_text(written, "plan.md"));
  ASSERT_EQ(blocks.size(), 10u);
  EXPECT_EQ(blocks[8], "本单位网络安全事件应急工作实行统一领导和分级负责");
}

// The heading marks say which headings are siblings when an unnumbered chapter stands beside numbered ones;
// numbered headings marked alike still nest by their numbers.
TEST(Markdown, AHeadingMarkedAtALevelIsNoChildOfADeeperOne) {
  const Document d = parse_text(
      "# 某市大数据局网络安全事件应急预案\n\n## 总则\n\n### 编制目的\n\n为规范处置，制定本预案。\n\n### 工作原则\n\n"
      "统一领导，分级负责。\n\n## 一、组织体系与职责\n\n### （一）领导小组\n\n领导小组负责统一指挥。\n\n"
      "## 二、监测预警\n\n监测预警工作。\n\n## 附则\n\n本预案自印发之日起施行。\n",
      "plan.md");
  EXPECT_EQ(dump_outline(d),
            "|总则 @3:4 [none]\n  |编制目的 @5:5 [none]\n  |工作原则 @9:5 [none]\n一、|组织体系与职责 @13:4 [chinese-comma]\n"
            "  （一）|领导小组 @15:5 [paren-chinese]\n二、|监测预警 @19:4 [chinese-comma]\n|附则 @23:4 [none]\n");
  const Document same_marks =
      parse_text("# 一、总则\n\n# （一）编制目的\n\n为规范处置，制定本预案。\n\n# 二、附则\n\n本预案自印发之日起施行。\n", "plan.md");
  EXPECT_EQ(dump_outline(same_marks),
            "一、|总则 @1:3 [chinese-comma]\n  （一）|编制目的 @3:3 [paren-chinese]\n二、|附则 @7:3 [chinese-comma]\n");
}

// A marked heading is a heading though its number starts past 1 (a plan that left out 3.1 to 3.3); a plain
// numbered line still opens a level only at 1.
TEST(Markdown, AMarkedHeadingWhoseNumberStartsPastOneIsAHeading) {
  const Document d = parse_text("# 某公司网络安全事件应急预案\n\n## 3. 监测与预警\n\n### 3.4 预警响应\n\n发布预警后，加强值班。\n",
                                "plan.md");
  EXPECT_EQ(dump_outline(d), "3.|监测与预警 @3:4 [arabic]\n  3.4|预警响应 @5:5 [dotted]\n");
}

TEST(Markdown, HtmlCommentsAreNoText) {
  // A comment block, one over two lines, and one inside a paragraph: none is the plan's text; other raw HTML is.
  const Document d = parse_text(
      "# 某单位网络安全事件应急预案\n\n## 一、总则\n\n<!-- 审核意见：第二十五条 -->\n\n为规范处置，<!-- 待定 -->制定本预案。\n\n<!--\n草稿\n-->\n\n"
      "<div>附件见后。</div>\n",
      "plan.md");
  std::vector<std::string> texts;
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  for (const Block& b : d.sections[0].blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"为规范处置，制定本预案。", "<div>附件见后。</div>"}));
}

TEST(Markdown, SetextHeadings) {
  // Two level-1 headings: they are chapters, not the plan's title.
  const Document d = parse_text("总则\n====\n\n编制目的\n--------\n\n为规范处置，制定本预案。\n\n附则\n===\n", "plan.md");
  EXPECT_EQ(dump_outline(d), "|总则 @1:1 [none]\n  |编制目的 @4:1 [none]\n|附则 @9:1 [none]\n");
  ASSERT_EQ(d.sections[0].children[0].blocks.size(), 1u);
}

TEST(Markdown, BoldLinesAndPlainNumberedLinesInsideAParagraph) {
  const Document d = parse_text(
      "---\ntitle: \"某预案\"\nlayout: post\n---\n\n**总则**\n**1.1 编制目的**\n为规范处置，制定本预案。\n"
      "1.2 编制依据\n依据有关法律。\n**附件****1****事件分类**\n（1）有害程序事件。\n",
      "plan.txt");
  EXPECT_EQ(d.format, InputFormat::Markdown);
  EXPECT_EQ(d.metadata.title, "某预案");
  EXPECT_EQ(dump_outline(d), "|总则 @6:3 [none]\n  1.1|编制目的 @7:3 [dotted]\n  1.2|编制依据 @9:1 [dotted]\n"
                             "附件1|事件分类 @11:3 [appendix]\n");
  EXPECT_EQ(d.sections[0].children[0].heading, "1.1 编制目的");
  ASSERT_EQ(d.sections[1].blocks.size(), 1u);
  EXPECT_EQ(d.sections[1].blocks[0].marker, "（1）");
}

TEST(Markdown, OrderedListKeepsItsNumber) {
  const Document d = parse_text("# 预案\n\n## 一、职责\n\n1. 负责组织协调本单位网络安全事件的应急处置工作。\n2. 负责信息报送。\n", "a.md");
  ASSERT_EQ(d.sections.size(), 1u) << dump_outline(d);
  ASSERT_EQ(d.sections[0].blocks.size(), 2u) << dump_document(d);
  EXPECT_EQ(d.sections[0].blocks[1].text, "2. 负责信息报送。");
  EXPECT_EQ(d.sections[0].blocks[1].marker, "2.");
}

struct SniffCase {
  const char* text;
  const char* path;
  InputFormat format;
};

TEST(Sniff, FormatFromContentExtensionBreaksTies) {
  const SniffCase cases[] = {
      {"<?xml version=\"1.0\"?><plan/>", "a.txt", InputFormat::Xml},
      {"\xEF\xBB\xBF  <plan>", "a.txt", InputFormat::Xml},
      {"---\ntitle: x\n---\n正文", "a.txt", InputFormat::Markdown},
      {"# 标题\n正文", "a.txt", InputFormat::Markdown},
      {"**总则**\n正文", "a.txt", InputFormat::Markdown},
      {"标题\n===\n", "a.txt", InputFormat::Markdown},
      {"| a | b |\n|---|---|\n", "a.txt", InputFormat::Markdown},
      {"一、总则\n正文。", "a.txt", InputFormat::PlainText},
      {"一、总则\n正文。", "a.md", InputFormat::Markdown},
      {"- 甲\n- 乙\n", "a.txt", InputFormat::PlainText},
      {"- 甲\n- 乙\n", "a", InputFormat::Markdown},
  };
  for (const SniffCase& c : cases) EXPECT_EQ(sniff_format(c.text, c.path), c.format) << c.text;
}

}  // namespace
}  // namespace plancheck::parse::testing
