// Reading the organisation's kind from what a plan says of itself, and not from what it merely mentions.
#include <gtest/gtest.h>

#include "facts/org_kind.hpp"
#include "plan_builder.hpp"

namespace plancheck::facts {
namespace {

OrgKindInfo read(const std::string& body) {
  const Document doc = testing::build_plan("# 某单位网络安全事件应急预案\n## 一、总则\n" + body + "\n");
  return read_org_kind(doc, Passages::from(doc));
}

TEST(OrgKind, ReadsACiiOperatorStatedInManyWays) {
  for (const char* text : {"本单位是关键信息基础设施运营者。", "我公司作为关键信息基础设施运营者，负责调度系统。",
                           "本集团运营的电力调度系统已被认定为关键信息基础设施。", "本行屬於關鍵信息基礎設施運營者。",
                           "作为关键信息基础设施运营者，本单位应当……",
                           "本行核心业务系统、网上银行系统、手机银行系统及支付清算相关系统已被认定为关键信息基础设施。",
                           "医院作为关键信息基础设施运营者，严格落实报告要求。",
                           // the sector, or the body that identified them, between the verb and the kind
                           "公司炼油装置DCS、SIS等工业控制系统已被认定为能源行业关键信息基础设施，其事件报告按有关规定执行。",
                           "我院核心业务系统已由省卫生健康委认定为关键信息基础设施。"}) {
    const OrgKindInfo k = read(text);
    EXPECT_EQ(k.kind, OrgKind::Cii) << text;
    EXPECT_EQ(k.source, OrgKindSource::Plan) << text;
    EXPECT_NE(std::string(text).find(k.evidence.substr(0, 6)), std::string::npos) << k.evidence;
    EXPECT_EQ(k.location.line, 3) << text;
  }
}

TEST(OrgKind, ReadsACentralOrganOrAffiliatedUnit) {
  for (const char* text : {"本部是中央和国家机关部门。", "本中心为中央和国家机关直属单位。", "我委属于中央国家机关。",
                           "中心为某部直属事业单位，承担全国社保信息系统运行维护。", "学校是教育部直属高校。"}) {
    const OrgKindInfo k = read(text);
    EXPECT_EQ(k.kind, OrgKind::Central) << text;
    EXPECT_EQ(k.source, OrgKindSource::Plan) << text;
  }
}

TEST(OrgKind, ADenialStatesTheOtherKind) {
  for (const char* text : {"本单位不属于关键信息基础设施运营者。", "本单位系统尚未被认定为关键信息基础设施。",
                           "本单位为非关键信息基础设施运营者。"}) {
    const OrgKindInfo k = read(text);
    EXPECT_EQ(k.kind, OrgKind::Other) << text;
    EXPECT_EQ(k.source, OrgKindSource::Plan) << text;
  }
}

TEST(OrgKind, MentionsAndCareAreNotStatements) {
  for (const char* text : {"加强关键信息基础设施安全保护。",
                           "本单位为保护关键信息基础设施安全，制定本预案。", "我局配合中央和国家机关做好处置工作。",
                           "关键信息基础设施运营者应当在1小时内报告。",
                           "各单位作为关键信息基础设施运营者，应当在1小时内报告。",
                           "已被认定为关键信息基础设施的单位，应当在1小时内报告。",
                           "对已被认定为关键信息基础设施运营者的单位，加强指导。",
                           "经认定为能源行业关键信息基础设施的，应当在1小时内报告。",
                           "对已被认定为本行业关键信息基础设施运营者的单位，加强指导。",
                           "各部直属单位参照本预案执行。", "配合教育部直属高校做好处置工作。", "本单位不是部直属单位。"}) {
    const OrgKindInfo k = read(text);
    EXPECT_EQ(k.kind, OrgKind::Other) << text;
    EXPECT_EQ(k.source, OrgKindSource::Default) << text;
    EXPECT_TRUE(k.evidence.empty()) << text;
  }
}

TEST(OrgKind, TheOrganisationSayingItIsNotOneWinsOverOthersSystems) {
  const OrgKindInfo k = read("分公司本身不属于关键信息基础设施运营者。总公司集中部署的核心业务系统已被认定为关键信息基础设施，由总公司统一处置。");
  EXPECT_EQ(k.kind, OrgKind::Other);
  EXPECT_EQ(k.source, OrgKindSource::Plan);
  EXPECT_NE(k.evidence.find("不属于"), std::string::npos) << k.evidence;
  // A condition is no denial, nor is 非 in another word (非法).
  EXPECT_EQ(read("网络运营者不属于关键信息基础设施运营者的，应当在4小时内报告。本单位是关键信息基础设施运营者。").kind, OrgKind::Cii);
  EXPECT_EQ(read("本单位是关键信息基础设施运营者。本单位严防非法入侵关键信息基础设施。").kind, OrgKind::Cii);
}

TEST(OrgKind, TheOrganisationByItsNameOrTheShortNameItGivesItself) {
  const auto kind_of = [](const std::string& body) {
    const Document doc = testing::build_plan("# 江西省电力调度控制中心网络安全事件应急预案\n## 一、总则\n" + body + "\n");
    return read_org_kind(doc, Passages::from(doc)).kind;
  };
  const std::string defined = "为规范江西省电力调度控制中心（以下简称“省调”）网络安全事件的应急处置，制定本预案。\n";
  EXPECT_EQ(kind_of(defined + "省调是关键信息基础设施运营者。"), OrgKind::Cii);
  EXPECT_EQ(kind_of("江西省电力调度控制中心是关键信息基础设施运营者。"), OrgKind::Cii);
  // Another organisation's short name is not the plan's own.
  EXPECT_EQ(kind_of("国家能源局江西监管办公室（以下简称“能源监管办”）负责监管。\n能源监管办是关键信息基础设施保护工作部门。"),
            OrgKind::Other);
  EXPECT_EQ(kind_of(defined + "省调不属于关键信息基础设施运营者。"), OrgKind::Other);
}

TEST(OrgKind, CiiWinsOverCentral) {
  const OrgKindInfo k = read("本中心为中央和国家机关直属单位。\n本中心是关键信息基础设施运营者。");
  EXPECT_EQ(k.kind, OrgKind::Cii);
}

}  // namespace
}  // namespace plancheck::facts
