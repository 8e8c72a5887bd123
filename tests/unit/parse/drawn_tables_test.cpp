#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dump_outline.hpp"
#include "parse/html_tables.hpp"
#include "parse/plain_text_reader.hpp"
#include "parse/ruled_tables.hpp"
#include "parse_test_support.hpp"

namespace plancheck::parse::testing {
namespace {

// The blocks of the first section that are table rows.
std::vector<const Block*> rows_of(const Section& s) {
  std::vector<const Block*> out;
  for (const Block& b : s.blocks) {
    if (b.kind == BlockKind::TableRow) out.push_back(&b);
  }
  return out;
}

// WPS's and Word's text export of a table keeps its box drawing: each row between two rules is one row, a
// cell wrapped inside its column joined again, and the rules are gone.
TEST(DrawnTables, BoxDrawnTableInPlainTextIsReadRowByRow) {
  const std::string plan =
      "一、事件分级\n"
      "网络安全事件分为四级，判定标准如下：\n"
      "┌────────────┬──────────────────────┐\n"
      "│事件级别    │判定情形              │\n"
      "├────────────┼──────────────────────┤\n"
      "│特别重大网络│SCADA系统被非法控制，造│\n"
      "│安全事件    │成中心城区停水。      │\n"
      "├────────────┼──────────────────────┤\n"
      "│重大网络安全│两座水厂控制系统瘫痪。│\n"
      "│事件        │                      │\n"
      "└────────────┴──────────────────────┘\n"
      "二、附则\n本预案自印发之日起施行。\n";
  const Document d = parse_text(plan);
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const std::vector<const Block*> rows = rows_of(d.sections[0]);
  ASSERT_EQ(rows.size(), 3u) << dump_document(d);
  EXPECT_EQ(rows[0]->cells, (std::vector<std::string>{"事件级别", "判定情形"}));
  EXPECT_EQ(rows[1]->cells, (std::vector<std::string>{"特别重大网络安全事件", "SCADA系统被非法控制，造成中心城区停水。"}));
  EXPECT_EQ(rows[2]->cells, (std::vector<std::string>{"重大网络安全事件", "两座水厂控制系统瘫痪。"}));
  EXPECT_EQ(d.sections[0].blocks.size(), 4u) << "the lead-in and three rows; no rule is left: " << dump_document(d);
  // A cell's pieces map back to where each stands in the source.
  const std::size_t at = rows[1]->text.find("成中心城区");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(d.source->text().substr(rows[1]->source_offset(at), 15), "成中心城区");
}

// A console's table of dashes, its rules closing off only the header and the end, has a row per line; a line
// whose first cell is blank goes on with the row above. Box drawing rules off every row: lines between two
// rules are one row however few the rules.
TEST(DrawnTables, RowsWithoutRulesBetweenThemAreLines) {
  const std::vector<SourceLine> lines = read_plain_text_lines(SourceText(
      "+------+------+------+\n| 预警 | 颜色 | 发布 |\n+------+------+------+\n| 一级 | 红色 | 组长 |\n"
      "| 二级 | 橙色 | 组长 |\n|      |      | 批准 |\n| 三级 | 黄色 | 主任 |\n+------+------+------+\n"));
  ASSERT_EQ(lines.size(), 4u);
  for (const SourceLine& l : lines) EXPECT_EQ(l.kind, LineKind::TableRow) << l.text;
  EXPECT_EQ(lines[2].cells, (std::vector<std::string>{"二级", "橙色", "组长批准"}));
  EXPECT_EQ(lines[3].text, "三级 | 黄色 | 主任");
  const std::vector<SourceLine> box = read_plain_text_lines(SourceText(
      "┌──────┬────────┐\n│级别  │判定情形│\n├──────┼────────┤\n│特别重│多座电厂│\n│大    │停运。  │\n└──────┴────────┘\n"));
  ASSERT_EQ(box.size(), 2u);
  EXPECT_EQ(box[1].cells, (std::vector<std::string>{"特别重大", "多座电厂停运。"}));
}

// pandoc's grid tables (Word converted to Markdown) are a paragraph to md4c: the same reading applies, with
// '+', '-', '=' and '|'; Markdown's escapes are gone from the cells.
TEST(DrawnTables, PandocGridTableInMarkdown) {
  const std::string plan =
      "# 1 事件分级\n\n"
      "+----------+--------------------------------+\n"
      "| 级别     | 判定情形                       |\n"
      "+==========+================================+\n"
      "| 特别重大 | 1\\. 信号系统遭受攻击，造成两条 |\n"
      "|          | 线路全线停运；                 |\n"
      "|          | 2\\. 乘客个人信息泄露100万条以上 |\n"
      "+----------+--------------------------------+\n"
      "| 重大     | 一条线路全线停运。             |\n"
      "+----------+--------------------------------+\n\n"
      "# 2 附则\n\n本预案自印发之日起施行。\n";
  const Document d = parse_text(plan, "plan.md");
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const std::vector<const Block*> rows = rows_of(d.sections[0]);
  ASSERT_EQ(rows.size(), 3u) << dump_document(d);
  EXPECT_EQ(rows[1]->cells[0], "特别重大");
  EXPECT_EQ(rows[1]->cells[1], "1. 信号系统遭受攻击，造成两条线路全线停运；2. 乘客个人信息泄露100万条以上");
  EXPECT_EQ(rows[2]->text, "重大 | 一条线路全线停运。");
}

// A flow chart's boxes are no table: one column, and the steps stay text.
TEST(DrawnTables, BoxesOfOneColumnAreLeftAlone) {
  std::vector<SourceLine> lines;
  for (const char* t : {"┌──────────┐", "│ 监测发现 │", "└────┬─────┘", "↓", "┌──────────┐", "│ 先期处置 │", "└──────────┘"}) {
    SourceLine l;
    append_piece(l, t, 0);
    lines.push_back(l);
  }
  const std::vector<bool> dropped = mark_ruled_tables(lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_FALSE(dropped[i]) << i;
    EXPECT_EQ(lines[i].kind, LineKind::Text) << i;
  }
  // Boxes side by side are a flow chart's branches, no table's row.
  std::vector<SourceLine> branches;
  for (const char* t : {"┌──────┐    ┌──────┐", "│Ⅰ级响应│    │Ⅲ级响应│", "│组长决定│    │主任决定│", "└──┬───┘    └──┬───┘"}) {
    SourceLine l;
    append_piece(l, t, 0);
    branches.push_back(l);
  }
  const std::vector<bool> kept = mark_ruled_tables(branches);
  for (std::size_t i = 0; i < branches.size(); ++i) EXPECT_EQ(branches[i].kind, LineKind::Text) << i;
  EXPECT_TRUE(std::none_of(kept.begin(), kept.end(), [](bool b) { return b; }));
  EXPECT_TRUE(is_drawn_line("┌──────┐    ┌──────┐"));
  EXPECT_TRUE(is_drawn_line("└────┬─────┘"));
  EXPECT_TRUE(is_drawn_line("│ 监测发现 │"));
  EXPECT_TRUE(is_drawn_line("+----+====+"));
  EXPECT_FALSE(is_drawn_line("----"));
  EXPECT_FALSE(is_drawn_line("| 级别 | 颜色 |")) << "a typed pipe row is written, not drawn";
  EXPECT_FALSE(is_drawn_line("第一条 总则"));
}

// pandoc writes a table whose cells hold paragraphs as raw HTML: its rows are read, each cell's paragraphs
// joined, entities decoded, and the text around the table kept.
TEST(DrawnTables, HtmlTableInMarkdown) {
  const std::string plan =
      "# 3 预警\n\n"
      "<table>\n<thead>\n<tr class=\"header\">\n<th>预警级别</th>\n<th>审批/发布</th>\n</tr>\n</thead>\n<tbody>\n"
      "<tr class=\"odd\">\n<td>红色、橙色</td>\n<td><p>应急办提出建议，</p>\n<p>报领导小组组长批准后发布</p></td>\n</tr>\n"
      "<tr class=\"even\">\n<td>黄色&amp;蓝色</td>\n<td>应急办主任\n批准后发布</td>\n</tr>\n</tbody>\n</table>\n\n"
      "预警信息包括事件类别。\n\n# 4 附则\n\n本预案自印发之日起施行。\n";
  const Document d = parse_text(plan, "plan.md");
  ASSERT_EQ(d.sections.size(), 2u) << dump_document(d);
  const std::vector<const Block*> rows = rows_of(d.sections[0]);
  ASSERT_EQ(rows.size(), 3u) << dump_document(d);
  EXPECT_EQ(rows[0]->cells, (std::vector<std::string>{"预警级别", "审批/发布"}));
  EXPECT_EQ(rows[1]->cells, (std::vector<std::string>{"红色、橙色", "应急办提出建议，报领导小组组长批准后发布"}));
  EXPECT_EQ(rows[2]->cells, (std::vector<std::string>{"黄色&蓝色", "应急办主任批准后发布"}));
  EXPECT_EQ(d.sections[0].blocks.back().text, "预警信息包括事件类别。");
  // A cell placed where it stands in the source: line 12, after "<td>".
  EXPECT_EQ(rows[1]->location.line, 12u) << dump_document(d);
  for (const Block& b : d.sections[0].blocks) EXPECT_EQ(b.text.find('<'), std::string::npos) << b.text;
}

// An HTML block without a table is left as it was; a table and a paragraph in one block both stay.
TEST(DrawnTables, HtmlBlockWithoutTableIsNotRead) {
  const std::string html = "<div>\n<p>说明</p>\n</div>\n";
  EXPECT_TRUE(html_table_lines(html, 0, html.size(), 1).empty());
  const std::string commented = "<!-- <table><tr><td>旧表</td></tr></table> -->\n<p>说明</p>\n";
  EXPECT_TRUE(html_table_lines(commented, 0, commented.size(), 1).empty()) << "a table in a comment reads no row";
  const std::string both = "<p>附表1 联系表</p><table><tr><td>应急办</td><td>0351-1234567</td></tr></table>";
  const std::vector<SourceLine> lines = html_table_lines(both, 0, both.size(), 7);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].kind, LineKind::Text);
  EXPECT_EQ(lines[0].text, "附表1 联系表");
  EXPECT_EQ(lines[1].kind, LineKind::TableRow);
  EXPECT_EQ(lines[1].text, "应急办 | 0351-1234567");
  EXPECT_EQ(lines[1].group, 7);
  EXPECT_EQ(lines[1].offset, both.find("应急办"));
}

}  // namespace
}  // namespace plancheck::parse::testing
