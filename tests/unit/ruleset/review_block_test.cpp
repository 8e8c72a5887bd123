// The <review> block of a ruleset: read, checked (rule ids, names) with file and line, laid over the
// inherited one by `extends`, and the ratings and conclusion it gives a plan as its data says.
#include <gtest/gtest.h>

#include <algorithm>

#include "ruleset_fixture.hpp"

namespace plancheck {
namespace {

using testing::data_dir;
using testing::ruleset_text;
using testing::section_rule;

const ReviewElement* element(const ReviewSpec& spec, const std::string& id) {
  for (const ReviewGroup& g : spec.groups) {
    for (const ReviewElement& e : g.elements) {
      if (e.id == id) return &e;
    }
  }
  return nullptr;
}

std::vector<std::string> rule_ids(const ReviewElement& e) {
  std::vector<std::string> ids;
  for (const ReviewRuleRef& r : e.rules) ids.push_back(r.rule);
  return ids;
}

// Two rules (x.error: error, x.warning: warning, x.info: info) and a review whose `element` holds them.
std::string two_rule_ruleset(const std::string& review) {
  std::string rules = section_rule("x.error") + section_rule("x.warning") + section_rule("x.info") + section_rule("x.other");
  rules.replace(rules.find("severity=\"warning\""), 18, "severity=\"error\"");
  const std::size_t info = rules.find("id=\"x.info\" severity=\"warning\"");
  rules.replace(info + 12, 18, "severity=\"info\"");
  return ruleset_text(rules + review);
}

const std::string kReview =
    "  <review>\n"                                                     // line 43
    "    <rating not-met=\"error\" partly-met=\"warning\"/>\n"
    "    <conclusion><fail key-not-met=\"1\" not-met=\"2\"/><revise not-met=\"1\" partly-met=\"1\"/></conclusion>\n"
    "    <group id=\"g\" zh=\"要素评审\" en=\"Element review\">\n"
    "      <element id=\"a\" zh=\"甲\" en=\"A\" key=\"true\">\n"
    "        <rule ref=\"x.error\"/><rule ref=\"x.warning\"/><rule ref=\"x.info\"/>\n"
    "      </element>\n"
    "      <element id=\"b\" zh=\"乙\" en=\"B\">\n"
    "        <rule ref=\"x.other\"/>\n"
    "      </element>\n"
    "    </group>\n"
    "  </review>\n";

TEST(ReviewBlock, BundledRulesetsLoadTheirFormAndEveryRuleNamedExists) {
  for (const char* id : {"cn-national-2017", "cn-miit-2017", "cn-reporting-2025"}) {
    auto rs = ruleset::load_ruleset(id, {data_dir(), nullptr});
    ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
    ASSERT_FALSE(rs.value().review.empty()) << id;
    for (const ReviewGroup& g : rs.value().review.groups) {
      for (const ReviewElement& e : g.elements) {
        EXPECT_FALSE(e.name.zh.empty() || e.name.en.empty()) << e.id;
        for (const ReviewRuleRef& r : e.rules) {
          EXPECT_TRUE(std::any_of(rs.value().rules.begin(), rs.value().rules.end(),
                                  [&](const auto& spec) { return spec.id == r.rule; }))
              << id << ": " << r.rule;
        }
      }
    }
  }
  auto national = ruleset::load_ruleset("cn-national-2017", {data_dir(), nullptr});
  const ReviewSpec& form = national.value().review;
  ASSERT_EQ(form.groups.size(), 2u);
  EXPECT_EQ(form.groups[0].name.zh, "形式评审");
  EXPECT_EQ(form.groups[1].name.zh, "要素评审");
  std::vector<std::string> names;
  for (const ReviewElement& e : form.groups[1].elements) names.push_back(e.name.zh);
  EXPECT_EQ(names, (std::vector<std::string>{"总则", "组织机构与职责", "事件分级", "监测预警", "应急响应", "信息报告",
                                             "后期处置", "保障措施", "培训演练", "预案管理"}));
  EXPECT_TRUE(element(form, "reporting")->key);
  EXPECT_FALSE(element(form, "general")->key);
  EXPECT_EQ(form.not_met, std::vector<Severity>{Severity::Error});
  EXPECT_EQ(form.partly_met, (std::vector<Severity>{Severity::Warning, Severity::Info}));
  EXPECT_EQ(form.fail.key_not_met, 1);
  EXPECT_EQ(form.fail.not_met, 3);
}

TEST(ReviewBlock, ReadsElementsKeysRulesAndThresholds) {
  testing::TempDir dir("review-good");
  const std::string path = dir.write("mine.xml", two_rule_ruleset(kReview));
  auto rs = ruleset::load_ruleset(path, {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  const ReviewSpec& form = rs.value().review;
  ASSERT_EQ(form.groups.size(), 1u);
  EXPECT_EQ(form.groups[0].name.en, "Element review");
  const ReviewElement* a = element(form, "a");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->key);
  EXPECT_EQ(a->name.zh, "甲");
  EXPECT_EQ(rule_ids(*a), (std::vector<std::string>{"x.error", "x.warning", "x.info"}));
  EXPECT_EQ(a->rules[0].source.file, path);
  EXPECT_EQ(a->rules[0].source.line, 48);
  EXPECT_FALSE(element(form, "b")->key);
  EXPECT_EQ(form.partly_met, std::vector<Severity>{Severity::Warning});
  EXPECT_EQ(form.fail.not_met, 2);
  EXPECT_FALSE(form.fail.partly_met.has_value());
  EXPECT_EQ(form.revise.partly_met, 1);
}

TEST(ReviewBlock, AnUnknownRuleIdIsARulesetErrorWithItsLine) {
  testing::TempDir dir("review-unknown");
  std::string review = kReview;
  review.replace(review.find("x.other"), 7, "x.nosuch");
  const std::string path = dir.write("mine.xml", two_rule_ruleset(review));
  auto rs = ruleset::load_ruleset(path, {data_dir(), nullptr});
  ASSERT_FALSE(rs.ok());
  EXPECT_EQ(rs.error().kind, ErrorKind::Ruleset);
  EXPECT_EQ(rs.error().file, path);
  EXPECT_EQ(rs.error().location.line, 51);
  const std::string text = rs.error().to_string(Lang::En);
  EXPECT_NE(text.find("x.nosuch"), std::string::npos) << text;
  EXPECT_NE(text.find("'b'"), std::string::npos) << text;
  EXPECT_NE(rs.error().to_string(Lang::Zh).find("不在该规则集中"), std::string::npos);
}

TEST(ReviewBlock, AnElementWithoutRulesOrANameAndAnIdWrittenTwiceAreErrors) {
  testing::TempDir dir("review-incomplete");
  std::string no_rules = kReview;
  no_rules.replace(no_rules.find("        <rule ref=\"x.other\"/>\n"), 29, "");
  auto rs = ruleset::load_ruleset(dir.write("a.xml", two_rule_ruleset(no_rules)), {data_dir(), nullptr});
  ASSERT_FALSE(rs.ok());
  EXPECT_EQ(rs.error().location.line, 50);

  std::string no_en = kReview;
  no_en.replace(no_en.find(" en=\"B\""), 7, "");
  rs = ruleset::load_ruleset(dir.write("b.xml", two_rule_ruleset(no_en)), {data_dir(), nullptr});
  ASSERT_FALSE(rs.ok());
  EXPECT_EQ(rs.error().location.line, 50);

  std::string twice = kReview;
  twice.replace(twice.find("id=\"b\""), 6, "id=\"a\"");
  rs = ruleset::load_ruleset(dir.write("c.xml", two_rule_ruleset(twice)), {data_dir(), nullptr});
  ASSERT_FALSE(rs.ok());
  EXPECT_EQ(rs.error().location.line, 50);
  EXPECT_NE(rs.error().to_string(Lang::En).find("twice"), std::string::npos);

  // A severity that is none: the schema refuses it, with the line.
  std::string bad_severity = kReview;
  bad_severity.replace(bad_severity.find("partly-met=\"warning\""), 20, "partly-met=\"warnings\"");
  rs = ruleset::load_ruleset(dir.write("d.xml", two_rule_ruleset(bad_severity)), {data_dir(), nullptr});
  ASSERT_FALSE(rs.ok());
  EXPECT_EQ(rs.error().location.line, 44);
}

TEST(ReviewBlock, ExtendsInheritsTheFormAddsRulesOverridesNamesAndThresholds) {
  testing::TempDir dir("review-extends");
  dir.write("base.xml", two_rule_ruleset(kReview));
  const std::string child = dir.write(
      "child.xml",
      ruleset_text(section_rule("y.more") +
                       "  <disable rule=\"x.other\"/>\n"
                       "  <review>\n"
                       "    <rating not-met=\"error warning\" partly-met=\"info\"/>\n"
                       "    <group id=\"g\">\n"
                       "      <element id=\"a\" en=\"Alpha\" key=\"false\"><rule ref=\"y.more\"/></element>\n"
                       "      <element id=\"c\" zh=\"丙\" en=\"C\" replace-rules=\"true\"><rule ref=\"x.info\"/></element>\n"
                       "    </group>\n"
                       "  </review>\n",
                   " extends=\"base.xml\""));
  auto rs = ruleset::load_ruleset(child, {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  const ReviewSpec& form = rs.value().review;
  EXPECT_EQ(form.not_met, (std::vector<Severity>{Severity::Error, Severity::Warning}));
  EXPECT_EQ(form.fail.not_met, 2);  // not given by the child: inherited
  const ReviewElement* a = element(form, "a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name.zh, "甲");
  EXPECT_EQ(a->name.en, "Alpha");
  EXPECT_FALSE(a->key);
  EXPECT_EQ(rule_ids(*a), (std::vector<std::string>{"x.error", "x.warning", "x.info", "y.more"}));
  EXPECT_EQ(element(form, "b"), nullptr);  // its only rule was disabled
  ASSERT_NE(element(form, "c"), nullptr);
  EXPECT_EQ(rule_ids(*element(form, "c")), std::vector<std::string>{"x.info"});

  // replace-rules on an inherited element: only the child's rules decide it.
  const std::string replacing = dir.write(
      "replacing.xml", ruleset_text("  <review><group id=\"g\"><element id=\"a\" replace-rules=\"true\">"
                                    "<rule ref=\"x.info\"/></element></group></review>\n",
                                    " extends=\"base.xml\""));
  rs = ruleset::load_ruleset(replacing, {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  EXPECT_EQ(rule_ids(*element(rs.value().review, "a")), std::vector<std::string>{"x.info"});

  // The MIIT ruleset: its own rules join the national elements; the disabled one leaves.
  rs = ruleset::load_ruleset("cn-miit-2017", {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  const std::vector<std::string> grading = rule_ids(*element(rs.value().review, "grading"));
  EXPECT_NE(std::find(grading.begin(), grading.end(), "miit.grading-thresholds"), grading.end());
  EXPECT_EQ(std::find(grading.begin(), grading.end(), "grading.event-categories"), grading.end());
}

// A plan whose results are `statuses` for the rules x.error (error), x.warning, x.info and x.other.
PlanResult plan_with(Status error, Status warning, Status info, Status other = Status::Pass) {
  PlanResult p;
  p.path = "p.md";
  p.results = {RuleResult{"x.error", error, Severity::Error, "", {}, {}, "", {}},
               RuleResult{"x.info", info, Severity::Info, "", {}, {}, "", {}},
               RuleResult{"x.other", other, Severity::Warning, "", {}, {}, "", {}},
               RuleResult{"x.warning", warning, Severity::Warning, "", {}, {}, "", {}}};
  return p;
}

class ReviewRating : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = dir_.write("mine.xml", two_rule_ruleset(kReview));
    auto rs = ruleset::load_ruleset(path, {data_dir(), nullptr});
    ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
    form_ = rs.value().review;
  }
  plancheck::ReviewRating rating_of_a(const PlanResult& plan) const { return review_plan(form_, plan).groups[0][0].rating; }

  testing::TempDir dir_{"review-rating"};
  ReviewSpec form_;
};

TEST_F(ReviewRating, OneRulesResultMovesTheElementAsTheDataSays) {
  const Status P = Status::Pass, F = Status::Fail, N = Status::NotApplicable, W = Status::Waived;
  EXPECT_EQ(rating_of_a(plan_with(P, P, P)), plancheck::ReviewRating::Met);
  EXPECT_EQ(rating_of_a(plan_with(P, F, P)), plancheck::ReviewRating::PartlyMet);  // a warning fails
  EXPECT_EQ(rating_of_a(plan_with(F, P, P)), plancheck::ReviewRating::NotMet);     // an error fails
  EXPECT_EQ(rating_of_a(plan_with(N, N, N)), plancheck::ReviewRating::NotApplicable);
  EXPECT_EQ(rating_of_a(plan_with(N, P, N)), plancheck::ReviewRating::Met);
  EXPECT_EQ(rating_of_a(plan_with(W, P, P)), plancheck::ReviewRating::Met);        // a waived rule meets it
  // info is in neither list of this form's <rating>: its failure does not lower the rating.
  EXPECT_EQ(rating_of_a(plan_with(P, P, F)), plancheck::ReviewRating::Met);

  const PlanResult both = plan_with(F, F, P);
  const PlanReview review = review_plan(form_, both);
  ASSERT_EQ(review.groups[0][0].causes.size(), 2u);
  EXPECT_EQ(review.groups[0][0].causes[0]->rule, "x.error");  // in the element's rule order
  EXPECT_EQ(review.groups[0][0].causes[1]->rule, "x.warning");
}

TEST_F(ReviewRating, TheSeverityThresholdsAreData) {
  form_.partly_met.push_back(Severity::Info);  // as a <rating partly-met="warning info"/> would say
  EXPECT_EQ(rating_of_a(plan_with(Status::Pass, Status::Pass, Status::Fail)), plancheck::ReviewRating::PartlyMet);
  form_.not_met = {Severity::Error, Severity::Warning};
  EXPECT_EQ(rating_of_a(plan_with(Status::Pass, Status::Fail, Status::Pass)), plancheck::ReviewRating::NotMet);
}

TEST_F(ReviewRating, TheConclusionFollowsTheThresholds) {
  const Status P = Status::Pass, F = Status::Fail;
  // Every element 符合: 通过.
  EXPECT_EQ(review_plan(form_, plan_with(P, P, P, P)).conclusion, ReviewConclusion::Pass);
  // b (not key) 基本符合: revise partly-met="1".
  EXPECT_EQ(review_plan(form_, plan_with(P, P, P, F)).conclusion, ReviewConclusion::Revise);
  EXPECT_FALSE(review_plan(form_, plan_with(P, P, P, P)).reason.has_value());
  // a (key) 不符合: fail key-not-met="1", which is the reason given.
  const PlanReview failed = review_plan(form_, plan_with(F, P, P, P));
  EXPECT_EQ(failed.conclusion, ReviewConclusion::Fail);
  ASSERT_TRUE(failed.reason.has_value());
  EXPECT_EQ(failed.reason->count, ReviewCount::KeyNotMet);
  EXPECT_EQ(failed.reason->found, 1);
  EXPECT_EQ(failed.reason->threshold, 1);
  // Without the key condition one 不符合 is below not-met="2": revise.
  form_.fail.key_not_met.reset();
  EXPECT_EQ(review_plan(form_, plan_with(F, P, P, P)).conclusion, ReviewConclusion::Revise);
  // b made an error rule: two 不符合 reach not-met="2".
  PlanResult two = plan_with(F, P, P, F);
  two.results[2].severity = Severity::Error;
  EXPECT_EQ(review_plan(form_, two).conclusion, ReviewConclusion::Fail);
  // Thresholds no condition reaches: 通过 although an element is 基本符合.
  form_.revise = {};
  EXPECT_EQ(review_plan(form_, plan_with(P, F, P, P)).conclusion, ReviewConclusion::Pass);
}

}  // namespace
}  // namespace plancheck
