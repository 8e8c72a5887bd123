#include "facts/organisation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "plan_builder.hpp"

namespace plancheck::facts {
namespace {

struct Built {
  Document doc;
  Passages passages;
  BodyFacts bodies;
  Organisation org;
};

std::unique_ptr<Built> build(const std::string& md) {
  auto b = std::make_unique<Built>();
  b->doc = testing::build_plan(md);
  b->passages = Passages::from(b->doc);
  b->bodies = extract_bodies(b->doc, b->passages);
  b->org = build_organisation(b->passages, b->bodies);
  return b;
}

const OrgBody* body(const Organisation& org, const std::string& written) {
  const auto i = org.resolve(written);
  return i ? &org.bodies[*i] : nullptr;
}

bool has_alias(const OrgBody& b, const std::string& a) {
  return std::find(b.aliases.begin(), b.aliases.end(), a) != b.aliases.end();
}

TEST(Organisation, NamePrefixesAndGenericWords) {
  EXPECT_EQ(without_org_prefix("本单位网络安全应急领导小组"), "网络安全应急领导小组");
  EXPECT_EQ(without_org_prefix("市网信办"), "网信办");
  EXPECT_EQ(without_org_prefix("市办"), "");  // too short a name to stand alone
  EXPECT_EQ(without_org_prefix("市应急指挥部"), "应急指挥部");
  EXPECT_EQ(without_org_prefix("数据恢复组"), "");
  EXPECT_EQ(name_core("网络安全和信息化工作领导小组"), "领导小组");
  EXPECT_EQ(name_core("应急处置工作组"), "处置组");
  EXPECT_EQ(name_core("开发区网络安全和信息化工作领导小组"), name_core("开发区网络安全工作领导小组"));
  EXPECT_EQ(name_core("应急组"), "应急组");  // never down to a lone kind character
}

TEST(Organisation, AliasesMergeIntoOneDefinedBody) {
  const auto b = build(
      "# 二、组织机构与职责\n"
      "成立本局网络安全事件应急领导小组（以下简称“领导小组”），组长由局长担任，副组长由分管副局长担任。\n"
      "领导小组下设办公室，设在信息中心，负责日常工作。\n"
      "# 四、应急处置\n"
      "领导小组负责决定启动Ⅰ级响应。\n"
      "网络安全事件应急领导小组组织研判。\n"
      "信息中心负责技术处置。\n");
  const OrgBody* lead = body(b->org, "领导小组");
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(lead->name, "本局网络安全事件应急领导小组");
  EXPECT_TRUE(has_alias(*lead, "领导小组"));
  EXPECT_TRUE(has_alias(*lead, "网络安全事件应急领导小组"));
  EXPECT_EQ(body(b->org, "网络安全事件应急领导小组"), lead);
  EXPECT_TRUE(lead->defined());
  ASSERT_GE(lead->heads.size(), 2u);
  EXPECT_EQ(lead->heads[0].position, "组长");
  EXPECT_EQ(lead->heads[0].holder, "局长");
  EXPECT_EQ(lead->heads[1].holder, "分管副局长");
  ASSERT_EQ(lead->tasks.size(), 2u);
  EXPECT_EQ(lead->tasks[0].phase, Phase::Response);

  const OrgBody* office = body(b->org, "信息中心");
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(office->name, "办公室");
  EXPECT_EQ(office->parent, lead->name);
  EXPECT_FALSE(office->duties.empty());
}

// The organisation's general office (局办公室, a member department) is not the 办公室 the leading group sets up,
// though it is named first: an education bureau's plan merged the two, and with them the host 信息中心.
TEST(Organisation, TheGeneralOfficeIsNotTheLeadingGroupsOffice) {
  EXPECT_EQ(without_org_prefix("局办公室"), "");
  const auto b = build(
      "# 二、组织机构与职责\n"
      "局网络安全和信息化领导小组（以下简称“局领导小组”）组长由局长担任，成员由局办公室、信息中心主要负责人组成。\n"
      "局领导小组下设办公室（以下简称“局网信办”），设在信息中心，负责日常工作。\n"
      "局办公室：负责综合协调和对外信息发布。\n"
      "# 四、应急处置\n"
      "局网信办组织研判。\n"
      "局办公室做好舆情引导。\n");
  const OrgBody* office = body(b->org, "局网信办");
  const OrgBody* general = body(b->org, "局办公室");
  ASSERT_NE(office, nullptr);
  ASSERT_NE(general, nullptr);
  EXPECT_NE(office, general);
  EXPECT_TRUE(has_alias(*office, "局网信办"));
  EXPECT_FALSE(has_alias(*general, "局网信办"));
}

TEST(Organisation, ASubBodyIsNamedWithItsOwner) {
  const auto b = build(
      "# 二、组织机构与职责\n"
      "成立县网络安全事件应急指挥部（以下简称“指挥部”），负责统一指挥。指挥部下设办公室、技术组，办公室设在县大数据中心。\n"
      "# 四、应急响应\n"
      "Ⅲ级响应由指挥部办公室决定启动，指挥部技术组负责处置。\n");
  const OrgBody* office = body(b->org, "指挥部办公室");
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(office->name, "办公室");
  EXPECT_TRUE(office->defined());
  EXPECT_EQ(office->tasks.size(), 1u);
  EXPECT_TRUE(has_alias(*office, "县大数据中心"));
  const OrgBody* tech = body(b->org, "指挥部技术组");
  ASSERT_NE(tech, nullptr);
  EXPECT_EQ(tech->name, "技术组");
  EXPECT_EQ(tech->parent, office->parent);
  EXPECT_EQ(tech->tasks.size(), 1u);
}

TEST(Organisation, NeverByKindAlone) {
  const auto b = build(
      "# 二、组织机构与职责\n"
      "领导小组下设综合协调组、技术保障组。\n"
      "# 四、应急响应\n"
      "数据恢复组负责恢复业务数据。\n");
  const OrgBody* restore = body(b->org, "数据恢复组");
  ASSERT_NE(restore, nullptr);
  EXPECT_FALSE(restore->defined());
  ASSERT_EQ(restore->tasks.size(), 1u);
  const OrgBody* tech = body(b->org, "技术保障组");
  ASSERT_NE(tech, nullptr);
  EXPECT_NE(tech, restore);
  EXPECT_TRUE(tech->defined());
  EXPECT_FALSE(tech->parent.empty());
}

TEST(Organisation, ListsShareTheirVerb) {
  const auto b = build(
      "# 四、应急响应\n"
      "必要时成立现场处置组、数据恢复组和舆情应对组。\n"
      "# 五、后期处置\n"
      "由专家组、安全评估组负责评估损失。\n"
      "网络管理组、系统运维组要及时恢复系统。\n");
  for (const char* set_up : {"现场处置组", "数据恢复组", "舆情应对组"}) {
    const OrgBody* g = body(b->org, set_up);
    ASSERT_NE(g, nullptr) << set_up;
    ASSERT_FALSE(g->definitions.empty()) << set_up;
    EXPECT_EQ(g->definitions.front().how, DefinedBy::SetUp) << set_up;
  }
  for (const char* tasked : {"专家组", "安全评估组", "网络管理组", "系统运维组"}) {
    const OrgBody* g = body(b->org, tasked);
    ASSERT_NE(g, nullptr) << tasked;
    ASSERT_EQ(g->tasks.size(), 1u) << tasked;
    EXPECT_EQ(g->tasks.front().phase, Phase::Recovery) << tasked;
  }
}

TEST(Organisation, OfficeClauseAndMemberAnnex) {
  const auto b = build(
      "# 二、组织体系\n"
      "应急领导小组的日常工作由科技信息部承担。\n"
      "# 四、应急处置\n"
      "科技信息部负责组织处置。\n"
      "业务连续性小组负责切换到灾备系统。\n"
      "# 附件2 应急小组成员通讯录\n"
      "| 机构 | 组长 | 成员 |\n"
      "| --- | --- | --- |\n"
      "| 业务连续性小组 | 运营部总经理 | 运营部、科技部 |\n");
  const OrgBody* office = body(b->org, "科技信息部");
  ASSERT_NE(office, nullptr);
  ASSERT_FALSE(office->definitions.empty());
  EXPECT_EQ(office->definitions.front().how, DefinedBy::Office);
  EXPECT_EQ(office->category, BodyCategory::Office);
  const OrgBody* bc = body(b->org, "业务连续性小组");
  ASSERT_NE(bc, nullptr);
  ASSERT_EQ(bc->definitions.size(), 1u);
  EXPECT_EQ(bc->definitions.front().how, DefinedBy::Members);
}

TEST(Organisation, WordsThatOnlyContainTheKindCharacterAreNoBodies) {
  const auto b = build(
      "# 四、应急处置\n"
      "由领导小组组织力量，必要时重组网络，启用发电机组。\n");
  for (const char* not_a_body : {"必要时重组", "启用发电机组", "小组组织"}) {
    EXPECT_EQ(body(b->org, not_a_body), nullptr) << not_a_body;
  }
  EXPECT_EQ(b->org.bodies.size(), 1u);
}

}  // namespace
}  // namespace plancheck::facts
