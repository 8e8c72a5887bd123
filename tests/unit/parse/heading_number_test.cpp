#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../support/test_names.hpp"
#include "parse/heading_number.hpp"
#include "parse/line_role.hpp"

namespace plancheck::parse {
namespace {

struct NumberCase {
  std::string line;
  NumberingStyle style;
  std::vector<int> values;
  std::string text;
  std::string title;
  std::string suffix;
};

class HeadingNumberTest : public ::testing::TestWithParam<NumberCase> {};

TEST_P(HeadingNumberTest, ReadsNumberAndTitle) {
  const NumberCase& c = GetParam();
  const auto number = parse_heading_number(c.line);
  ASSERT_TRUE(number.has_value()) << c.line;
  EXPECT_EQ(number->numbering.style, c.style) << c.line;
  EXPECT_EQ(number->numbering.values, c.values) << c.line;
  EXPECT_EQ(number->numbering.text, c.text) << c.line;
  EXPECT_EQ(number->numbering.suffix, c.suffix) << c.line;
  EXPECT_EQ(c.line.substr(number->title_offset), c.title) << c.line;
}

INSTANTIATE_TEST_SUITE_P(
    Styles, HeadingNumberTest,
    ::testing::Values(
        NumberCase{"第一篇 总则", NumberingStyle::Part, {1}, "第一篇", "总则", "篇"},
        NumberCase{"第八章 附则", NumberingStyle::Part, {8}, "第八章", "附则", "章"},
        NumberCase{"第十一章　附则", NumberingStyle::Part, {11}, "第十一章", "附则", "章"},
        NumberCase{"第二十节 演练", NumberingStyle::Part, {20}, "第二十节", "演练", "节"},
        NumberCase{"第三部分：保障措施", NumberingStyle::Part, {3}, "第三部分", "保障措施", "部分"},
        NumberCase{"第2章 组织机构", NumberingStyle::Part, {2}, "第2章", "组织机构", "章"},
        NumberCase{"一、编制目的", NumberingStyle::ChineseComma, {1}, "一、", "编制目的", ""},
        NumberCase{"十二、附则", NumberingStyle::ChineseComma, {12}, "十二、", "附则", ""},
        NumberCase{"（一）红色预警响应", NumberingStyle::ParenChinese, {1}, "（一）", "红色预警响应", ""},
        NumberCase{"(四) 数据保障", NumberingStyle::ParenChinese, {4}, "(四)", "数据保障", ""},
        NumberCase{"1. 总则", NumberingStyle::Arabic, {1}, "1.", "总则", ""},
        NumberCase{"1.总则", NumberingStyle::Arabic, {1}, "1.", "总则", ""},
        NumberCase{"2、组织体系", NumberingStyle::Arabic, {2}, "2、", "组织体系", ""},
        NumberCase{"3．事件分级", NumberingStyle::Arabic, {3}, "3．", "事件分级", ""},
        NumberCase{"１．总则", NumberingStyle::Arabic, {1}, "１．", "总则", ""},
        NumberCase{"1 总则", NumberingStyle::Arabic, {1}, "1", "总则", ""},
        NumberCase{"1.1 编制目的", NumberingStyle::Dotted, {1, 1}, "1.1", "编制目的", ""},
        NumberCase{"1.1编制目的", NumberingStyle::Dotted, {1, 1}, "1.1", "编制目的", ""},
        NumberCase{"4.2.1 Ⅰ级响应", NumberingStyle::Dotted, {4, 2, 1}, "4.2.1", "Ⅰ级响应", ""},
        NumberCase{"7.10 责任与奖惩", NumberingStyle::Dotted, {7, 10}, "7.10", "责任与奖惩", ""},
        NumberCase{"2.3. 各部门职责", NumberingStyle::Dotted, {2, 3}, "2.3.", "各部门职责", ""},
        NumberCase{"（1）组长", NumberingStyle::ParenArabic, {1}, "（1）", "组长", ""},
        NumberCase{"(12) 其他", NumberingStyle::ParenArabic, {12}, "(12)", "其他", ""},
        NumberCase{"1) 其他", NumberingStyle::ParenArabic, {1}, "1)", "其他", ""},
        NumberCase{"①重要网络", NumberingStyle::Circled, {1}, "①", "重要网络", ""},
        NumberCase{"⑳ 其他", NumberingStyle::Circled, {20}, "⑳", "其他", ""},
        NumberCase{"附件1 网络安全事件分类", NumberingStyle::Appendix, {1}, "附件1", "网络安全事件分类", ""},
        NumberCase{"附件1网络安全事件分类", NumberingStyle::Appendix, {1}, "附件1", "网络安全事件分类", ""},
        NumberCase{"附件二：联系方式", NumberingStyle::Appendix, {2}, "附件二", "联系方式", ""},
        NumberCase{"附录A 术语", NumberingStyle::Appendix, {1}, "附录A", "术语", ""}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.line); });

TEST(HeadingNumber, RejectsLinesWithoutANumber) {
  for (const char* line : {"总则", "2017年11月14日", "30日内完成总结。", "10万以上互联网用户信息泄露", "一般网络安全事件",
                           "附件：", "第三方机构", "1", "(一", "a) 损害国防"}) {
    EXPECT_FALSE(parse_heading_number(line).has_value()) << line;
  }
}

// A phone number at the start of a line once overflowed a signed int while its digits were read (UBSan
// stopped the sanitizer build here); a long run of digits is never a heading number.
TEST(HeadingNumber, LongDigitRunsAreNotNumbersAndDoNotOverflow) {
  for (const char* line : {"13800138000 值班室", "13800138000、值班电话", "99999999999999999999.1 节", "（13800138000）",
                           "第13800138000章 总则", "附件13800138000", "１３８００１３８０００ 值班室"}) {
    EXPECT_FALSE(parse_heading_number(line).has_value()) << line;
  }
}

TEST(HeadingNumber, BulletMarkers) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a) 损害国防", "a)"}, {"b)严重的系统损失", "b)"}, {"• 值班", "•"}, {"- 值班", "-"}, {"A、组长", "A、"}};
  for (const auto& [line, marker] : cases) {
    EXPECT_EQ(line.substr(0, bullet_marker_length(line)), marker) << line;
  }
  for (const char* line : {"-3", "e.g. 例", "总则", "*强调*"}) EXPECT_EQ(bullet_marker_length(line), 0u) << line;
}

struct RoleCase {
  std::string line;
  bool heading;
  std::string marker;
};

class LineRoleTest : public ::testing::TestWithParam<RoleCase> {};

TEST_P(LineRoleTest, TellsHeadingFromListItem) {
  SourceLine line;
  line.text = GetParam().line;
  const LineRole role = classify_line(line);
  EXPECT_EQ(role.heading, GetParam().heading) << GetParam().line;
  EXPECT_EQ(role.marker, GetParam().marker) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LineRoleTest,
    ::testing::Values(RoleCase{"（一）红色预警响应", true, ""},
                      RoleCase{"（一）符合下列情形之一的，为特别重大网络安全事件：", false, "（一）"},
                      RoleCase{"1. 重要网络和信息系统遭受特别严重的系统损失，造成系统停运。", false, "1."},
                      RoleCase{"(一) 应急装备保障。对于重要网络与信息系统，应事先预留应急设备。", false, "(一)"},
                      RoleCase{"六、预警分级、监测、研判、发布、响应、解除", true, ""},
                      RoleCase{"（1）全国范围大量互联网用户无法正常上网；", false, "（1）"},
                      RoleCase{"1.1编制目的", true, ""},
                      RoleCase{"第一章", true, ""},
                      RoleCase{"一、本预案适用于本单位网络和信息系统发生的各类网络安全事件的预防和应急处置工作", false, "一、"},
                      RoleCase{"a) 损害国防、国际关系；", false, "a)"},
                      RoleCase{"总则", false, ""}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.line); });

}  // namespace
}  // namespace plancheck::parse
