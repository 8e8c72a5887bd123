// Names a plan declares to fill a role: the subject or object of "是/为" around the role, with the short names
// they define.
#include <gtest/gtest.h>

#include "facts/declared_names.hpp"
#include "plan_builder.hpp"

namespace plancheck::facts {
namespace {

std::vector<std::string> declared(const std::string& body) {
  const Document doc = testing::build_plan("# 某电力公司网络安全事件应急预案\n## 一、总则\n" + body + "\n");
  return names_declared_as(Passages::from(doc), "保护工作部门");
}

TEST(DeclaredNames, SubjectOrObjectOfTheRoleWithTheShortNameItDefines) {
  EXPECT_EQ(declared("国家能源局及其派出机构——国家能源局江西监管办公室（以下简称“江西能源监管办”）是本单位关键信息基础设施的保护工作部门。"),
            (std::vector<std::string>{"国家能源局江西监管办公室", "江西能源监管办"}));
  EXPECT_EQ(declared("本单位的保护工作部门为省通信管理局，公安机关为省公安厅。"), (std::vector<std::string>{"省通信管理局"}));
  EXPECT_EQ(declared("保护工作部门：省通信管理局。"), (std::vector<std::string>{"省通信管理局"}));
}

TEST(DeclaredNames, BodiesDeclaredTogetherAreEachOne) {
  EXPECT_EQ(declared("集团离港控制系统已被认定为关键信息基础设施，民航局及民航华东地区管理局为其保护工作部门。"),
            (std::vector<std::string>{"民航华东地区管理局", "民航局", "民航局及民航华东地区管理局"}));
  // One name with 和 inside: its parts do not both end with a unit word.
  EXPECT_EQ(declared("省委网络安全和信息化委员会办公室为本单位的保护工作部门。"),
            (std::vector<std::string>{"省委网络安全和信息化委员会办公室"}));
}

TEST(DeclaredNames, MentionsAndDenialsDeclareNoOne) {
  EXPECT_TRUE(declared("发生较大以上网络安全事件，应立即向保护工作部门报告。").empty());
  EXPECT_TRUE(declared("省网信办不是本单位的保护工作部门。").empty());
}

}  // namespace
}  // namespace plancheck::facts
