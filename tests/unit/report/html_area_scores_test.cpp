#include <gtest/gtest.h>

#include <map>

#include "batch/score.hpp"
#include "report/area_names.hpp"

namespace plancheck {
namespace {

RuleResult result(const char* rule, Status status, Severity severity) {
  RuleResult r;
  r.rule = rule;
  r.status = status;
  r.severity = severity;
  return r;
}

const std::map<std::string, std::string> kAreas = {
    {"a.error", "grading"}, {"a.info", "grading"}, {"b.warning", "warning"}, {"b.na", "warning"}, {"c.x", ""}};

std::string area_of(const std::string& rule) {
  auto it = kAreas.find(rule);
  return it == kAreas.end() ? "" : it->second;
}

TEST(AreaScores, ApplyThePlanFormulaToEachAreaAlone) {
  const std::vector<RuleResult> results = {
      result("a.error", Status::Pass, Severity::Error), result("a.info", Status::Fail, Severity::Info),
      result("b.warning", Status::Fail, Severity::Warning), result("b.na", Status::NotApplicable, Severity::Error),
      result("c.x", Status::Waived, Severity::Error)};
  const std::vector<AreaScore> areas = batch::area_scores(results, area_of);
  ASSERT_EQ(areas.size(), 3u);
  // Sorted by id: "" (no area), grading, warning.
  EXPECT_EQ(areas[0].area, "");
  EXPECT_EQ(areas[0].score, 100) << "only a waived rule: nothing applies";
  EXPECT_EQ(areas[0].excluded, 1);
  EXPECT_EQ(areas[1].area, "grading");
  EXPECT_EQ(areas[1].score, 75) << "3 of 3 + 1";
  EXPECT_EQ(areas[1].passed, 1);
  EXPECT_EQ(areas[1].failed, 1);
  EXPECT_EQ(areas[2].area, "warning");
  EXPECT_EQ(areas[2].score, 0);
  EXPECT_EQ(areas[2].failed, 1);
  EXPECT_EQ(areas[2].excluded, 1);
}

TEST(AreaScores, NoResultsNoAreas) { EXPECT_TRUE(batch::area_scores({}, area_of).empty()); }

TEST(AreaScores, OneAreaEqualsThePlanScore) {
  const std::vector<RuleResult> results = {result("a.error", Status::Pass, Severity::Info),
                                           result("a.info", Status::Fail, Severity::Warning),
                                           result("a.info", Status::Fail, Severity::Error)};
  const auto areas = batch::area_scores(results, [](const std::string&) { return std::string("grading"); });
  ASSERT_EQ(areas.size(), 1u);
  EXPECT_EQ(areas[0].score, batch::score(results));
}

TEST(AreaNames, KnownAreasHaveBothLanguagesAndAnOrder) {
  EXPECT_EQ(report::area_name("grading").zh, "事件分级");
  EXPECT_EQ(report::area_name("grading").en, "Grading");
  EXPECT_EQ(report::area_name("custom-area").zh, "custom-area");
  EXPECT_EQ(report::area_name("").en, "Other");
  EXPECT_LT(report::area_rank("structure"), report::area_rank("grading"));
  EXPECT_LT(report::area_rank("investigation"), report::area_rank("safeguards"));
  EXPECT_LT(report::area_rank("annex"), report::area_rank("custom-area"));
}

}  // namespace
}  // namespace plancheck
