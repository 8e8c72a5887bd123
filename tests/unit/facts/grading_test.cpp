#include <gtest/gtest.h>

#include "facts/grading.hpp"
#include "grading_doc_builder.hpp"
#include "text/normalize.hpp"

namespace plancheck::facts {
namespace {

using testing::DocBuilder;

std::vector<std::string> names(const GradingFacts& g) {
  std::vector<std::string> out;
  for (const EventLevel& l : g.event_levels) out.push_back(l.name);
  return out;
}

GradingFacts grade(const DocBuilder& b) { return extract_grading(b.doc(), b.passages()); }

TEST(GradingEventLevels, NationalStyleListsWithItemsAndTrailingDefinition) {
  DocBuilder b;
  b.section("1.4 事件分级")
      .para("网络安全事件分为四级：特别重大网络安全事件、重大网络安全事件、较大网络安全事件、一般网络安全事件。")
      .para("（1）符合下列情形之一的，为特别重大网络安全事件：")
      .item("①重要网络和信息系统遭受特别严重的系统损失，造成系统大面积瘫痪。")
      .para("（2）符合下列情形之一且未达到特别重大网络安全事件的，为重大网络安全事件：")
      .item("①重要网络和信息系统遭受严重的系统损失。")
      .para("（3）符合下列情形之一且未达到重大网络安全事件的，为较大网络安全事件：")
      .item("①重要网络和信息系统遭受较大的系统损失。")
      .para("（4）除上述情形外，对国家安全构成一定威胁、造成一定影响的网络安全事件，为一般网络安全事件。");
  const GradingFacts g = grade(b);
  EXPECT_EQ(g.event_declared_count, 4);
  ASSERT_EQ(names(g), (std::vector<std::string>{"特别重大", "重大", "较大", "一般"}));
  EXPECT_NE(g.event_levels[0].criteria.find("大面积瘫痪"), std::string::npos);
  EXPECT_NE(g.event_levels[1].criteria.find("严重的系统损失"), std::string::npos);
  EXPECT_EQ(g.event_levels[1].criteria.find("较大的"), std::string::npos);
  EXPECT_NE(g.event_levels[3].criteria.find("除上述情形外"), std::string::npos);
}

TEST(GradingEventLevels, ProseDefinitionsAndMiitHeadings) {
  DocBuilder prose;
  prose.section("三、事件分级")
      .para("网络安全事件分为四级：特别重大网络安全事件、重大网络安全事件、较大网络安全事件、一般网络安全事件。")
      .para("特别重大网络安全事件是指：OA 和门户网站遭受特别严重的系统损失。")
      .para("重大网络安全事件是指：OA 和门户网站遭受严重的系统损失。")
      .para("较大网络安全事件是指：OA 和门户网站遭受较大的系统损失。")
      .para("一般网络安全事件是指：除上述网络安全事件以外的构成一定威胁的网络安全事件。");
  for (const EventLevel& l : grade(prose).event_levels) EXPECT_FALSE(l.criteria.empty()) << l.name;

  DocBuilder miit;
  miit.section("3.事件分级").para("公共互联网网络安全突发事件分为四级：特别重大事件、重大事件、较大事件、一般事件。");
  for (const char* level : {"特别重大", "重大", "较大", "一般"}) {
    miit.section(std::string("3.1") + level + "事件").para(std::string("符合下列情形之一的，为") + level + "网络安全事件：");
    miit.item("（1）全国范围大量互联网用户无法正常上网；");
  }
  const GradingFacts g = grade(miit);
  ASSERT_EQ(g.event_levels.size(), 4u);
  for (const EventLevel& l : g.event_levels) EXPECT_NE(l.criteria.find("无法正常上网"), std::string::npos) << l.name;
}

TEST(GradingEventLevels, RecordsThreeFiveAndRenamedLevels) {
  struct Case {
    const char* declaration;
    int count;
    std::vector<std::string> names;
  };
  const Case cases[] = {
      {"网络安全事件分为三级：重大网络安全事件、较大网络安全事件和一般网络安全事件。", 3, {"重大", "较大", "一般"}},
      {"网络安全事件分为五级：特别重大事件、重大事件、较大事件、一般事件、轻微事件。", 5,
       {"特别重大", "重大", "较大", "一般", "轻微"}},
      {"信息安全事件分为四级：一级事件、二级事件、三级事件、四级事件。", 4, {"一级", "二级", "三级", "四级"}},
  };
  for (const Case& c : cases) {
    DocBuilder b;
    b.section("事件分级").para(c.declaration);
    const GradingFacts g = grade(b);
    EXPECT_EQ(g.event_declared_count, c.count) << c.declaration;
    EXPECT_EQ(names(g), c.names) << c.declaration;
  }
}

TEST(GradingEventLevels, TableOnlyLadderAndTraditionalCharacters) {
  DocBuilder table;
  table.section("事件分级")
      .row({"事件级别", "判定标准"})
      .row({"特别重大", "重要网络和信息系統大面积瘫痪"})
      .row({"重大", "重要网络和信息系统长时间中断"})
      .row({"较大", "重要网络和信息系统中断"})
      .row({"一般", "对单位运转构成一定威胁"});
  const GradingFacts g = grade(table);
  ASSERT_EQ(names(g), (std::vector<std::string>{"特别重大", "重大", "较大", "一般"}));
  EXPECT_EQ(g.event_levels[0].criteria, "重要网络和信息系統大面积瘫痪");  // quoted in the original characters

  DocBuilder trad;
  trad.section("事件分級").para("特別重大網絡安全事件是指：重要網絡和信息系統遭受特別嚴重的系統損失。");
  const GradingFacts t = grade(trad);
  ASSERT_EQ(t.event_levels.size(), 1u);
  EXPECT_EQ(t.event_levels[0].name, "特别重大");
  EXPECT_NE(t.event_levels[0].criteria.find("系統"), std::string::npos);
}

TEST(GradingColours, DeclarationPairsByPositionAndTiesCatchWrongLevels) {
  DocBuilder b;
  b.section("预警分级")
      .para("网络安全事件预警等级分为四级：由高到低依次用红色、橙色、黄色和蓝色表示，分别对应发生或可能发生特别重大、重大、较大和一般网络安全事件。")
      .para("红色预警对应较大网络安全事件。");
  const GradingFacts g = grade(b);
  ASSERT_EQ(g.colours.size(), 4u);
  const std::pair<const char*, const char*> expected[] = {{"红色", "特别重大"}, {"橙色", "重大"}, {"黄色", "较大"}, {"蓝色", "一般"}};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(g.colours[i].name, expected[i].first);
    EXPECT_EQ(g.colours[i].event_level, expected[i].second);
  }
  ASSERT_EQ(g.ties.size(), 1u);
  EXPECT_EQ(g.ties[0].from, "红色");
  EXPECT_EQ(g.ties[0].event_level, "较大");
}

TEST(GradingColours, PerColourSentencesBuildTheLadder) {
  DocBuilder b;
  b.section("预警分级")
      .para("红色预警：可能发生特别重大网络安全事件。")
      .para("橙色预警：可能发生重大网络安全事件。")
      .para("黄色预警：可能发生较大网络安全事件。")
      .para("蓝色预警：可能发生一般网络安全事件。");
  const GradingFacts g = grade(b);
  ASSERT_EQ(g.colours.size(), 4u);
  EXPECT_EQ(g.colours[3].name, "蓝色");
  EXPECT_EQ(g.colours[3].event_level, "一般");
}

TEST(GradingResponses, SpellingsOfResponseLevels) {
  const std::pair<const char*, std::vector<int>> cases[] = {
      {"启动Ⅰ级响应", {1}},       {"启动I级响应", {1}},          {"启动一级响应", {1}},
      {"启动1级应急响应", {1}},    {"III级、IV级响应", {3, 4}},   {"一级、二级响应", {1, 2}},
      {"应急响应分为四级", {}},    {"四级事件", {}},              {"Ⅱ级响应结束", {2}},
  };
  for (const auto& [text, expected] : cases) {
    std::vector<int> got;
    for (const ResponseMention& m : response_level_mentions(text::normalized(text))) got.push_back(m.number);
    EXPECT_EQ(got, expected) << text;
  }
}

TEST(GradingResponses, DeclarationHighestMappingAndAuthorities) {
  DocBuilder b;
  b.section("5.1响应分级")
      .para("应急响应分为四级：Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级，分别对应已经发生的特别重大、重大、较大、一般事件的应急响应。Ⅰ级为最高响应级别。")
      .section("5.3启动响应")
      .para("I级响应根据国家有关决定或经部领导小组批准后启动，由部领导小组统一指挥、协调。")
      .para("II级响应由部应急办决定启动，由部应急办统一指挥、协调。")
      .para("III级、IV级响应由相关省通信管理局决定启动，并负责指挥、协调。")
      .section("5.6结束响应")
      .para("I级响应经部领导小组批准后结束；II级响应由部应急办决定结束，并报部领导小组。");
  const GradingFacts g = grade(b);
  ASSERT_EQ(g.responses.size(), 4u);
  EXPECT_EQ(g.highest_response, 1);
  EXPECT_EQ(g.responses[0].event_level, "特别重大");
  EXPECT_EQ(g.responses[3].event_level, "一般");
  const std::pair<int, const char*> starts[] = {{1, "部领导小组"}, {2, "部应急办"}, {3, "相关省通信管理局"}, {4, "相关省通信管理局"}};
  for (const auto& [n, who] : starts) {
    ASSERT_FALSE(g.response(n)->starts.empty()) << n;
    EXPECT_EQ(g.response(n)->starts.front().who, who) << n;
  }
  ASSERT_FALSE(g.response(1)->ends.empty());
  EXPECT_EQ(g.response(1)->ends.front().who, "部领导小组");
  EXPECT_EQ(g.response(2)->ends.front().who, "部应急办");
  EXPECT_TRUE(g.response(3)->ends.empty());
}

TEST(GradingResponses, HeadedLevelsTiesAndStartWithoutDeciding) {
  DocBuilder b;
  b.section("二、应急响应")
      .para("网络安全事件应急响应分为四级，分别对应特别重大、重大、较大和一般网络安全事件。I级为最高响应级别。")
      .section("（一）I级响应")
      .para("属特别重大网络安全事件的，及时启动I级响应，局网络安全工作领导小组履行应急处置工作的统一领导、指挥、协调职责。")
      .section("（二）II级响应")
      .para("网络安全事件的II级响应，由应急工作组根据事件的性质和情况确定。")
      .section("（三）III级、IV级响应")
      .para("事件发生处室按预案会同发展中心响应处置。")
      .section("（一）I级响应结束")
      .para("应急工作组提出建议，报局网络安全工作领导小组批准后结束。");
  const GradingFacts g = grade(b);
  ASSERT_EQ(g.responses.size(), 4u);
  EXPECT_EQ(g.responses[1].event_level, "重大");
  EXPECT_EQ(g.response(1)->starts.at(0).who, "局网络安全工作领导小组");
  EXPECT_EQ(g.response(2)->starts.at(0).who, "应急工作组");
  EXPECT_EQ(g.response(4)->starts.at(0).who, "事件发生处室");
  EXPECT_EQ(g.response(1)->ends.at(0).who, "局网络安全工作领导小组");
  ASSERT_EQ(g.ties.size(), 1u);
  EXPECT_EQ(g.ties[0].kind, LevelTie::Kind::Response);
}

}  // namespace
}  // namespace plancheck::facts
