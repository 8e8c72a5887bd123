#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dump_outline.hpp"
#include "parse/line_text.hpp"
#include "parse/plain_text_reader.hpp"
#include "parse/typed_tables.hpp"
#include "parse/table_of_contents.hpp"
#include "parse_test_support.hpp"
#include "text/ingest.hpp"

namespace plancheck::parse::testing {
namespace {

TEST(PlainText, PageNumberLines) {
  for (const char* line : {"3", "- 3 -", "— 3 —", "－12－", "第 3 页", "第3页 共12页", "共12页 第3页", "3/12", "Page 3 of 12",
                           "——第 9 页 共 14 页——", "- 第3页 -", "—共12页 第3页—"})
    EXPECT_TRUE(is_page_number_line(line)) << line;
  for (const char* line : {"3.2 预警监测", "第三篇 监测与预警", "2023年2月8日", "一、总则", "30日内", "12345"})
    EXPECT_FALSE(is_page_number_line(line)) << line;
  EXPECT_EQ(page_number("第3页 共12页"), 3);
  EXPECT_EQ(page_number("共12页 第3页"), 3);
  EXPECT_EQ(page_number("－１２－"), 12);
  EXPECT_EQ(page_number("3/12"), 3);
  EXPECT_EQ(page_number("——第 9 页 共 14 页——"), 9);
  EXPECT_EQ(page_number("Page 7 of 9"), 7);
}

TEST(PlainText, DropsPageNumbersAndRejoinsSentenceAcrossBlankLines) {
  const Document d = parse_text(
      "一、事件分级\n\n重大网络安全事件是指：门户网站遭受严重的系\n统损失，业务处理能力受到极\n\n- 3 -\n\n大影响。\n\n本预案适用于网络安全事件的应对工作。\n");
  ASSERT_EQ(d.sections.size(), 1u);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 2u) << dump_document(d);
  EXPECT_EQ(blocks[0].text, "重大网络安全事件是指：门户网站遭受严重的系统损失，业务处理能力受到极大影响。");
  EXPECT_EQ(blocks[0].location.line, 3);
  ASSERT_EQ(blocks[0].segments.size(), 3u);  // one per source line
  // Every character maps back: "大影响。" is on line 8.
  const std::size_t at = blocks[0].text.find("大影响");
  EXPECT_EQ(d.source->locate(blocks[0].source_offset(at)).line, 8);
  EXPECT_EQ(d.source->text().substr(blocks[0].source_offset(at), 9), "大影响");
  EXPECT_EQ(blocks[1].location.line, 10);
}

// Text copied out of a PDF (pdftotext, or a select-all copy) keeps each page's running header and footer.
// They go, as in a PDF, once three pages repeat them; before, a header glued into the sentence it cut
// ("应立即报告县委" + header + "网信办") and a heading-like one opened a section of its own.
std::string paged_text(const std::string& header, const std::string& footer, const std::string& page_break) {
  static const char* const kNumerals[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  std::string text = "某县网络安全事件应急预案\n";
  for (int page = 1; page <= 4; ++page) {
    if (page > 1) text += page_break + header + "\n";
    for (int line = 1; line <= 9; ++line) {
      text += std::string("第") + kNumerals[page] + "页第" + kNumerals[line] + "行的正文，叙述一项具体的要求和做法，这一行写到边\n";
    }
    text += std::string("这一段在第") + kNumerals[page] + "页的最后一行写到了报告县委\n";
    if (!footer.empty()) text += footer + "\n";
    text += "- " + std::to_string(page) + " -\n";
  }
  return text;
}

TEST(PlainText, RunningHeadersAndFootersOfCopiedPagesAreDropped) {
  for (const std::string page_break : {"", "\f"}) {
    for (const std::string footer : {"", "内部资料 注意保存"}) {
      const Document d = parse_text(paged_text("第一篇 总则", footer, page_break));
      const std::string outline = dump_document(d);
      EXPECT_EQ(outline.find("第一篇"), std::string::npos) << outline;
      EXPECT_EQ(outline.find("内部资料"), std::string::npos) << outline;
      EXPECT_NE(outline.find("报告县委第二页第一行"), std::string::npos) << outline;
    }
  }
  // Without page breaks nothing repeats at a page's edge: a line said three times is the plan's.
  std::string text = paged_text("第一篇 总则", "", "");
  for (std::size_t at; (at = text.find("- ")) != std::string::npos;) text.erase(at, text.find('\n', at) + 1 - at);
  EXPECT_NE(dump_document(parse_text(text)).find("第一篇"), std::string::npos);
}

TEST(PlainText, NumbersAloneOnTheirLinesInsideAPageAreNoPageBreaks) {
  // A table copied one cell per line: its numbers would make each row a page, and the repeated cells
  // (一般) running lines.
  std::string text = "一、事件分级\n";
  for (int row = 1; row <= 12; ++row) text += std::to_string(row) + "\n门户网站\n一般\n";
  const std::string outline = dump_document(parse_text(text));
  std::size_t count = 0;
  for (std::size_t at = outline.find("一般"); at != std::string::npos; at = outline.find("一般", at + 1)) ++count;
  EXPECT_EQ(count, 12u) << outline;
}

// Word's text export writes a table's rows with a tab between cells; hand-made tables use '|'. Two such
// lines in a row are a table, whose rows stay apart and keep their cells.
TEST(PlainText, TabAndPipeSeparatedLinesAreTableRows) {
  for (const std::string sep : {"\t", " | ", "｜", "   ", "　"}) {
    const Document d = parse_text("一、事件分级\n级别" + sep + "判定标准\n特别重大" + sep + "核心系统全面瘫痪\n重大" + sep +
                                  "核心系统长时间中断\n二、附则\n本预案自印发之日起施行。\n");
    ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
    const auto& blocks = d.sections[0].blocks;
    ASSERT_EQ(blocks.size(), 3u) << dump_document(d);
    EXPECT_EQ(blocks[1].kind, BlockKind::TableRow);
    ASSERT_EQ(blocks[1].cells.size(), 2u);
    EXPECT_EQ(blocks[1].cells[0], "特别重大");
    EXPECT_EQ(blocks[1].cells[1], "核心系统全面瘫痪");
    // The cell maps back to its place in the source.
    const std::size_t at = blocks[1].text.find("核心系统全面瘫痪");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(d.source->text().substr(blocks[1].source_offset(at), 6), "核心");
  }
  // A Markdown rule row goes; one line with a '|' alone, and a contents entry with a tab before its page
  // number, are text.
  const std::vector<SourceLine> lines = read_plain_text_lines(SourceText(
      "级别 | 判定标准\n---|:---:\n特别重大 | 核心系统全面瘫痪\n二、依据\n依据《网络安全法》|《突发事件应对法》制定。\n"
      "总则\t1\n附则\t9\n"));
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0].kind, LineKind::TableRow);
  EXPECT_EQ(lines[1].kind, LineKind::TableRow);
  EXPECT_EQ(lines[1].text, "特别重大 | 核心系统全面瘫痪");
  for (std::size_t i = 2; i < lines.size(); ++i) EXPECT_EQ(lines[i].kind, LineKind::Text) << lines[i].text;
}

// Text copied out of a PDF's table keeps a gap of spaces between cells; a gap in running text is a row
// only between two cells of two characters or more, after no full sentence and no heading's number.
TEST(PlainText, GapsOfSpacesSeparateCellsOnlyWhereACellCouldEnd) {
  const std::vector<SourceLine> rows = read_plain_text_lines(
      SourceText("事件级别  判定情形\n特别重大事件  全市供水调度系统瘫痪超过24小时\n联系人　　办公电话  值班手机\n"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].kind, LineKind::TableRow);
  EXPECT_EQ(rows[1].text, "特别重大事件 | 全市供水调度系统瘫痪超过24小时");
  EXPECT_EQ(rows[2].kind, LineKind::Text) << "three cells, not two as the rows before it";
  const std::vector<SourceLine> lines = read_plain_text_lines(SourceText(
      "第一条  为规范本局网络安全事件应急处置工作，制定本预案。\n第二条  本预案适用于本局各科室。\n"
      "组  长：张  三\n副组长：李  四\n"
      "本预案自印发之日起施行。  由办公室负责解释。\n各科室应当遵照执行。  如有疑问请联系。\n"
      "1.1  编制目的  1\n1.2  编制依据  2\n"));
  ASSERT_EQ(lines.size(), 8u);
  for (const SourceLine& line : lines) EXPECT_EQ(line.kind, LineKind::Text) << line.text;
}

// A PDF's table row wrapped at the page's width goes on in the next line, which has no bars of its own.
TEST(PlainText, AWrappedTableRowKeepsItsContinuationInItsLastCell) {
  // As wide as the row line below (66 columns): the text is wrapped at that width.
  const std::string full = "本段文字用于撑满版心宽度，说明这是一份按固定宽度折行的文本文件。";
  const Document d = parse_text("一、事件分级\n" + full + "\n级别 | 颜色 | 判定标准\n"
                                "特别重大 | 红色 | 核心业务系统全院瘫痪超过八小时，门急诊和住院业务\n无法开展。\n"
                                "重大 | 橙色 | 核心业务系统中断超过四小时。\n二、附则\n本预案自印发之日起施行。\n");
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 4u) << dump_document(d);
  ASSERT_EQ(blocks[2].cells.size(), 3u) << dump_document(d);
  EXPECT_EQ(blocks[2].cells[2], "核心业务系统全院瘫痪超过八小时，门急诊和住院业务无法开展。");
  EXPECT_EQ(blocks[3].kind, BlockKind::TableRow);
}

// A PDF's text: a table whose cells are spaced apart, its last cell wrapped at the page's width; later a wider
// table (a contact list's telephone columns) whose rows go past that width. The page's width is the prose's.
TEST(PlainText, AWiderTableLaterLeavesAGapTableItsWrappedCells) {
  const std::string full = "本段文字用于撑满版心宽度，说明这是一份按固定宽度折行的文本文件。";
  const Document d = parse_text("一、事件分级\n" + full + "\n"
                                "事件级别       判定标准\n"
                                "特别重大       核心业务系统全院瘫痪超过八小时，门急诊和住院业务\n"
                                "               无法开展\n"
                                "重大           核心业务系统中断超过四小时，影响全院业务运行和门\n"
                                "               诊秩序\n"
                                "二、联系方式\n"
                                "单位/岗位                  职责             联系人               办公电话\n"
                                "领导小组办公室（网信办）   接报、协调       信息中心主任         0551-63900000\n");
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 4u) << dump_document(d);
  ASSERT_EQ(blocks[2].cells.size(), 2u) << dump_document(d);
  EXPECT_EQ(blocks[2].cells[1], "核心业务系统全院瘫痪超过八小时，门急诊和住院业务无法开展");
  ASSERT_EQ(blocks[3].cells.size(), 2u) << dump_document(d);
  EXPECT_EQ(blocks[3].cells[1], "核心业务系统中断超过四小时，影响全院业务运行和门诊秩序");
}

// Text wrapped at a count of characters: a row of tabs and Latin letters ends short of the widest line, but a
// line between two rows of as many cells goes on with the row above. One after the last row does not.
TEST(PlainText, ALineBetweenTwoTabRowsContinuesTheRowAboveWhateverItsWidth) {
  const std::string full = "本段文字用于撑满版心宽度，说明这是一份按固定宽度折行的文本文件。";
  const Document d = parse_text("一、事件分级\n" + full + "\n级别\t标识\t判定标准\n"
                                "特别重大\tP1\t顶级域名权威解析中断，造成全国范围内域名无法解析；\n"
                                "或注册数据泄露涉及1亿人以上个人信息\n"
                                "重大\tP2\t递归解析服务中断；\n或大批量域名被劫持\n"
                                "二、附则\n本预案自印发之日起施行。\n");
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 5u) << dump_document(d);
  ASSERT_EQ(blocks[2].cells.size(), 3u) << dump_document(d);
  EXPECT_EQ(blocks[2].cells[2], "顶级域名权威解析中断，造成全国范围内域名无法解析；或注册数据泄露涉及1亿人以上个人信息");
  EXPECT_EQ(blocks[3].kind, BlockKind::TableRow) << dump_document(d);
  EXPECT_EQ(blocks[3].cells[2], "递归解析服务中断；") << "no row after it: a paragraph may follow a table";
  EXPECT_EQ(blocks[4].kind, BlockKind::Paragraph);
}

// Text wrapped at a count of characters: a prose line holding Ⅰ级… and ① (set full width) is wider than the
// rest, and the rows of a table spaced apart end short of it. A line between two rows continues the row above
// whatever its width; after the last row, a line continues it when the row reaches the width most prose lines
// were wrapped at (not the widest line's).
TEST(PlainText, OneWiderProseLineLeavesAGapTableItsWrappedCells) {
  std::string prose;
  for (int i = 0; i < 8; ++i) prose += "本段文字用于撑满版心宽度，说明这是一份按固定宽度折行的文本文件。\n";  // 64 columns
  const Document d = parse_text("一、事件分级\n" + prose +
                                "应急响应分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级四个级别，①Ⅰ级为最高级别，②分别对应\n"  // 72 columns
                                "四个等级。\n"
                                "内部级别    对应等级    判定标准\n"
                                "P1    重大    多个省份用户无法下单或支付超过30分钟，用户信息泄\n"  // 62 columns
                                "露；重要数据被窃取\n"
                                "P2    较大    1个省份范围内服务中断或降级超过1小时，商家后台被\n"
                                "入侵\n"
                                "二、附则\n本预案自印发之日起施行。\n");
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_GE(blocks.size(), 3u) << dump_document(d);
  const std::vector<Block> rows(blocks.end() - 3, blocks.end());
  for (const Block& row : rows) ASSERT_EQ(row.kind, BlockKind::TableRow) << dump_document(d);
  ASSERT_EQ(rows[1].cells.size(), 3u) << dump_document(d);
  EXPECT_EQ(rows[1].cells[2], "多个省份用户无法下单或支付超过30分钟，用户信息泄露；重要数据被窃取");
  ASSERT_EQ(rows[2].cells.size(), 3u) << dump_document(d);
  EXPECT_EQ(rows[2].cells[2], "1个省份范围内服务中断或降级超过1小时，商家后台被入侵");
}

// A form copied out of a PDF: fields spaced apart in pairs, with fields alone on the lines between. A row far
// short of the width did not wrap, so the lines after it are fields of their own.
TEST(PlainText, AFormsFieldsBetweenShortSpacedRowsStayLines) {
  std::string prose;
  for (int i = 0; i < 8; ++i) prose += "本段文字用于撑满版心宽度，说明这是一份按固定宽度折行的文本文件。\n";
  const Document d = parse_text("附件3 网络安全事件信息报告表\n" + prose +
                                "报告单位          报告时间\n"
                                "事件发生时间          事件类型和初判级别\n"
                                "影响范围和危害\n"
                                "已采取的措施\n"
                                "联系人          联系电话\n");
  bool joined = false;
  for (const Section& s : d.sections) {
    for (const Block& b : s.blocks) {
      if (b.kind == BlockKind::TableRow && b.text.find("影响范围") != std::string::npos) joined = true;
    }
  }
  for (const Block& b : d.preamble) {
    if (b.kind == BlockKind::TableRow && b.text.find("影响范围") != std::string::npos) joined = true;
  }
  EXPECT_FALSE(joined) << dump_document(d);
}

// A plan of articles only, one paragraph a line: the revision note in brackets under the title is no heading
// (it had become a section holding the whole plan, and every finding's section path was "（二〇二六年九月修订）").
TEST(PlainText, ARevisionNoteInBracketsUnderTheTitleIsNoHeading) {
  const Document d = parse_text("赣东理工大学网络安全事件应急预案\n\n（二〇二六年九月修订）\n\n"
                                "第一条　为建立健全学校网络安全事件应急工作机制，提高应对网络安全事件的能力，制定本预案。\n\n"
                                "第二条　本预案适用于学校校园网、数据中心和各类业务信息系统发生网络安全事件时的应对工作。\n\n"
                                "第三条　学校网络安全事件应急工作坚持统一领导、分级负责，预防为主、快速反应的原则。\n\n"
                                "第四条　学校成立网络安全和信息化领导小组，组长由校长担任，负责统一领导应急工作。\n\n"
                                "第五条　信息化处是领导小组的日常办事机构，负责网络安全日常监测和事件的先期处置工作。\n\n"
                                "第六条　各二级学院和各职能部门对本单位网站、信息系统和数据的网络安全负主体责任。\n\n"
                                "第七条　发生网络安全事件后，事发单位应立即报告信息化处，并采取措施控制事态发展。\n\n"
                                "第八条　学校每学年至少组织一次网络安全事件应急演练，检验和完善本预案的各项措施。\n\n"
                                "第九条　本预案由信息化处负责解释，自印发之日起施行，原有关规定同时废止，不再执行。\n\n");
  for (const Section& s : d.sections) EXPECT_EQ(s.heading.find("修订"), std::string::npos) << dump_document(d);
  ASSERT_FALSE(d.preamble.empty()) << dump_document(d);
  EXPECT_EQ(d.preamble.front().text, "（二〇二六年九月修订）") << dump_document(d);
}

// Lines of labels and values one under another are a line each, however long ("副组长：…" over "成　员：…").
TEST(PlainText, LabelLinesOneUnderAnotherAreNotJoined) {
  const Document d = parse_text("一、组织机构\n"
                                "中心成立网络安全应急工作领导小组，负责统一领导中心网络安全事件应急处置工作。\n"
                                "组　长：中心主任\n"
                                "副组长：中心分管技术工作的副主任、总编辑\n"
                                "成　员：办公室、新闻采编部、新媒体运营部、技术保障部、播出部负责人\n"
                                "领导小组主要职责：\n"
                                "①研究部署中心网络安全应急工作，审定本预案；\n");
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  std::vector<std::string> texts;
  for (const Block& b : d.sections[0].blocks) texts.push_back(b.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "副组长：中心分管技术工作的副主任、总编辑"), texts.end()) << dump_document(d);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "成　员：办公室、新闻采编部、新媒体运营部、技术保障部、播出部负责人"), texts.end())
      << dump_document(d);
}

// A note under a table ("注：…") is no rest of the last row's cell, however wide that row.
TEST(PlainText, ANoteUnderATableIsNoPartOfItsLastRow) {
  std::string prose;
  for (int i = 0; i < 8; ++i) prose += "本段文字用于撑满版心宽度，说明这是一份按固定宽度折行的文本文件。\n";  // 64 columns
  const Document d = parse_text("附件2 预警级别对照表\n" + prose +
                                "预警级别      预警颜色      对应事件                  批准人\n"
                                "三级          黄色          较大事件          应急办主任批准\n"
                                "四级          蓝色          一般事件          应急办主任批准同意\n"
                                "注：预警级别可以根据事态发展升级或者降级；\n");
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_GE(blocks.size(), 2u) << dump_document(d);
  EXPECT_EQ(blocks.back().text, "注：预警级别可以根据事态发展升级或者降级；") << dump_document(d);
  const Block& last_row = blocks[blocks.size() - 2];
  ASSERT_EQ(last_row.kind, BlockKind::TableRow) << dump_document(d);
  EXPECT_EQ(last_row.cells.back(), "应急办主任批准同意") << dump_document(d);
}

// A cover page: the plan's title, who compiled it and the month, then the plan. The month is no heading (it
// had become the section holding the whole plan).
TEST(PlainText, ACoverPagesMonthIsNoHeading) {
  EXPECT_TRUE(is_year_month_line("二〇二六年三月"));
  EXPECT_TRUE(is_year_month_line("2026年3月"));
  EXPECT_FALSE(is_year_month_line("三月"));
  EXPECT_FALSE(is_year_month_line("每年三月"));
  const Document d = parse_text("某大数据集团有限公司\n某省政务云平台网络安全事件应急预案\n某大数据集团有限公司 网络安全部 编制\n"
                                "二〇二六年三月\n为健全集团网络安全事件应急工作机制，提高应对网络安全事件的能力，制定本预案。\n"
                                "一、总则\n本预案适用于集团各部门。\n");
  for (const Section& s : d.sections) EXPECT_EQ(s.heading.find("三月"), std::string::npos) << dump_document(d);
}

// A numbered item ending in a colon over items lettered a., b. leads in to them: an item, not a heading (a
// wrapped text copy; the arabic "2." read as the next chapter after "4").
TEST(PlainText, ANumberedLeadInOverLetteredItemsIsNoHeading) {
  const Document d = parse_text("4 监测与预警\n"
                                "4.1 预警研判与发布\n"
                                "1. 应急办对监测信息进行研判，认为可能发生网络安全事件的，提出预警级别建议\n"
                                "；\n"
                                "2. 预警发布权限：\n"
                                "a. 红色、橙色预警由应急办报领导小组组长批准后发布，并及时报告省通信管理局\n"
                                "；\n"
                                "b. 黄色、蓝色预警由应急办主任批准后发布；\n"
                                "3. 预警信息包括：预警类别、预警级别、起始时间、可能影响范围、警示事项、应\n"
                                "采取的措施、时限要求和发布单位等。\n"
                                "4.2 预警响应\n"
                                "5 应急响应\n");
  EXPECT_EQ(dump_outline(d), "4|监测与预警 @1:1 [arabic]\n  4.1|预警研判与发布 @2:1 [dotted]\n  4.2|预警响应 @11:1 [dotted]\n"
                             "5|应急响应 @12:1 [arabic]\n")
      << dump_document(d);
}

TEST(PlainText, KeepsASpaceOnlyBetweenLatinWordsWhenJoining) {
  const Document d = parse_text("一、依据\n\n《信息安全事件分类分级指南》（GB/Z\n20986-2007）等相关规定的要求和OA\n系统。\n");
  ASSERT_EQ(d.sections.size(), 1u);
  ASSERT_EQ(d.sections[0].blocks.size(), 1u);
  EXPECT_EQ(d.sections[0].blocks[0].text, "《信息安全事件分类分级指南》（GB/Z 20986-2007）等相关规定的要求和OA系统。");  // Latin then CJK: no space
}

TEST(PlainText, ListItemsAndHeadingsAreNotJoinedOnto) {
  const Document d = parse_text(
      "一、事件分级\n（一）符合下列情形之一的，为特别重大网络安全事件：\n1. 重要网络和信息系统遭受特别严重的系统损失；\n2. 其他对单位运转构成特别严重威胁。\n二、工作原则\n");
  ASSERT_EQ(d.sections.size(), 2u) << dump_outline(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 3u) << dump_document(d);
  EXPECT_EQ(blocks[0].kind, BlockKind::ListItem);
  EXPECT_EQ(blocks[0].marker, "（一）");
  EXPECT_EQ(blocks[1].marker, "1.");
  EXPECT_EQ(blocks[2].marker, "2.");
  EXPECT_EQ(blocks[2].text, "2. 其他对单位运转构成特别严重威胁。");
}

// Text written one line per paragraph whose basis list puts one cited title on each line, without a full
// stop: the titles are lines of their own, and so is the short title line before them.
TEST(PlainText, ABasisListOfOneTitleALineIsNoWrappedParagraph) {
  const Document d = parse_text(
      "一、总则\n编制依据\n《中华人民共和国网络安全法》第二十五条\n《网络安全法》\n《中华人民共和国突发事件应对法》\n"
      "《信息安全技术 信息安全事件分类分级指南》（GB/Z 20986-2007）\n《临溪县网络与信息安全突发事件应急预案》\n"
      "《国家网络安全事件应急预案》\n适用范围\n本预案适用于公司本部、各水厂、加压泵站和营业网点发生的网络安全事件的应对工作。\n"
      "公司的制水、供水调度都离不开自控系统、营业收费系统和办公网络，一旦被攻击会直接影响群众用水。\n"
      "为了在出现网络安全事件时能快速处理、尽量减少损失，保障供水安全和正常营业，特制定本预案。\n"
      "各部门、各水厂负责本单位系统的安全运行和先期处置，各确定一名网络安全联络员。\n");
  ASSERT_EQ(d.sections.size(), 1u) << dump_outline(d);
  const auto& parts = d.sections[0].children;
  ASSERT_EQ(parts.size(), 2u) << dump_document(d);
  EXPECT_EQ(parts[0].title, "编制依据");
  ASSERT_EQ(parts[0].blocks.size(), 6u) << dump_document(d);
  EXPECT_EQ(parts[0].blocks[0].text, "《中华人民共和国网络安全法》第二十五条");
  EXPECT_EQ(parts[0].blocks[1].text, "《网络安全法》") << "a short title cited alone is no heading";
  EXPECT_EQ(parts[0].blocks[3].text, "《信息安全技术 信息安全事件分类分级指南》（GB/Z 20986-2007）");
  EXPECT_EQ(parts[1].title, "适用范围");
  EXPECT_EQ(parts[1].blocks.size(), 4u);
}

// A web page's copy, a paragraph a line with blank lines between and every heading number lost: lines
// that lead in to a list ("…下列系统：") and bulleted cited titles are whole lines too, so the text is read
// one line per paragraph and its short title lines are headings.
TEST(PlainText, BulletedTitlesAndLeadInsAreWholeLinesOfAWebCopy) {
  const Document d = parse_text(
      "总则\n\n目的\n\n为规范本公司网络安全事件的应急管理，保障域名解析服务的连续性和稳定性，特制定本预案。\n\n依据\n\n"
      "· 《中华人民共和国网络安全法》\n\n· 《中华人民共和国突发事件应对法》\n\n· 《中华人民共和国数据安全法》\n\n"
      "· 《关键信息基础设施安全保护条例》\n\n· 《国家网络安全事件报告管理办法》\n\n· 《国家网络安全事件应急预案》\n\n"
      "适用范围\n\n本预案适用于公司运营的下列系统发生的网络安全事件：\n\n• 顶级域名注册管理系统及其对外服务接口；\n\n"
      "• 权威解析节点，包括北京、上海、广州三个主节点和境内外十二个任播节点；\n\n"
      "领导机构\n\n公司成立网络安全事件应急领导小组，组长由总经理担任，副组长由分管技术的副总经理担任。\n\n"
      "领导小组负责下列事项，由其办公室承办日常工作并督促落实：\n\n（１）统一领导公司网络安全事件的应急处置工作；\n\n"
      "（２）决定启动、结束Ⅰ级和Ⅱ级应急响应，批准发布红色、橙色预警。\n");
  std::vector<std::string> titles;
  for_each_section(d.sections, [&](const Section& s, const std::string&) { titles.push_back(s.title); });
  EXPECT_EQ(titles, (std::vector<std::string>{"目的", "依据", "适用范围", "领导机构"})) << dump_document(d);
}

TEST(PlainText, ShortLabelLinesStayApart) {
  const Document d = parse_text("一、工作组\n牵头人：办公室主任\n组员：各处室负责人\n工作组负责应急处置。\n");
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].blocks.size(), 3u) << dump_document(d);
}

TEST(PlainText, CrlfInput) {
  const Document d = parse_text("第一章 总则\r\n\r\n一、编制目的\r\n为了规范应急处置\r\n工作，制定本预案。\r\n");
  ASSERT_EQ(d.sections.size(), 1u) << dump_outline(d);
  EXPECT_EQ(d.sections[0].title, "总则");
  ASSERT_EQ(d.sections[0].children.size(), 1u);
  const Section& s = d.sections[0].children[0];
  EXPECT_EQ(s.heading, "一、编制目的");
  EXPECT_EQ(s.location.line, 3);
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0].text, "为了规范应急处置工作，制定本预案。");
}

// Old Mac exports: CR alone ends each line, read through ingest as the command line reads it.
TEST(PlainText, CrOnlyInputHasItsLinesAndTitle) {
  auto decoded = text::decode_bytes("某单位网络安全事件应急预案\r\r第一章 总则\r\r一、编制目的\r为了规范应急处置\r工作，制定本预案。\r", "mac.txt");
  ASSERT_TRUE(decoded) << decoded.error().to_string(Lang::En);
  const Document d = parse_text(decoded.value().utf8);
  EXPECT_EQ(d.metadata.title, "某单位网络安全事件应急预案");
  ASSERT_EQ(d.sections.size(), 1u) << dump_outline(d);
  EXPECT_EQ(d.sections[0].location.line, 3);
  ASSERT_EQ(d.sections[0].children.size(), 1u);
  const Section& s = d.sections[0].children[0];
  EXPECT_EQ(s.location.line, 5);
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0].text, "为了规范应急处置工作，制定本预案。");
  EXPECT_EQ(s.blocks[0].location.line, 6);
}

TEST(PlainText, TableOfContentsWithDotLeadersIsSkipped) {
  const Document d = parse_text(
      "某单位网络安全事件应急预案\n目  录\n第一章 总则………………1\n第二章 组织机构...........3\n第三章 附则 ··· 9\n"
      "第一章 总则\n一、编制目的\n为规范处置，制定本预案。\n第二章 组织机构\n第三章 附则\n");
  EXPECT_EQ(d.metadata.title, "某单位网络安全事件应急预案");
  EXPECT_EQ(dump_outline(d), "第一章|总则 @6:1 [part]\n  一、|编制目的 @7:1 [chinese-comma]\n"
                             "第二章|组织机构 @9:1 [part]\n第三章|附则 @10:1 [part]\n");
  EXPECT_EQ(toc_entry_key("第一章 总则………………1"), "总则");
}

// A version table right above the contents, its last row as wide as the page: the title 目录 is no wrapped
// piece of that row's last cell, so the entries (without page numbers) are still skipped.
TEST(PlainText, TableOfContentsRightUnderAWideTableIsSkipped) {
  const Document d = parse_text(
      "某公司网络安全事件应急预案\n"
      "版本            修订日期        修订说明                                批准人\n"
      "V3.0            2025年12月      落实报告管理办法的报告时限，调整附件联系人   总经理\n"
      "目录\n1 总则\n2 组织体系与职责\n附件\n"
      "1 总则\n为规范处置，制定本预案。\n2 组织体系与职责\n公司成立应急指挥部。\n");
  EXPECT_EQ(dump_outline(d), "1|总则 @8:1 [arabic]\n2|组织体系与职责 @10:1 [arabic]\n") << dump_document(d);
}

// A table laid out in columns, as a PDF's text gives it: cells wrap inside their columns, and a page break
// falls inside a row. Each piece joins the cell of its column; a row is a line that fills every column.
TEST(PlainText, CellsWrappedInsideTheirColumnsJoinTheirRow) {
  const Document d = parse_text(
      "一、事件分级\n"
      "事件级别        判定标准                                      预警级别\n"
      "特别重大网络    集中交易系统在交易时段中断30分钟以上，或造成  红色\n"
      "安全事件        全公司范围交易无法进行；客户资金被非法\n"
      "                转移，涉及金额1亿元以上\n"
      "\n— 2 —\n\n"
      "                核心数据被篡改且无法恢复\n"
      "重大网络安全    集中交易系统在交易时段中断10分钟以上          橙色\n"
      "事件\n"
      "二、预警\n预警分为四级。\n");
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const auto& rows = d.sections[0].blocks;
  ASSERT_EQ(rows.size(), 3u) << dump_document(d);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"事件级别", "判定标准", "预警级别"}));
  EXPECT_EQ(rows[1].kind, BlockKind::TableRow);
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{
                               "特别重大网络安全事件",
                               "集中交易系统在交易时段中断30分钟以上，或造成全公司范围交易无法进行；客户资金被非法转移，"
                               "涉及金额1亿元以上核心数据被篡改且无法恢复",
                               "红色"}));
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"重大网络安全事件", "集中交易系统在交易时段中断10分钟以上", "橙色"}));
  EXPECT_EQ(rows[2].location.line, 10);
  // A short line at the margin after a row whose first cell is short is no piece of it.
  const Document after = parse_text(
      "一、联系方式\n"
      "岗位          姓名      电话\n"
      "组长          张三      0000-1234567，值班时间以外\n"
      "                        请拨打手机\n"
      "联络员        李四      0000-7654321\n"
      "附件3 应急联系表\n");
  ASSERT_EQ(after.sections.size(), 2u) << dump_document(after);
  const auto& contact = after.sections[0].blocks;
  ASSERT_EQ(contact.size(), 3u) << dump_document(after);
  EXPECT_EQ(contact[1].cells, (std::vector<std::string>{"组长", "张三", "0000-1234567，值班时间以外请拨打手机"}));
  EXPECT_EQ(contact[2].cells, (std::vector<std::string>{"联络员", "李四", "0000-7654321"}));
  EXPECT_EQ(after.sections[1].heading, "附件3 应急联系表");
}

// Criteria numbered inside their column ("1. …" on the row's line, "2. …" under it): a numbered line under a
// later column is the cell's next item, not a list item of the text; at the margin it still is.
TEST(PlainText, NumberedItemsWrappedInsideAColumnJoinTheirCell) {
  const Document d = parse_text(
      "一、事件分级\n"
      "事件级别      判定标准                                           预警级别\n"
      "特别重大事件  1. 政务云平台核心网络或多个可用区同时瘫痪，           红色\n"
      "              导致全省政务服务大面积中断超过8小时；\n"
      "              2. 政务数据泄露涉及1000万人以上。\n"
      "重大事件      1. 政务云平台单个可用区瘫痪超过4小时；               橙色\n"
      "              2. 政务数据泄露涉及100万人以上。\n"
      "1. 事件分级由应急办组织研判。\n");
  ASSERT_EQ(d.sections.size(), 1u) << dump_document(d);
  const auto& blocks = d.sections[0].blocks;
  ASSERT_GE(blocks.size(), 3u) << dump_document(d);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{
                                 "特别重大事件",
                                 "1. 政务云平台核心网络或多个可用区同时瘫痪，导致全省政务服务大面积中断超过8小时；2. 政务数据泄露涉及1000万人以上。",
                                 "红色"}))
      << dump_document(d);
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"重大事件", "1. 政务云平台单个可用区瘫痪超过4小时；2. 政务数据泄露涉及100万人以上。", "橙色"}))
      << dump_document(d);
  ASSERT_EQ(blocks.size(), 4u) << dump_document(d);
  EXPECT_NE(blocks[3].kind, BlockKind::TableRow) << dump_document(d);
}

TEST(PlainText, ANumberedTitleEndingInAColonIsAHeading) {
  // "（一）编制目的：" alone on its line introduces what follows, as a heading does; with text after the
  // colon the line is a list item that says it.
  const Document d = parse_text("一、总则：\n（一）编制目的：\n为规范处置，制定本预案。\n（二）工作原则\n"
                                "1.统一领导：由领导小组统一指挥。\n2.快速反应：发现事件立即处置。\n");
  EXPECT_EQ(dump_outline(d), "一、|总则： @1:1 [chinese-comma]\n  （一）|编制目的： @2:1 [paren-chinese]\n"
                             "  （二）|工作原则 @4:1 [paren-chinese]\n")
      << dump_document(d);
}

TEST(PlainText, AListOfTheAnnexesIsNoHeadings) {
  // "九、附件" lists the annexes, then each follows under its own heading (a part of its own): the list's lines
  // are items, and the annexes' headings number 附件1 to 附件2 once.
  const Document d = parse_text("八、附则\n本预案自印发之日起实施。\n九、附件\n附件1：网络安全事件分类\n"
                                "附件2：应急联络表\n附件1　网络安全事件分类\n网络安全事件分为七类。\n"
                                "附件2　应急联络表\n联络人名单另行印发。\n");
  EXPECT_EQ(dump_outline(d), "八、|附则 @1:1 [chinese-comma]\n九、|附件 @3:1 [chinese-comma]\n"
                             "附件1|网络安全事件分类 @6:1 [appendix]\n附件2|应急联络表 @8:1 [appendix]\n")
      << dump_document(d);
}

TEST(PlainText, TableOfContentsWithoutItsTitleLineIsSkippedToo) {
  // A PDF's layout set 目    录 as two lines, or the title was never there; the entries still go.
  for (const std::string& title : {std::string("目\n录\n"), std::string()}) {
    const Document d = parse_text("某单位网络安全事件应急预案\n" + title +
                                  "一、总则 ........................ 1\n二、组织机构 .................... 3\n"
                                  "三、附则 ········ 9\n一、总则\n为规范处置，制定本预案。\n二、组织机构\n三、附则\n");
    EXPECT_EQ(d.metadata.title, "某单位网络安全事件应急预案");
    EXPECT_EQ(dump_outline(d), "一、|总则 @" + std::to_string(title.empty() ? 5 : 7) + ":1 [chinese-comma]\n" +
                                   "二、|组织机构 @" + std::to_string(title.empty() ? 7 : 9) + ":1 [chinese-comma]\n" +
                                   "三、|附则 @" + std::to_string(title.empty() ? 8 : 10) + ":1 [chinese-comma]\n")
        << title;
  }
  // Two such lines are no table of contents: a form's blanks to fill in, say.
  const Document form = parse_text("一、总则\n填表人 ........ 1\n审核人 ........ 2\n为规范处置，制定本预案。\n");
  EXPECT_NE(form.sections.at(0).blocks.at(0).text.find("填表人"), std::string::npos);
}

// A long title wrapped at the page's width, as a PDF's text gives it: the rest that did not fit goes on in
// the next, shorter line. A line that is no title over a whole title is not joined to it.
TEST(PlainText, ATitleWrappedOntoASecondLineIsWhole) {
  const Document d = parse_text("临江市融媒体中心网络安全事件应\n急预案\n第一章 总则\n第一条 为有效预防网络安全事件，制定本预案。\n");
  EXPECT_EQ(d.metadata.title, "临江市融媒体中心网络安全事件应急预案");
  EXPECT_TRUE(d.preamble.empty()) << dump_document(d);
  const Document apart = parse_text("内部资料\n某公司网络安全事件应急预案\n第一章 总则\n第一条 为有效预防网络安全事件，制定本预案。\n");
  EXPECT_NE(apart.metadata.title, "内部资料某公司网络安全事件应急预案");
  const Document series = parse_text("电信与互联网法律热点问题\n网络安全事件应急预案\n已于2017年6月1日生效的《网络安全法》作为框架性法规。\n");
  EXPECT_NE(series.metadata.title, "电信与互联网法律热点问题网络安全事件应急预案");
}

// A letterhead with the organisation's name over a title that opens with it: the title is the second line
// alone. A document number in traditional characters (號) is one too.
TEST(PlainText, ALetterheadOverATitleThatRepeatsItIsNoPartOfTheTitle) {
  const Document d = parse_text("國網湘江省電力有限公司\n國網湘江省電力有限公司網絡安全事件應急預案\n第一章 總則\n第一條 為有效預防網絡安全事件，制定本預案。\n");
  EXPECT_EQ(d.metadata.title, "國網湘江省電力有限公司網絡安全事件應急預案") << dump_document(d);
  const Document numbered = parse_text("國網湘江省電力有限公司\n國網湘江省電力有限公司網絡安全事件應急預案\n文件編號：湘電數字〔2026〕15號\n"
                                       "第一章 總則\n第一條 為有效預防網絡安全事件，制定本預案。\n");
  EXPECT_EQ(numbered.metadata.title, "國網湘江省電力有限公司網絡安全事件應急預案") << dump_document(numbered);
  EXPECT_EQ(numbered.metadata.document_number, "湘電數字〔2026〕15號") << dump_document(numbered);
}

TEST(PlainText, NoticeBeforeTitleIsFrontMatter) {
  const Document d = parse_text(
      "某某市网信办文件\n某网发〔2024〕12号\n关于印发《某某市网络安全事件应急预案》的通知\n各区县网信办：\n"
      "现将《某某市网络安全事件应急预案》印发给你们，请认真贯彻执行。\n某某市网信办\n2024年3月1日\n"
      "某某市网络安全事件应急预案\n为做好应急工作，制定本预案。\n一、总则\n");
  EXPECT_EQ(d.metadata.title, "某某市网络安全事件应急预案");
  EXPECT_EQ(d.metadata.document_number, "某网发〔2024〕12号");
  EXPECT_EQ(d.metadata.issue_date, "2024年3月1日");
  EXPECT_EQ(d.metadata.issuer, "某某市网信办");
  ASSERT_EQ(d.front_matter.size(), 7u);
  EXPECT_EQ(d.front_matter[6].text, "2024年3月1日");
  ASSERT_EQ(d.preamble.size(), 1u);
  EXPECT_EQ(d.preamble[0].location.line, 9);
  ASSERT_EQ(d.sections.size(), 1u);
}

// A plan's title ends in the kind of document (…预案, …预案（试行）): a section whose title starts with 预案
// ("预案衔接", "预案管理") is no title, however late in a plan whose headings lost their numbers.
TEST(PlainText, ASectionAboutThePlanIsNoTitle) {
  const Document d = parse_text(
      "东临港口集团有限公司\n网络安全事件应急预案（试行）\n\n总则\n\n编制目的\n为提高应对能力，制定本预案。\n\n"
      "预案衔接\n本预案是集团突发事件应急预案体系中的专项预案。\n\n保障措施\n集团保障应急经费。\n");
  EXPECT_EQ(d.metadata.title, "东临港口集团有限公司网络安全事件应急预案（试行）") << dump_document(d);
  EXPECT_TRUE(d.front_matter.empty()) << dump_document(d);
  EXPECT_NE(dump_document(d).find("预案衔接"), std::string::npos);
}

// Structure is recovered from the words of the plan as written: in traditional characters they read as
// the simplified ones (關於…的通知, 現印發給你們, 預案, 第一節, 附錄, 第1頁).
TEST(PlainText, TraditionalCharactersReadAsSimplifiedOnes) {
  const Document d = parse_text(
      "某某市網信辦文件\n各區縣網信辦：\n現將《某某市網絡安全事件應急預案》印發給你們，請認真貫徹執行。\n"
      "某某市網信辦\n2024年3月1日\n某某市網絡安全事件應急預案\n為做好應急工作，制定本預案。\n"
      "第一節 總則\n第1頁 共3頁\n第二節 組織機構\n附錄A 術語\n");
  EXPECT_EQ(d.metadata.title, "某某市網絡安全事件應急預案");
  EXPECT_EQ(d.metadata.issue_date, "2024年3月1日");
  EXPECT_EQ(d.metadata.issuer, "某某市網信辦");
  EXPECT_EQ(d.front_matter.size(), 5u) << dump_document(d);  // the notice, whose words hand the plan on
  ASSERT_EQ(d.preamble.size(), 1u) << dump_document(d);
  EXPECT_EQ(d.preamble[0].location.line, 7);
  EXPECT_EQ(dump_outline(d), "第一節|總則 @8:1 [part]\n第二節|組織機構 @10:1 [part]\n附錄A|術語 @11:1 [appendix]\n");
  ASSERT_FALSE(d.sections.empty());
  EXPECT_EQ(d.sections[0].numbering.suffix, "节");  // 第一節 and 第一节 are one style
  EXPECT_TRUE(is_page_number_line("第 3 頁"));
}

// A PDF's text whose footers are set between dashes ("——第 2 页 共 4 页——") and whose header runs over two
// lines: both go, and a sentence broken by them is whole again.
TEST(PlainText, FootersBetweenDashesEndPagesAndTheirRunningLinesGo) {
  std::string text = "某大数据集团有限公司网络安全事件应急预案\n";
  for (int page = 1; page <= 4; ++page) {
    if (page > 1) text += "某大数据集团有限公司网络安全事件应急预案\n      内部资料 注意保存\n\n";
    text += "第" + std::to_string(page) + "章 第" + std::to_string(page) + "部分\n";
    for (int i = 0; i < 8; ++i) text += "本段文字用于撑满版心宽度，说明这是一份按固定宽度折行的文本文件。\n";
    if (page == 2) text += "各部门、各子公司不得迟报、谎报、\n";
    text += "\n——第 " + std::to_string(page) + " 页 共 4 页——\n\n";
    if (page == 2) text += "某大数据集团有限公司网络安全事件应急预案\n      内部资料 注意保存\n\n瞒报、漏报网络安全事件信息。\n";
  }
  const Document d = parse_text(text);
  bool whole = false;
  for_each_section(d.sections, [&](const Section& s, const std::string&) {
    for (const Block& b : s.blocks) whole = whole || b.text == "各部门、各子公司不得迟报、谎报、瞒报、漏报网络安全事件信息。";
  });
  EXPECT_TRUE(whole) << dump_document(d);
}

TEST(PlainText, PartFamilySwitchContinuesTheLevel) {
  const Document d = parse_text("第一篇 总则\n一、目的\n第二篇 处置\n第三章 附则\n一、解释\n");
  EXPECT_EQ(dump_outline(d), "第一篇|总则 @1:1 [part]\n  一、|目的 @2:1 [chinese-comma]\n第二篇|处置 @3:1 [part]\n"
                             "第三章|附则 @4:1 [part]\n  一、|解释 @5:1 [chinese-comma]\n");
  EXPECT_EQ(d.sections[2].numbering.suffix, "章");
}

TEST(PlainText, NewStyleNotStartingAtOneIsAListItem) {
  const Document d = parse_text("一、总则\n（三）其他情形\n二、附则\n");
  ASSERT_EQ(d.sections.size(), 2u) << dump_outline(d);
  EXPECT_TRUE(d.sections[0].children.empty());
  ASSERT_EQ(d.sections[0].blocks.size(), 1u);
  EXPECT_EQ(d.sections[0].blocks[0].marker, "（三）");
}

TEST(PlainText, DottedNumbersNestByComponentCount) {
  const Document d = parse_text("1 总则\n1.1 目的\n1.1.1 范围\n1.2 依据\n2 附则\n");
  EXPECT_EQ(dump_outline(d), "1|总则 @1:1 [arabic]\n  1.1|目的 @2:1 [dotted]\n    1.1.1|范围 @3:1 [dotted]\n"
                             "  1.2|依据 @4:1 [dotted]\n2|附则 @5:1 [arabic]\n");
}

}  // namespace
}  // namespace plancheck::parse::testing
