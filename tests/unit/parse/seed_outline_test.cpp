#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dump_outline.hpp"
#include "parse_test_support.hpp"

namespace plancheck::parse::testing {
namespace {

struct Expected {
  std::string number;
  std::string title;
  int line;
};

// Compares the sections at one depth of the tree (number text, title, line) and their count.
void expect_level(const std::vector<Section>& sections, const std::vector<Expected>& expected, const Document& d) {
  ASSERT_EQ(sections.size(), expected.size()) << dump_outline(d);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(sections[i].numbering.text, expected[i].number) << i;
    EXPECT_EQ(sections[i].title, expected[i].title) << i;
    EXPECT_EQ(sections[i].location.line, expected[i].line) << sections[i].heading;
  }
}

const Section* find(const std::vector<Section>& sections, const std::string& heading) {
  for (const Section& s : sections) {
    if (s.heading == heading) return &s;
    if (const Section* c = find(s.children, heading)) return c;
  }
  return nullptr;
}

TEST(SeedOutline, National000) {
  const Document d = parse_data_file("seeds/000_national.txt");
  EXPECT_EQ(d.format, InputFormat::Markdown);
  EXPECT_EQ(d.metadata.title, "国家网络安全事件应急预案");
  expect_level(d.sections,
               {{"", "总则", 66}, {"", "组织机构与职责", 94}, {"", "监测与预警", 103}, {"", "应急处置", 125},
                {"", "调查与评估", 147}, {"", "预防工作", 150}, {"", "保障措施", 162}, {"", "附则", 185},
                {"附件1", "网络安全事件分类", 193}, {"附件2", "名词术语", 202}, {"附件3", "网络和信息系统损失程度划分说明", 219}},
               d);
  expect_level(d.sections[0].children,
               {{"1.1", "编制目的", 67}, {"1.2", "编制依据", 69}, {"1.3", "适用范围", 74}, {"1.4", "事件分级", 77},
                {"1.5", "工作原则", 92}},
               d);
  expect_level(d.sections[7].children, {{"8.1", "预案管理", 186}, {"8.2", "预案解释", 189}, {"8.3", "预案实施时间", 191}}, d);
  const Section* monitoring = find(d.sections, "3.2 预警监测");  // a plain line inside a Markdown paragraph
  ASSERT_NE(monitoring, nullptr);
  EXPECT_EQ(monitoring->depth, 2);
  EXPECT_EQ(monitoring->location.line, 106);
  EXPECT_EQ(monitoring->location.column, 1);
  const Section* red = find(d.sections, "3.4.1 红色预警响应");
  ASSERT_NE(red, nullptr);
  EXPECT_EQ(red->depth, 3);
  const Section* level1 = find(d.sections, "4.2.1 Ⅰ级响应");
  ASSERT_NE(level1, nullptr);
  EXPECT_EQ(level1->depth, 3);
  EXPECT_EQ(d.sections[0].children[0].location.column, 3);  // after the "**"
  expect_level(d.sections[9].children, {{"一、", "重要网络与信息系统", 203}, {"二、", "重要敏感信息", 206}}, d);
  EXPECT_TRUE(d.front_matter.empty());
}

TEST(SeedOutline, Miit002) {
  const Document d = parse_data_file("seeds/002_miit.txt");
  EXPECT_EQ(d.format, InputFormat::PlainText);
  EXPECT_EQ(d.metadata.title, "公共互联网网络安全突发事件应急预案");
  EXPECT_EQ(d.metadata.document_number, "工信部网安[2017]281号");
  EXPECT_EQ(d.metadata.issuer, "工业和信息化部");
  EXPECT_EQ(d.metadata.issue_date, "2017年11月14日");
  ASSERT_EQ(d.front_matter.size(), 6u);
  EXPECT_EQ(d.front_matter[0].location.line, 1);
  EXPECT_TRUE(d.preamble.empty());
  expect_level(d.sections,
               {{"1.", "总则", 8}, {"2.", "组织体系", 20}, {"3.", "事件分级", 32}, {"4.", "监测预警", 63},
                {"5.", "应急处置", 90}, {"6.", "事后总结", 112}, {"7.", "预防与应急准备", 118}, {"8.", "保障措施", 129},
                {"9.", "附则", 140}},
               d);
  expect_level(d.sections[0].children,
               {{"1.1", "编制目的", 9}, {"1.2", "编制依据", 11}, {"1.3", "适用范围", 13}, {"1.4", "工作原则", 18}}, d);
  EXPECT_EQ(d.sections[0].children[0].location.column, 2);
  expect_level(d.sections[3].children[4].children, {{"4.5.1", "黄色、蓝色预警响应", 77}, {"4.5.2", "红色、橙色预警响应", 82}}, d);
  const auto& special = d.sections[2].children[0].blocks;  // 3.1: the criteria are list items, not headings
  ASSERT_EQ(special.size(), 6u);
  EXPECT_EQ(special[1].marker, "（1）");
}

TEST(SeedOutline, Xinzhou003) {
  const Document d = parse_data_file("seeds/003_xinzhou.txt");
  EXPECT_EQ(d.metadata.title, "忻州经济开发区 网络与信息安全应急预案");
  EXPECT_EQ(d.metadata.document_number, "忻开党发〔2023〕7号");
  EXPECT_EQ(d.metadata.issue_date, "2023年2月8日");
  EXPECT_EQ(d.metadata.issuer, "中共忻州经济开发区工作委员会");
  ASSERT_EQ(d.front_matter.size(), 7u);
  EXPECT_NE(d.front_matter[4].text.find("现下发各单位"), std::string::npos);  // the purpose text is in the notice
  expect_level(d.sections,
               {{"一、", "编制依据", 19}, {"二、", "适用范围", 25}, {"三、", "事件分级", 35}, {"四、", "工作原则", 54},
                {"五、", "领导机构与职责", 58}, {"六、", "预警分级、监测、研判、发布、响应、解除", 62},
                {"七、", "应急处置与事后评估", 78}, {"八、", "预防工作", 86}, {"九、", "保障措施与监督管理", 90},
                {"十、", "附则", 104}},
               d);
  for (const Section& s : d.sections) EXPECT_TRUE(s.children.empty()) << s.heading;
  const auto& grading = d.sections[2].blocks;
  ASSERT_EQ(grading.size(), 5u);
  EXPECT_EQ(grading[2].text, "重大网络安全事件是指：OA 和门户网站遭受严重的系统损失，造成系统中断或局部瘫痪，业务处理能力受到极大影响。");
  EXPECT_EQ(grading[2].segments.size(), 3u);
  const auto& guarantees = d.sections[8].blocks;
  ASSERT_EQ(guarantees.size(), 5u);
  EXPECT_EQ(guarantees[0].kind, BlockKind::ListItem);
  EXPECT_EQ(guarantees[0].marker, "(一)");
  EXPECT_NE(guarantees[2].text.find("和政策的宣传。"), std::string::npos);  // rejoined across a blank line
}

TEST(SeedOutline, Chongqing004) {
  const Document d = parse_data_file("seeds/004_chongqing.txt");
  EXPECT_TRUE(d.front_matter.empty());
  expect_level(d.sections,
               {{"第一篇", "总则", 3}, {"第二篇", "组织机构与职责", 49}, {"第三篇", "监测与预警", 63},
                {"第四篇", "应急处置", 129}, {"第五篇", "调查与评估", 183}, {"第六篇", "预防工作", 189},
                {"第七篇", "保障措施", 213}, {"第八章", "附则", 245}},
               d);
  EXPECT_EQ(d.sections[7].numbering.suffix, "章");
  EXPECT_EQ(d.sections[7].numbering.values, std::vector<int>{8});
  expect_level(d.sections[0].children,
               {{"一、", "编制目的", 5}, {"二、", "编制依据", 9}, {"三、", "适用范围", 13}, {"四、", "事件分级", 19},
                {"五、", "工作原则", 45}},
               d);
  EXPECT_TRUE(d.sections[0].children[3].children.empty());  // （一）…： criteria are list items
  expect_level(d.sections[2].children[3].children,
               {{"（一）", "红色预警响应", 83}, {"（二）", "橙色预警响应", 93}, {"（三）", "黄色预警响应", 101},
                {"（四）", "蓝色预警响应", 107}},
               d);
  EXPECT_EQ(d.sections[2].children[3].children[0].depth, 3);
  expect_level(d.sections[3].children[1].children,
               {{"（一）", "I级响应", 139}, {"（二）", "II级响应", 145}, {"（三）", "III级响应", 157}, {"（四）", "IV级响应", 161}},
               d);
}

}  // namespace
}  // namespace plancheck::parse::testing
