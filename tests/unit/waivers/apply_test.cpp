#include <gtest/gtest.h>

#include <climits>

#include "batch/check_plan.hpp"
#include "waivers/apply.hpp"

namespace plancheck::waivers {
namespace {

Finding at_line(int line) {
  Finding f;
  f.message = "m";
  f.location = Location{0, line, 1};
  return f;
}

RuleResult failed(const std::string& rule, std::vector<Finding> findings) {
  RuleResult r;
  r.rule = rule;
  r.status = Status::Fail;
  r.findings = std::move(findings);
  return r;
}

InlineSuppressions suppress(const std::string& rule, int first, int last, bool whole_file = false) {
  InlineSuppressions s;
  s.suppressions.push_back(Suppression{rule, first, last, whole_file, "原因", first, Location{0, first, 1}});
  return s;
}

TEST(ApplyInline, AllFindingsInRangeWaiveTheRuleWithTheReason) {
  std::vector<RuleResult> results{failed("a.b", {at_line(10), at_line(12)})};
  apply_inline(results, suppress("a.b", 9, 12), Lang::Zh);
  EXPECT_EQ(results[0].status, Status::Waived);
  EXPECT_EQ(results[0].findings.size(), 2u) << "the waived findings stay for reports";
  EXPECT_EQ(results[0].note, "已由第9行的行内注释抑制：原因");
}

TEST(ApplyInline, AFindingOutsideTheRangeKeepsTheRuleFailing) {
  std::vector<RuleResult> results{failed("a.b", {at_line(10), at_line(13)})};
  apply_inline(results, suppress("a.b", 9, 12), Lang::En);
  EXPECT_EQ(results[0].status, Status::Fail);
  ASSERT_EQ(results[0].findings.size(), 1u);
  EXPECT_EQ(results[0].findings[0].location.line, 13);
  EXPECT_EQ(results[0].note, "1 more finding(s) suppressed by inline comments");
}

TEST(ApplyInline, OnlyTheNamedRuleIsSuppressed) {
  std::vector<RuleResult> results{failed("a.b", {at_line(10)}), failed("c.d", {at_line(10)})};
  apply_inline(results, suppress("c.d", 1, INT_MAX), Lang::Zh);
  EXPECT_EQ(results[0].status, Status::Fail);
  EXPECT_EQ(results[1].status, Status::Waived);
}

TEST(ApplyInline, AMissingRequirementIsWaivedOnlyByAWholeFileDisable) {
  std::vector<RuleResult> range{failed("a.b", {at_line(0)})};
  apply_inline(range, suppress("a.b", 1, INT_MAX), Lang::Zh);
  EXPECT_EQ(range[0].status, Status::Fail);
  std::vector<RuleResult> whole{failed("a.b", {at_line(0)})};
  apply_inline(whole, suppress("a.b", 1, INT_MAX, true), Lang::Zh);
  EXPECT_EQ(whole[0].status, Status::Waived);
}

TEST(ApplyInline, PassingRulesAreLeftAlone) {
  RuleResult passed;
  passed.rule = "a.b";
  std::vector<RuleResult> results{passed};
  apply_inline(results, suppress("a.b", 1, INT_MAX, true), Lang::Zh);
  EXPECT_EQ(results[0].status, Status::Pass);
  EXPECT_TRUE(results[0].note.empty());
}

TEST(ApplyInline, ErrorsBecomeAFailedErrorResultInIdOrder) {
  std::vector<RuleResult> results{failed("a.b", {at_line(3)}), failed("r.s", {at_line(4)})};
  InlineSuppressions s;
  s.errors.push_back(SuppressionError{SuppressionError::Kind::MissingReason, Location{40, 3, 1}, "<!-- plancheck-disable a.b -->", {}, {}});
  apply_inline(results, s, Lang::En);
  ASSERT_EQ(results.size(), 3u);
  const RuleResult& e = results[1];
  EXPECT_EQ(e.rule, kSuppressionRule);
  EXPECT_EQ(e.status, Status::Fail);
  EXPECT_EQ(e.severity, Severity::Error);
  ASSERT_EQ(e.findings.size(), 1u);
  EXPECT_EQ(e.findings[0].location.line, 3);
  EXPECT_EQ(e.findings[0].evidence, "<!-- plancheck-disable a.b -->");
  EXPECT_NE(e.findings[0].message.find("no reason"), std::string::npos);
  EXPECT_EQ(results[0].status, Status::Fail) << "the bad comment is not applied";
}

// Issue 11.7: a suppression naming no rule of the selected rulesets is an error naming the closest id.
TEST(ApplyInline, AnUnknownRuleIsAnErrorNamingTheClosestRule) {
  std::vector<RuleResult> results{failed("drill.frequency", {at_line(3)})};
  apply_inline(results, suppress("drill.frequncy", 2, 5), Lang::En);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].status, Status::Fail) << "nothing was suppressed";
  const RuleResult& e = results[1];
  EXPECT_EQ(e.rule, kSuppressionRule);
  ASSERT_EQ(e.findings.size(), 1u);
  EXPECT_EQ(e.findings[0].location.line, 2);
  EXPECT_EQ(e.findings[0].message,
            "no rule 'drill.frequncy' in the selected rulesets: the suppression does nothing; did you mean "
            "'drill.frequency'?");
  std::vector<RuleResult> zh{failed("drill.frequency", {at_line(3)})};
  apply_inline(zh, suppress("drill.frequncy", 2, 5), Lang::Zh);
  EXPECT_EQ(zh[1].findings[0].message, "所选规则集中没有规则“drill.frequncy”，该抑制未生效；您是否要找“drill.frequency”？");
}

Waiver waiver(const std::string& rule, const std::string& plans, const std::string& expires) {
  return Waiver{rule, plans, "张三", expires, "年度计划已规定", 2};
}

struct WaiverCase {
  const char* name;
  std::vector<Waiver> waivers;
  Status status;
  const char* note;
};

std::ostream& operator<<(std::ostream& os, const WaiverCase& c) { return os << c.name; }

class WaiverListTest : public ::testing::TestWithParam<WaiverCase> {};

TEST_P(WaiverListTest, StatusAndNote) {
  std::vector<RuleResult> results{failed("drill.frequency", {at_line(96)})};
  apply_waiver_list(results, "plans/shanxi/xinzhou-plan.txt", GetParam().waivers, "2026-01-15", Lang::Zh);
  EXPECT_EQ(results[0].status, GetParam().status);
  EXPECT_EQ(results[0].note, GetParam().note);
}

INSTANTIATE_TEST_SUITE_P(
    Table, WaiverListTest,
    ::testing::Values(
        WaiverCase{"Applies", {waiver("drill.frequency", "plans/**/xinzhou*.txt", "2027-06-30")}, Status::Waived,
                   "已豁免：年度计划已规定（批准人：张三，有效期至 2027-06-30）"},
        WaiverCase{"HoldsThroughItsLastDay", {waiver("drill.*", "**", "2026-01-15")}, Status::Waived,
                   "已豁免：年度计划已规定（批准人：张三，有效期至 2026-01-15）"},
        WaiverCase{"Expired", {waiver("drill.frequency", "**", "2026-01-14")}, Status::Fail,
                   "豁免已于 2026-01-14 过期（批准人：张三），不再适用"},
        WaiverCase{"AValidOneWinsOverAnExpiredOne",
                   {waiver("drill.frequency", "**", "2020-01-01"), waiver("drill.frequency", "**", "2030-01-01")},
                   Status::Waived, "已豁免：年度计划已规定（批准人：张三，有效期至 2030-01-01）"},
        WaiverCase{"OtherPlan", {waiver("drill.frequency", "plans/**/chongqing*.txt", "2027-06-30")}, Status::Fail, ""},
        WaiverCase{"OtherRule", {waiver("drill.content", "**", "2027-06-30")}, Status::Fail, ""},
        WaiverCase{"NoWaivers", {}, Status::Fail, ""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ApplyWaivers, NoInlineSuppressionsIgnoresComments) {
  const std::string text = "# 预案\n\n<!-- plancheck-disable a.b -- x -->\n\n## 一、总则\n\n正文。\n";
  Document doc;
  doc.format = InputFormat::Markdown;
  doc.source = std::make_shared<SourceText>(text);
  PlanResult plan;
  plan.results = {failed("a.b", {at_line(7)})};
  WaiverSettings regulator;
  regulator.inline_suppressions = false;
  apply_waivers(plan, doc, regulator, Lang::Zh);
  EXPECT_EQ(plan.results[0].status, Status::Fail);
  apply_waivers(plan, doc, WaiverSettings{}, Lang::Zh);
  EXPECT_EQ(plan.results[0].status, Status::Waived);
}

// Found by the suppressions fuzz target: these findings were added after the source lines were attached,
// so reports drew no source line and no caret under them.
TEST(ApplyWaivers, AFindingOnASuppressionCommentCarriesItsSourceLine) {
  const std::string text = "# 预案\n\n<!-- plancheck-disable drill.frequency -->\n\n## 一、总则\n";
  batch::CheckOptions options;
  options.force = true;  // far too short to look like a plan: checked all the same
  const PlanResult plan = batch::check_decoded("plan.md", text::DecodedText{text, "UTF-8"}, {}, options);
  ASSERT_EQ(plan.results.size(), 1u);
  ASSERT_EQ(plan.results[0].rule, kSuppressionRule);
  ASSERT_EQ(plan.results[0].findings.size(), 1u);
  const Finding& f = plan.results[0].findings[0];
  EXPECT_EQ(f.location.line, 3);
  EXPECT_EQ(f.source_line, "<!-- plancheck-disable drill.frequency -->");
}

}  // namespace
}  // namespace plancheck::waivers
