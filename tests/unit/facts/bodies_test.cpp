#include "facts/bodies.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "plan_builder.hpp"

namespace plancheck::facts {
namespace {

const Body* find_body(const BodyFacts& f, const std::string& name) {
  auto it = std::find_if(f.bodies.begin(), f.bodies.end(), [&](const Body& b) {
    return b.name == name || std::find(b.aliases.begin(), b.aliases.end(), name) != b.aliases.end();
  });
  return it == f.bodies.end() ? nullptr : &*it;
}

struct Extracted {
  Document doc;
  Passages passages;
  BodyFacts facts;
};

std::unique_ptr<Extracted> extract(const std::string& md) {
  auto e = std::make_unique<Extracted>();
  e->doc = testing::build_plan(md);
  e->passages = Passages::from(e->doc);
  e->facts = extract_bodies(e->doc, e->passages);
  return e;
}

TEST(Bodies, NamesAreCutAtTheWordsBeforeThem) {
  const auto e = extract(
      "# 九、保障措施\n"
      "报应急领导小组同意后，由应急工作小组负责统一调用。\n"
      "各部门要及时上报领导组办公室进行处置。\n"
      "在开发区网络安全和信息化工作领导小组领导下进行。\n");
  for (const char* name : {"应急领导小组", "应急工作小组", "领导组办公室", "开发区网络安全和信息化工作领导小组"}) {
    EXPECT_NE(find_body(e->facts, name), nullptr) << name;
  }
  EXPECT_EQ(find_body(e->facts, "领导组"), nullptr);  // part of 领导组办公室, not a body of its own
  EXPECT_EQ(find_body(e->facts, "领导组办公室")->category, BodyCategory::Office);
  EXPECT_EQ(find_body(e->facts, "应急工作小组")->category, BodyCategory::Team);
}

// Words that take a body as their object, or point at a list, are no part of its name.
TEST(Bodies, NamesAreCutAtObeyingMakingUseOfAndPointingAtAList) {
  const auto e = extract(
      "# 三、应急工作组\n"
      "应急响应启动后，领导小组根据需要成立以下工作组（以下统称“工作组”），接受领导小组统一指挥：\n"
      "发挥专家组作用，为事件研判提供支持。各部门服从应急办调度，按照领导小组要求做好处置。\n"
      "红色预警以领导小组名义发布。响应启动后，专家组或者应急办负责研判。\n");
  for (const char* name : {"以下工作组", "接受领导小组", "发挥专家组", "服从应急办", "照领导小组", "以领导小组", "者应急办"}) {
    EXPECT_EQ(find_body(e->facts, name), nullptr) << name;
  }
  for (const char* name : {"工作组", "领导小组", "专家组", "应急办"}) EXPECT_NE(find_body(e->facts, name), nullptr) << name;
}

// A verb that carries out what a body decided ends the text before its name (组织落实领导小组决定), and
// 协调组 is a name but 协调组织 / 协调组建 are two verbs.
TEST(Bodies, NamesAreCutAtVerbsOfCarryingOutAndCoordinating) {
  const auto e = extract(
      "# 六、应急处置\n"
      "应急办负责：组织落实领导小组决定；贯彻执行领导小组部署。\n"
      "生产恢复协调组负责调整排产计划。应急办负责协调组建安全值守团队，协调组织技术支撑队伍开展处置。\n");
  EXPECT_NE(find_body(e->facts, "领导小组"), nullptr);
  EXPECT_EQ(find_body(e->facts, "落实领导小组"), nullptr);
  EXPECT_EQ(find_body(e->facts, "执行领导小组"), nullptr);
  ASSERT_NE(find_body(e->facts, "生产恢复协调组"), nullptr);
  EXPECT_TRUE(find_body(e->facts, "生产恢复协调组")->mentions.front().task);
  EXPECT_NE(find_body(e->facts, "技术支撑队伍"), nullptr);
  EXPECT_EQ(find_body(e->facts, "协调组织技术支撑队伍"), nullptr);
  EXPECT_EQ(find_body(e->facts, "协调组建安全值守团队"), nullptr);
}

TEST(Bodies, TasksDefinitionsAndAliases) {
  const auto e = extract(
      "# 二、组织机构与职责\n"
      "## 一、网络安全事件应急处置工作组\n"
      "应急处置工作组（以下简称“应急工作组”）在局网络安全工作领导小组领导下开展工作。\n"
      "# 四、应急处置\n"
      "应急工作组负责组织研判。\n"
      "必要时成立应急指挥部。\n"
      "将情况报专家组。\n");
  const Body* team = find_body(e->facts, "应急处置工作组");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->aliases, std::vector<std::string>{"应急工作组"});
  EXPECT_TRUE(team->mentions.front().in_organisation);
  EXPECT_TRUE(team->mentions.front().defining);  // the heading names it
  const Body* alias = find_body(e->facts, "应急工作组");
  ASSERT_NE(alias, nullptr);
  const BodyMention& use = alias->mentions.back();
  EXPECT_TRUE(use.task);
  EXPECT_FALSE(use.in_organisation);
  EXPECT_TRUE(find_body(e->facts, "应急指挥部")->mentions.front().defining);
  const Body* experts = find_body(e->facts, "专家组");
  ASSERT_NE(experts, nullptr);
  EXPECT_FALSE(experts->mentions.front().task);  // a recipient, not given a task
  EXPECT_TRUE(e->facts.has_organisation_section);
}

// A bare alias defined twice in one paragraph is one mention per place it stands (each definition searched
// the text after it again, so the use after the second definition was listed twice).
TEST(Bodies, AliasDefinedTwiceIsMentionedOncePerPlace) {
  const auto e = extract(
      "# 一、组织机构\n"
      "办公室设在集团网络安全和信息化办公室（以下简称集团网信办）。集团网信办负责日常工作，"
      "集团网络安全和信息化办公室（以下简称集团网信办）负责协调。集团网信办在2小时内报告。\n");
  const Body* office = find_body(e->facts, "集团网信办");
  ASSERT_NE(office, nullptr);
  std::vector<std::uint32_t> starts;
  for (const BodyMention& m : office->mentions) starts.push_back(m.span.begin);
  EXPECT_TRUE(std::adjacent_find(starts.begin(), starts.end()) == starts.end())
      << "a place mentioned twice among " << starts.size() << " mentions";
  const std::string& text = e->passages.items[office->mentions.back().passage].norm.text;
  const std::size_t last_use = text.rfind("集团网信办在");
  EXPECT_EQ(std::count(starts.begin(), starts.end(), static_cast<std::uint32_t>(last_use)), 1);
}

// A regulation-style plan's article heading naming a body by its kind word alone: the article number is no
// part of the name ("第六条 领导小组" names the 领导小组, not a body "第六条领导小组").
TEST(Bodies, ArticleNumberBeforeAKindWordAloneIsNoPartOfTheName) {
  const auto e = extract(
      "# 第二章 组织机构\n"
      "## 第五条 医院成立网络安全和信息化领导小组（以下简称领导小组）。\n"
      "## 第六条 领导小组\n"
      "领导小组负责统一领导全院网络安全事件应急处置工作。\n");
  for (const Body& b : e->facts.bodies) EXPECT_NE(b.name.rfind("第", 0), 0u) << b.name;
  const Body* leading = find_body(e->facts, "领导小组");
  ASSERT_NE(leading, nullptr);
  EXPECT_EQ(leading->name, "网络安全和信息化领导小组");
}

TEST(Bodies, PositionsAreListed) {
  const auto e = extract("# 组织机构\n牵头人：办公室主任\n各处室指定信息系统管理人员为系统联络员。\n");
  std::vector<std::string> names;
  for (const PositionMention& p : e->facts.positions) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"牵头人", "主任", "联络员"}));
}

TEST(Bodies, OrganisationHeadings) {
  EXPECT_TRUE(is_organisation_heading("组织机构与职责"));
  EXPECT_TRUE(is_organisation_heading("领导机构与职责"));
  EXPECT_TRUE(is_organisation_heading("组织体系"));
  EXPECT_FALSE(is_organisation_heading("预防工作"));
}

}  // namespace
}  // namespace plancheck::facts
