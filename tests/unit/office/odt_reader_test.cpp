#include <gtest/gtest.h>

#include "office_test_support.hpp"

namespace plancheck::office {
namespace {

using namespace testing;

const char* kNs =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

std::string odt(const std::string& text, const std::string& styles = "") {
  const std::string content = std::string("<office:document-content ") + kNs + "><office:automatic-styles>" + styles +
                              "</office:automatic-styles><office:body><office:text>" + text +
                              "</office:text></office:body></office:document-content>";
  return make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}});
}

TEST(OdtReader, HeadingsListsWithNumbersAndTables) {
  const std::string styles =
      "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" loext:num-list-format=\"第%1%章\" "
      "style:num-prefix=\"第\" style:num-suffix=\"章\" style:num-format=\"一, 二, 三, ...\">"
      "<style:list-level-properties><style:list-level-label-alignment text:label-followed-by=\"space\"/></style:list-level-properties>"
      "</text:list-level-style-number></text:list-style>"
      "<text:list-style style:name=\"L2\"><text:list-level-style-number text:level=\"1\" style:num-suffix=\"、\" "
      "style:num-format=\"一, 二, 三, ...\"><style:list-level-properties><style:list-level-label-alignment "
      "text:label-followed-by=\"nothing\"/></style:list-level-properties></text:list-level-style-number></text:list-style>";
  const std::string text =
      "<text:p>某单位网络安全事件应急预案</text:p>"
      "<text:list text:style-name=\"L1\"><text:list-item><text:h text:outline-level=\"1\">总则</text:h></text:list-item></text:list>"
      "<text:list text:style-name=\"L2\"><text:list-item><text:h text:outline-level=\"2\">编制目的</text:h></text:list-item></text:list>"
      "<text:p>为了规范应急工作，<text:span>制定</text:span>本预案。<office:annotation><text:p>批注文字</text:p></office:annotation></text:p>"
      "<text:list text:continue-numbering=\"true\" text:style-name=\"L2\"><text:list-item><text:h text:outline-level=\"2\">适用范围</text:h></text:list-item></text:list>"
      "<text:list text:continue-numbering=\"true\" text:style-name=\"L1\"><text:list-item><text:h text:outline-level=\"1\">事件分级</text:h></text:list-item></text:list>"
      "<text:list text:style-name=\"L2\"><text:list-item><text:h text:outline-level=\"2\">分级标准</text:h></text:list-item></text:list>"
      "<table:table><table:table-row><table:table-cell><text:p>特别重大</text:p></table:table-cell>"
      "<table:table-cell><text:p>红色</text:p></table:table-cell></table:table-row></table:table>"
      "<text:tracked-changes><text:changed-region><text:deletion><text:p>删除的文字</text:p></text:deletion></text:changed-region></text:tracked-changes>"
      "<text:table-of-content><text:index-body><text:p>目录缓存</text:p></text:index-body></text:table-of-content>";
  const Document d = read_ok(odt(text, styles), "plan.odt");
  const std::vector<std::string> expected = {"1 第一章 总则", "2 一、编制目的", "2 二、适用范围", "1 第二章 事件分级",
                                             "2 一、分级标准"};
  EXPECT_EQ(outline(d), expected);
  EXPECT_EQ(d.format, InputFormat::Odt);
  const std::string all = all_text(d);
  for (const char* absent : {"批注文字", "删除的文字", "目录缓存"}) EXPECT_EQ(all.find(absent), std::string::npos) << absent;
  ASSERT_EQ(d.sections.size(), 2u);
  ASSERT_FALSE(d.sections[1].children.empty());
  const Block& row = d.sections[1].children[0].blocks.at(0);
  EXPECT_EQ(row.kind, BlockKind::TableRow);
  EXPECT_EQ(row.cells, (std::vector<std::string>{"特别重大", "红色"}));
}

TEST(OdtReader, SpacesTabsLineBreaksAndParagraphNumbers) {
  const Document d = read_ok(odt("<text:p>第一章<text:s text:c=\"2\"/>总则</text:p><text:p>甲<text:tab/>乙<text:line-break/>丙</text:p>"),
                             "plan.odt");
  EXPECT_EQ(all_text(d), "第一章  总则\n甲\t乙\n丙\n");
  EXPECT_EQ(d.place_of(3).paragraph, 2);
}

}  // namespace
}  // namespace plancheck::office
