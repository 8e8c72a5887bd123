#include <gtest/gtest.h>

#include "../../support/test_names.hpp"
#include "rules/numbering.hpp"
#include "rules/section.hpp"

namespace plancheck::rules {
namespace {

struct MatchCase {
  const char* title;
  std::vector<std::string> names;
  std::vector<std::string> excludes;
  bool matches;
};

const std::vector<std::string> kPurpose = {"编制目的", "目的", "总体目标"};
const std::vector<std::string> kWarning = {"监测与预警", "监测预警", "预警"};
const std::vector<std::string> kGrading = {"事件分级", "分级", "分类分级"};
const std::vector<std::string> kResponse = {"应急处置", "应急响应", "处置"};
const std::vector<std::string> kInvestigation = {"调查与评估", "事后评估", "总结评估"};
const std::vector<std::string> kBasis = {"编制依据", "依据"};

class HeadingMatch : public ::testing::TestWithParam<MatchCase> {};

TEST_P(HeadingMatch, NamesTheTopicOrNot) {
  const MatchCase& c = GetParam();
  EXPECT_EQ(heading_names_topic(c.title, c.names, c.excludes), c.matches) << c.title;
}

INSTANTIATE_TEST_SUITE_P(
    Table, HeadingMatch,
    ::testing::Values(MatchCase{"编制目的", kPurpose, {}, true}, MatchCase{"目的", kPurpose, {}, true},
                      MatchCase{"目的和意义", kPurpose, {}, true}, MatchCase{"工作目的", kPurpose, {}, true},
                      MatchCase{"项目的管理", kPurpose, {}, false},       // 目的 inside another word
                      MatchCase{"信息系统项目的建设", kPurpose, {}, false},
                      MatchCase{"依据", kBasis, {}, true}, MatchCase{"编制依据和原则", kBasis, {}, true},
                      MatchCase{"预警分级、监测、研判、发布、响应、解除", kWarning, {}, true},
                      MatchCase{"预警分级", kWarning, {}, true}, MatchCase{"监测与预警", kWarning, {}, true},
                      MatchCase{"预警分级", kGrading, {"预警分级"}, false},  // warning levels are not event grading
                      MatchCase{"事件分级", kGrading, {"预警分级"}, true},
                      MatchCase{"应急处置与事后评估", kResponse, {}, true},
                      MatchCase{"应急处置与事后评估", kInvestigation, {}, true},
                      MatchCase{"预警响应", kResponse, {"预警响应"}, false},
                      MatchCase{"组织机构与职责分工", {"组织机构与职责"}, {}, true},
                      MatchCase{"保障措施与监督管理", {"保障措施"}, {}, true},
                      MatchCase{"网络安全事件应急处置工作组", kResponse, {}, false},  // a body, not a topic
                      MatchCase{"组织机构", {"组织机构", "领导机构"}, {}, true},
                      MatchCase{"培训", kPurpose, {}, false}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.title); });

Numbering numbering(NumberingStyle style, std::vector<int> values, const char* text, const char* suffix = "") {
  Numbering n;
  n.style = style;
  n.values = std::move(values);
  n.text = text;
  n.suffix = suffix;
  return n;
}

TEST(Renumbered, WritesTheNextNumberInTheModelsStyle) {
  EXPECT_EQ(renumbered(numbering(NumberingStyle::Part, {7}, "第七篇", "篇"), 8), "第八篇");
  EXPECT_EQ(renumbered(numbering(NumberingStyle::ChineseComma, {9}, "九、"), 10), "十、");
  EXPECT_EQ(renumbered(numbering(NumberingStyle::ChineseComma, {19}, "十九、"), 20), "二十、");
  EXPECT_EQ(renumbered(numbering(NumberingStyle::ParenChinese, {3}, "（三）"), 4), "（四）");
  EXPECT_EQ(renumbered(numbering(NumberingStyle::Dotted, {4, 2, 9}, "4.2.9"), 10), "4.2.10");
  EXPECT_EQ(renumbered(numbering(NumberingStyle::Arabic, {1}, "1、"), 2), "2、");
  EXPECT_EQ(renumbered(numbering(NumberingStyle::Circled, {1}, "①"), 2), "②");
}

}  // namespace
}  // namespace plancheck::rules
