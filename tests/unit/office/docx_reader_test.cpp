#include <gtest/gtest.h>

#include "office/office_text.hpp"
#include "office_test_support.hpp"

namespace plancheck::office {
namespace {

using namespace testing;

std::string level(int ilvl, const std::string& fmt, const std::string& text, int start = 1, const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" + std::to_string(start) +
         "\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

// A chapter list (第%1章, 一、, （一）) in one abstract list, the way Chinese Word templates define it.
const std::string kChapters =
    "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "chineseCounting", "第%1章") +
    level(1, "chineseCounting", "%2、", 1, "<w:suff w:val=\"nothing\"/>") +
    level(2, "chineseCounting", "（%3）", 1, "<w:suff w:val=\"nothing\"/>") + "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";

TEST(DocxReader, HeadingNumbersFromNumberingGiveTheTypedOutline) {
  Package numbered;
  numbered.numbering = kChapters;
  numbered.body = p("某单位网络安全事件应急预案") + p("总则", num_pr(1, 0)) + p("编制目的", num_pr(1, 1)) +
                  p("为了规范应急工作，制定本预案。") + p("适用范围", num_pr(1, 1)) + p("一般要求", num_pr(1, 2)) +
                  p("组织机构", num_pr(1, 0)) + p("领导小组", num_pr(1, 1));
  Package typed;
  typed.body = p("某单位网络安全事件应急预案") + p("第一章 总则") + p("一、编制目的") + p("为了规范应急工作，制定本预案。") +
               p("二、适用范围") + p("（一）一般要求") + p("第二章 组织机构") + p("一、领导小组");
  const std::vector<std::string> expected = {"1 第一章 总则", "2 一、编制目的", "2 二、适用范围",
                                             "3 （一）一般要求", "1 第二章 组织机构", "2 一、领导小组"};
  EXPECT_EQ(outline(read_ok(make_docx(numbered))), expected);
  EXPECT_EQ(outline(read_ok(make_docx(typed))), expected);
}

TEST(DocxReader, NumberingRestartsStartOverridesAndMultiLevelTexts) {
  Package pkg;
  pkg.numbering =
      "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2") +
      level(2, "decimal", "%1.%2.%3") + "</w:abstractNum>" +
      "<w:abstractNum w:abstractNumId=\"3\">" + level(0, "decimalEnclosedCircle", "%1") + "</w:abstractNum>" +
      "<w:abstractNum w:abstractNumId=\"4\">" + level(0, "ideographTraditional", "%1、", 1, "<w:suff w:val=\"nothing\"/>") +
      "</w:abstractNum>" +
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"3\"/></w:num>"
      "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
      "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
      "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"4\"/></w:num>";
  pkg.body = p("a", num_pr(2, 0)) + p("b", num_pr(2, 1)) + p("c", num_pr(2, 1)) + p("d", num_pr(2, 2)) +
             p("e", num_pr(2, 0)) + p("f", num_pr(2, 1)) +           // 2. then 2.1: the deeper level restarted
             p("g", num_pr(3, 0)) + p("h", num_pr(3, 0)) +           // ① ②
             p("i", num_pr(4, 0)) +                                   // a new instance restarts: ①
             p("j", num_pr(3, 0)) +                                   // the same abstract list goes on: ②
             p("k", num_pr(5, 0)) + p("l", num_pr(0, 0)) +           // startOverride 7; numId 0 is no number
             p("m", num_pr(6, 0)) + p("n", num_pr(6, 0)) + p("o", num_pr(99, 0));
  const Document d = read_ok(make_docx(pkg));
  EXPECT_EQ(all_text(d), "1. a\n1.1 b\n1.2 c\n1.2.1 d\n2. e\n2.1 f\n① g\n② h\n① i\n② j\n7. k\nl\n甲、m\n乙、n\no\n");
}

TEST(DocxReader, NumberingThroughParagraphStyles) {
  Package pkg;
  pkg.numbering = kChapters;
  pkg.styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"标题 1\"/><w:pPr>" + num_pr(1, 0) +
      "</w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"标题 2\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"我的标题\"/><w:basedOn w:val=\"2\"/></w:style>";
  // Level 1 is linked to style 2 through the level's w:pStyle.
  pkg.numbering.replace(pkg.numbering.find("<w:lvlText w:val=\"%2、\"/>"), 0, "<w:pStyle w:val=\"2\"/>");
  pkg.body = p("总则", "<w:pStyle w:val=\"1\"/>") + p("编制目的", "<w:pStyle w:val=\"2\"/>") +
             p("适用范围", "<w:pStyle w:val=\"Mine\"/>") + p("组织机构", "<w:pStyle w:val=\"1\"/>");
  const std::vector<std::string> expected = {"1 第一章 总则", "2 一、编制目的", "2 二、适用范围", "1 第二章 组织机构"};
  EXPECT_EQ(outline(read_ok(make_docx(pkg))), expected);
}

TEST(DocxReader, HeadingLevelsFromStylesAndOutlineLevels) {
  Package pkg;
  pkg.styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"标题 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Custom\"><w:name w:val=\"Plan Part\"/><w:basedOn w:val=\"a3\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:name w:val=\"Body\"/><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>";
  pkg.body = p("总则", "<w:pStyle w:val=\"Heading1\"/>") + p("目的", "<w:pStyle w:val=\"a3\"/>") +
             p("范围", "<w:pStyle w:val=\"Custom\"/>") + p("依据", "<w:outlineLvl w:val=\"1\"/>") +
             p("正文。", "<w:pStyle w:val=\"Body\"/>") + p("职责", "<w:pStyle w:val=\"Heading1\"/>");
  const Document d = read_ok(make_docx(pkg));
  const std::vector<std::string> expected = {"1 总则", "2 目的", "2 范围", "2 依据", "1 职责"};
  EXPECT_EQ(outline(d), expected);
}

TEST(DocxReader, TablesKeepRowsAndCellsAndVerticalMerges) {
  auto cell = [](const std::string& text, const std::string& tcpr = "") {
    return "<w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + p(text) + "</w:tc>";
  };
  Package pkg;
  pkg.body = p("第一章 事件分级") +
             "<w:tbl><w:tr>" + cell("事件级别") + cell("预警") + cell("响应") + "</w:tr>"
             "<w:tr>" + cell("特别重大", "<w:vMerge w:val=\"restart\"/>") + cell("红色") + cell("Ⅰ级") + "</w:tr>"
             "<w:tr>" + cell("", "<w:vMerge/>") + cell("红色") + cell("Ⅰ级（升级）") + "</w:tr>"
             "<w:tr><w:tc>" + p("重大") + p("（两段）") + "</w:tc>" + cell("橙色", "<w:gridSpan w:val=\"2\"/>") + "</w:tr></w:tbl>" +
             p("表后文字。");
  const Document d = read_ok(make_docx(pkg));
  ASSERT_EQ(d.sections.size(), 1u);
  const std::vector<Block>& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].kind, BlockKind::TableRow);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"特别重大", "红色", "Ⅰ级"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"特别重大", "红色", "Ⅰ级（升级）"}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"重大 （两段）", "橙色"}));
  EXPECT_EQ(blocks[1].text, "特别重大 | 红色 | Ⅰ级");
  EXPECT_EQ(blocks[4].kind, BlockKind::Paragraph);
  // Paragraph numbers count the paragraphs of cells, as Word does: the table's cells are ¶2–¶13.
  EXPECT_EQ(d.place_of(blocks[0].location.line).paragraph, 2);
  EXPECT_EQ(d.place_of(blocks[3].location.line).paragraph, 11);
  EXPECT_EQ(d.place_of(blocks[4].location.line).paragraph, 14);
}

// A table drawn with box characters, a paragraph per line (a text export pasted back into Word), is a table as
// in plain text: each row between two rules, its cells joined column by column.
TEST(DocxReader, BoxDrawnTableInParagraphsIsATable) {
  Package pkg;
  pkg.body = p("附件2 事件分级标准") + p("┌──────┬──────────────┐") + p("│事件级别│判定情形      │") +
             p("├──────┼──────────────┤") + p("│特别重大│多座主力电厂控制│") + p("│（Ⅰ级）│系统遭受攻击。  │") +
             p("└──────┴──────────────┘") + p("表后文字。");
  const Document d = read_ok(make_docx(pkg));
  ASSERT_EQ(d.sections.size(), 1u);
  const std::vector<Block>& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"事件级别", "判定情形"}));
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"特别重大（Ⅰ级）", "多座主力电厂控制系统遭受攻击。"}));
  EXPECT_EQ(blocks[2].kind, BlockKind::Paragraph);
}

TEST(DocxReader, TrackedChangesAcceptedCommentsHeadersAndTocLeftOut) {
  Package pkg;
  pkg.body =
      "<w:p><w:r><w:t>目录</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      "<w:r><w:t>第一章 总则缓存</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>第二章 职责缓存</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      "<w:p><w:r><w:t>第一章 总则</w:t></w:r></w:p>"
      "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>每年组织</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
      "<w:r><w:commentReference w:id=\"0\"/></w:r>"
      "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>一次</w:t></w:r></w:ins>"
      "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>两次删除文字</w:delText></w:r></w:del>"
      "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>移走的文字</w:t></w:r></w:moveFrom>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>"
      "<w:r><w:t>演</w:t></w:r><w:r><w:t>练。</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:rPr><w:del w:id=\"4\" w:author=\"A\"/></w:rPr></w:pPr><w:r><w:t>段落标记被删除，</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>与下一段合并。</w:t></w:r></w:p>"
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\" xmlns:r=\"r\"/></w:sectPr>";
  pkg.extra = {{"word/comments.xml", std::string("<w:comments ") + kW + "><w:comment w:id=\"0\"><w:p><w:r><w:t>批注文字</w:t></w:r></w:p></w:comment></w:comments>"},
               {"word/header1.xml", std::string("<w:hdr ") + kW + "><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr>"}};
  const Document d = read_ok(make_docx(pkg));
  const std::string text = all_text(d);
  EXPECT_NE(text.find("每年组织一次演练。"), std::string::npos) << text;
  EXPECT_NE(text.find("段落标记被删除，与下一段合并。"), std::string::npos) << text;
  for (const char* absent : {"两次删除文字", "移走的文字", "隐藏文字", "批注文字", "页眉文字", "缓存"}) {
    EXPECT_EQ(text.find(absent), std::string::npos) << absent;
  }
}

TEST(DocxReader, TableOfContentsLeftOutInTraditionalCharactersToo) {
  Package pkg;
  pkg.styles = "<w:style w:type=\"paragraph\" w:styleId=\"a9\"><w:name w:val=\"目錄 1\"/></w:style>";
  pkg.body = p("目 錄") + p("第一章 總則……1", "<w:pStyle w:val=\"a9\"/>") + p("第一章 總則") + p("本預案適用於本單位。");
  const Document d = read_ok(make_docx(pkg));
  EXPECT_EQ(outline(d), std::vector<std::string>{"1 第一章 總則"});
  EXPECT_EQ(all_text(d).find("……1"), std::string::npos) << all_text(d);
  EXPECT_TRUE(is_toc_title("目录"));
  EXPECT_TRUE(is_toc_title("目 錄"));
  EXPECT_FALSE(is_toc_title("目的"));
}

TEST(DocxReader, SoftBreaksTabsTextBoxesAndFootnotes) {
  Package pkg;
  pkg.body =
      "<w:p><w:r><w:t>第一章</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>总则</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r>"
      "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
      "<w:r><mc:AlternateContent xmlns:mc=\"mc\"><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx xmlns:wps=\"wps\">"
      "<w:txbxContent>" + p("文本框文字") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:textbox xmlns:v=\"v\"><w:txbxContent>" + p("文本框文字") +
      "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" + p("后一段");
  pkg.extra = {{"word/footnotes.xml", std::string("<w:footnotes ") + kW +
                                          "><w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                          "<w:footnote w:id=\"2\">" + p("脚注文字") + "</w:footnote></w:footnotes>"}};
  const Document d = read_ok(make_docx(pkg));
  EXPECT_EQ(all_text(d), "第一章\t总则\n第一行\n第二行\n文本框文字\n脚注文字\n后一段\n");
  EXPECT_EQ(d.place_of(3).paragraph, 2);  // the second line of ¶2
  EXPECT_EQ(d.place_of(4).paragraph, 2);  // the text box anchored in ¶2
  EXPECT_EQ(d.place_of(5).paragraph, 2);  // the footnote referenced from ¶2
  EXPECT_EQ(d.place_of(6).paragraph, 3);
  EXPECT_EQ(d.format, InputFormat::Docx);
  EXPECT_FALSE(d.extraction.empty());
}

TEST(DocxReader, DocumentPropertiesBecomeMetadata) {
  Package pkg;
  pkg.body = p("第一章 总则") + p("本预案适用于本单位。");
  pkg.extra = {{"docProps/core.xml",
                "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title> 某单位应急预案 </dc:title>"
                "<dc:creator>张三</dc:creator></cp:coreProperties>"},
               {"docProps/app.xml", "<Properties><Company>某单位</Company></Properties>"}};
  const Document d = read_ok(make_docx(pkg));
  EXPECT_EQ(d.metadata.title, "某单位应急预案");
  EXPECT_EQ(d.metadata.author, "张三");
  EXPECT_EQ(d.metadata.organisation, "某单位");
}

TEST(DocxReader, PlanTitleInTheTextWinsOverTheProperty) {
  Package pkg;
  pkg.body = p("某市网络安全事件应急预案") + p("第一章 总则") + p("本预案适用于本单位。");
  pkg.extra = {{"docProps/core.xml", "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:title>文档1</dc:title></cp:coreProperties>"}};
  EXPECT_EQ(read_ok(make_docx(pkg)).metadata.title, "某市网络安全事件应急预案");
}

// A sentence long enough to fill several lines of a page.
const std::string kSentence =
    "各单位应当按照统一领导、分级负责的原则，做好本单位网络安全事件的预防、监测、报告和应急处置工作，落实网络安全责任制，"
    "加强日常管理和技术防护，确保网络和信息系统安全稳定运行。";

// `text` cut into pieces of `chars` characters (all of them Chinese here): the lines of a page.
std::vector<std::string> cut(const std::string& text, std::size_t chars) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); i += 3 * chars) out.push_back(text.substr(i, 3 * chars));
  return out;
}

// Every block of every section, in order.
std::vector<std::string> blocks_of(const Document& d) {
  std::vector<std::string> out;
  for_each_section(d.sections, [&out](const Section& s, const std::string&) {
    for (const Block& b : s.blocks) out.push_back(b.text);
  });
  return out;
}

TEST(DocxReader, ShortParagraphWithoutANumberIsAHeading) {
  // Typed without numbers (or numbered by a list the export lost), in Normal style, not bold.
  Package pkg;
  pkg.body = p("某单位网络安全事件应急预案") + p("第一章 总则") + p("编制目的") + p(kSentence) + p("适用范围") +
             p("本预案适用于本单位网络安全事件的应对工作。") + p("第二章 组织机构") + p(kSentence) +
             p("某单位网络安全领导小组") + p("2024年3月1日");
  const Document d = read_ok(make_docx(pkg));
  EXPECT_EQ(outline(d), (std::vector<std::string>{"1 第一章 总则", "2 编制目的", "2 适用范围", "1 第二章 组织机构"}));
  // The signature before the date is no heading: no paragraph follows it.
  EXPECT_EQ(blocks_of(d).back(), "2024年3月1日");
}

TEST(DocxReader, AShortLastBulletOfAListIsAnItemNotAHeading) {
  // "• 其他事件" closes a list of bulleted categories; the paragraph after it is no section of its own.
  Package pkg;
  pkg.numbering = "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "bullet", "•") +
                  "</w:abstractNum><w:num w:numId=\"9\"><w:abstractNumId w:val=\"2\"/></w:num>";
  pkg.body = p("某单位网络安全事件应急预案") + p("第一章 总则") + p("事件分为以下几类：") +
             p("有害程序事件（如勒索软件、蠕虫、木马）", num_pr(9, 0)) + p("灾害性事件（如火灾、水灾）", num_pr(9, 0)) +
             p("其他事件", num_pr(9, 0)) + p(kSentence) + p("第二章 组织机构") + p(kSentence);
  const Document d = read_ok(make_docx(pkg));
  EXPECT_EQ(outline(d), (std::vector<std::string>{"1 第一章 总则", "1 第二章 组织机构"}));
}

TEST(DocxReader, ParagraphsThatAreThePagesLinesJoinAsInThePdf) {
  // A PDF converted to Word: every line of the page a paragraph of its own, at one width.
  std::string lines_at_one_width;
  std::string lines_at_many_widths;
  for (std::size_t k = 0; k < 3; ++k) {
    for (const std::string& line : cut(kSentence, 20)) lines_at_one_width += p(line);
    for (const std::string& line : cut(kSentence, 17 + 5 * k)) lines_at_many_widths += p(line);
  }
  for (const std::string& body : {lines_at_one_width, lines_at_many_widths}) {
    Package pkg;
    pkg.body = p("第一章 总则") + body;
    const Document d = read_ok(make_docx(pkg));
    EXPECT_EQ(blocks_of(d), std::vector<std::string>(3, kSentence));
  }
}

TEST(DocxReader, WholeParagraphsStayApartWhereverTheyEnd) {
  // Written in Word: a paragraph that ends without a full stop is still a paragraph of its own.
  Package pkg;
  pkg.body = p("第一章 总则");
  for (int i = 0; i < 8; ++i) pkg.body += p(kSentence);
  pkg.body += p("本单位网络安全事件应急工作实行统一领导和分级负责") + p("值班电话为12345678。");
  const std::vector<std::string> blocks = blocks_of(read_ok(make_docx(pkg)));
  ASSERT_EQ(blocks.size(), 10u);
  EXPECT_EQ(blocks[8], "本单位网络安全事件应急工作实行统一领导和分级负责");
}

TEST(DocxReader, APageFooterParagraphIsDroppedAndTheSentenceGoesOnAcrossIt) {
  // A PDF converted to Word with its footers typed in: "— 7 —" between the two halves of a sentence.
  Package pkg;
  pkg.body = p("第一章 总则");
  for (int i = 0; i < 4; ++i) pkg.body += p(kSentence);
  pkg.body += p("预警等级由高到低依次用红色、橙色、黄色和蓝色表示，分别对应特别重大、重大、") + p("— 7 —") +
              p("较大和一般网络安全事件。") + p("第 8 页") + p("值班电话为12345678。") + p("12");
  const std::vector<std::string> blocks = blocks_of(read_ok(make_docx(pkg)));
  ASSERT_EQ(blocks.size(), 7u);
  EXPECT_EQ(blocks[4], "预警等级由高到低依次用红色、橙色、黄色和蓝色表示，分别对应特别重大、重大、较大和一般网络安全事件。");
  // After a whole sentence the next paragraph stays apart; a bare number may be content and stays.
  EXPECT_EQ(blocks[5], "值班电话为12345678。");
  EXPECT_EQ(blocks[6], "12");
}

TEST(DocxReader, ATableTypedWithBarsInParagraphsIsATable) {
  // A grading table typed as paragraphs (or a PDF converted to Word): "特别重大 | 红色 | Ⅰ级 | …".
  Package pkg;
  pkg.body = p("一、事件分级") + p("事件等级 | 预警颜色 | 判定标准") + p("特别重大 | 红色 | 核心业务系统全院瘫痪超过8小时") +
             p("重大 | 橙色 | 核心业务系统中断超过4小时") + p("二、附则") + p("本预案自印发之日起施行。");
  const Document d = read_ok(make_docx(pkg));
  ASSERT_EQ(d.sections.size(), 2u);
  ASSERT_EQ(d.sections[0].blocks.size(), 3u);
  EXPECT_EQ(d.sections[0].blocks[1].kind, BlockKind::TableRow);
  ASSERT_EQ(d.sections[0].blocks[1].cells.size(), 3u);
  EXPECT_EQ(d.sections[0].blocks[1].cells[2], "核心业务系统全院瘫痪超过8小时");
}

TEST(DocxReader, PropertyTitleThatNamesNoPlanIsLeftOut) {
  Package pkg;
  pkg.body = p("第一章 总则") + p("本预案适用于本单位。");
  const auto with_title = [&](const std::string& title) {
    pkg.extra = {{"docProps/core.xml", "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:title>" + title +
                                           "</dc:title></cp:coreProperties>"}};
    return read_ok(make_docx(pkg)).metadata.title;
  };
  EXPECT_EQ(with_title("---"), "");
  EXPECT_EQ(with_title("Untitled"), "");
  EXPECT_EQ(with_title("Microsoft Word - 某县网络安全事件应急预案.docx"), "某县网络安全事件应急预案");
}

TEST(PropertyTitle, KeepsThePlanNameAndDropsWhatAnExporterAdded) {
  EXPECT_EQ(property_title("  某单位网络安全事件应急预案\u3000"), "某单位网络安全事件应急预案");
  EXPECT_EQ(property_title("MICROSOFT WORD - 某市应急预案（2024年修订）.DOC"), "某市应急预案（2024年修订）");
  EXPECT_EQ(property_title("Cyber Incident Response Plan"), "Cyber Incident Response Plan");
  EXPECT_EQ(property_title("应急预案v2.1"), "应急预案v2.1");  // a version number is no file extension
  for (const char* none : {"", "   ", "---", "——", "1", "2024.03", "Title", "untitled", "Document1", "doc 2", "文档1",
                           "无标题", "未命名", "标题", "新建 Microsoft Word 文档", "Microsoft Word - 文档1.docx"}) {
    EXPECT_EQ(property_title(none), "") << none;
  }
}

}  // namespace
}  // namespace plancheck::office
