#include <gtest/gtest.h>

#include <sstream>

#include "batch/baseline.hpp"
#include "report/json_writer.hpp"

namespace plancheck::batch {
namespace {

Finding finding(int line, const std::string& section, const std::string& evidence) {
  Finding f;
  f.message = "m";
  f.location = Location{0, line, 1};
  f.section = section;
  f.evidence = evidence;
  return f;
}

PlanResult plan(std::vector<Finding> findings) {
  PlanResult p;
  p.path = "plans/a.md";
  RuleResult r;
  r.rule = "drill.frequency";
  r.status = Status::Fail;
  r.findings = std::move(findings);
  p.results.push_back(r);
  return p;
}

// The baseline is what the JSON writer wrote for `old`, so the test covers the real report format.
Baseline baseline_of(const PlanResult& old) {
  report::RunReport run;
  run.plans = {old};
  std::ostringstream json;
  report::JsonWriter().write(run, json);
  auto baseline = Baseline::parse(json.str(), "old.json");
  EXPECT_TRUE(baseline.ok());
  return baseline.take();
}

std::vector<std::string> marks(const PlanResult& p) {
  std::vector<std::string> out;
  for (const Finding& f : p.results[0].findings) out.push_back(f.baseline);
  return out;
}

const std::string kSection = "第五章 预防工作 › 二、应急演练";
const std::string kEvidence = "要定期组织开展演练，检验和完善预案。";

TEST(Baseline, MovedFindingsAreUnchangedAndOthersNew) {
  const Baseline old = baseline_of(plan({finding(96, kSection, kEvidence)}));
  PlanResult now = plan({finding(101, kSection, "要定期组织开展演练，\n检验和完善预案。"),  // moved and re-wrapped
                         finding(120, kSection, "每季度至少演练一次。")});
  old.mark(now);
  EXPECT_EQ(marks(now), (std::vector<std::string>{"unchanged", "new"}));
  EXPECT_TRUE(has_new_finding(now.results[0]));
}

TEST(Baseline, EachOldFindingMatchesOnce) {
  const Baseline old = baseline_of(plan({finding(5, kSection, kEvidence)}));
  PlanResult now = plan({finding(5, kSection, kEvidence), finding(9, kSection, kEvidence)});
  old.mark(now);
  EXPECT_EQ(marks(now), (std::vector<std::string>{"unchanged", "new"}));
}

TEST(Baseline, ADifferentSectionOrPlanIsNew) {
  const Baseline old = baseline_of(plan({finding(5, kSection, kEvidence)}));
  PlanResult moved = plan({finding(5, "第六章 保障措施", kEvidence)});
  old.mark(moved);
  EXPECT_EQ(marks(moved), std::vector<std::string>{"new"});
  PlanResult other = plan({finding(5, kSection, kEvidence)});
  other.path = "plans/b.md";
  old.mark(other);
  EXPECT_EQ(marks(other), std::vector<std::string>{"new"});
}

TEST(Baseline, AllUnchangedMeansNoNewFinding) {
  const Baseline old = baseline_of(plan({finding(0, "", "")}));  // a missing requirement: no line, no text
  PlanResult now = plan({finding(0, "", "")});
  old.mark(now);
  EXPECT_FALSE(has_new_finding(now.results[0]));
}

TEST(Baseline, KeyIgnoresWhiteSpaceAndCharacterForms) {
  EXPECT_EQ(finding_key("r", "一、 总则", "每年 至少１次"), finding_key("r", "一、总则", "每年至少1次"));
  EXPECT_NE(finding_key("r", "一、总则", "每年至少1次"), finding_key("q", "一、总则", "每年至少1次"));
}

TEST(Baseline, RejectsWhatIsNotAReport) {
  for (const char* text : {"", "{", "[]", "{\"schema\": \"other\"}", "{\"schema\": \"plancheck-report/1\"}"}) {
    const auto b = Baseline::parse(text, "old.json");
    ASSERT_FALSE(b.ok()) << text;
    EXPECT_EQ(b.error().file, "old.json");
  }
  EXPECT_EQ(Baseline::read("/nonexistent/old.json").error().kind, ErrorKind::Unreadable);
  EXPECT_EQ(Baseline::load("").value(), nullptr);
}

}  // namespace
}  // namespace plancheck::batch
