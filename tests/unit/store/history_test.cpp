#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "store/history.hpp"
#include "store/history_report.hpp"
#include "store_fixture.hpp"

namespace plancheck::store {
namespace {

using namespace testing;  // plancheck::store::testing: the fixture helpers

const PlanChange* find(const History& h, const std::string& path) {
  for (const PlanChange& c : h.plans) {
    if (c.path == path) return &c;
  }
  return nullptr;
}

// Two runs of a small batch: fixed.txt gains a drill clause, worse.txt loses its basis, renamed.txt moves
// with the same content, gone.txt disappears and new.txt appears.
History two_runs() {
  const FreshDb fresh;
  const std::string& db = fresh.path();
  store_run(db, {plan("fixed.txt", "f1", {result("drill.frequency", Status::Fail), result("role.contact", Status::Pass)}, 40),
                 plan("worse.txt", "w1", {result("structure.basis", Status::Pass)}, 100),
                 plan("old-name.txt", "r1", {result("structure.basis", Status::Fail)}, 0),
                 plan("gone.txt", "g1", {}, 100),
                 plan("same.txt", "s1", {result("structure.basis", Status::Pass)}, 100)});
  store_run(db, {plan("fixed.txt", "f2", {result("drill.frequency", Status::Pass), result("role.contact", Status::Pass)}, 90),
                 plan("worse.txt", "w2", {result("structure.basis", Status::Fail)}, 0),
                 plan("renamed.txt", "r1", {result("structure.basis", Status::Fail)}, 0),
                 plan("new.txt", "n1", {}, 100),
                 plan("same.txt", "s1", {result("structure.basis", Status::Pass)}, 100)});
  Result<History> h = compare_latest_runs(db);
  EXPECT_TRUE(h) << h.error().to_string(Lang::En);
  return h ? h.value() : History{};
}

TEST(History, ShowsTheRuleAFixedPlanNowPasses) {
  const History h = two_runs();
  ASSERT_TRUE(h.before);
  EXPECT_EQ(h.before->id, 1);
  EXPECT_EQ(h.after.id, 2);
  const PlanChange* fixed = find(h, "fixed.txt");
  ASSERT_NE(fixed, nullptr);
  EXPECT_EQ(fixed->kind, PlanChange::Kind::Matched);
  EXPECT_EQ(fixed->newly_passed, std::vector<std::string>{"drill.frequency"});
  EXPECT_TRUE(fixed->newly_failed.empty());
  EXPECT_EQ(fixed->score_before, 40);
  EXPECT_EQ(fixed->score_after, 90);
  EXPECT_TRUE(fixed->improved());
}

TEST(History, MatchesByPathThenByContentHash) {
  const History h = two_runs();
  struct Case {
    const char* path;
    PlanChange::Kind kind;
    bool regressed;
  };
  for (const Case& c : {Case{"worse.txt", PlanChange::Kind::Matched, true}, Case{"renamed.txt", PlanChange::Kind::Moved, false},
                        Case{"gone.txt", PlanChange::Kind::Removed, false}, Case{"new.txt", PlanChange::Kind::Added, false},
                        Case{"same.txt", PlanChange::Kind::Matched, false}}) {
    const PlanChange* p = find(h, c.path);
    ASSERT_NE(p, nullptr) << c.path;
    EXPECT_EQ(p->kind, c.kind) << c.path;
    EXPECT_EQ(p->regressed(), c.regressed) << c.path;
  }
  EXPECT_EQ(find(h, "renamed.txt")->previous_path, "old-name.txt");
  EXPECT_EQ(find(h, "worse.txt")->newly_failed, std::vector<std::string>{"structure.basis"});
  EXPECT_EQ(find(h, "old-name.txt"), nullptr);
  EXPECT_EQ(h.plans.size(), 6u);
}

TEST(History, TextListsChangesInEitherLanguage) {
  const History h = two_runs();
  std::ostringstream en, zh;
  write_history_text(h, Lang::En, false, en);
  write_history_text(h, Lang::Zh, false, zh);
  EXPECT_NE(en.str().find("fixed.txt: score 40 → 90\n  newly passed: drill.frequency\n"), std::string::npos) << en.str();
  EXPECT_NE(en.str().find("worse.txt: score 100 → 0\n  newly failed: structure.basis\n"), std::string::npos);
  EXPECT_NE(en.str().find("renamed.txt: moved from old-name.txt"), std::string::npos);
  EXPECT_EQ(en.str().find("same.txt"), std::string::npos);  // unchanged plans only with verbose
  EXPECT_NE(en.str().find("4 plans compared: 1 improved, 1 regressed, 2 unchanged; 1 added, 1 removed"),
            std::string::npos);
  EXPECT_NE(zh.str().find("fixed.txt：得分 40 → 90\n  新通过：drill.frequency\n"), std::string::npos) << zh.str();
  std::ostringstream verbose;
  write_history_text(h, Lang::En, true, verbose);
  EXPECT_NE(verbose.str().find("same.txt: score 100 → 100"), std::string::npos);
}

// Issue 11.8: a run with another ruleset is said so, and only the rules both runs checked are compared.
TEST(History, ARulesetChangeIsSaidAndOnlySharedRulesAreCompared) {
  const FreshDb fresh;
  const std::string& db = fresh.path();
  store_run(db, {plan("a.txt", "a1", {result("drill.frequency", Status::Pass)}, 100)});
  PlanResult miit = plan("a.txt", "a1", {result("drill.frequency", Status::Pass), result("report.telecom", Status::Fail)}, 80);
  miit.rulesets = {"cn-national-2017", "cn-miit-2017"};
  store_run(db, {miit});
  Result<History> h = compare_latest_runs(db);
  ASSERT_TRUE(h) << h.error().to_string(Lang::En);
  EXPECT_TRUE(h.value().rulesets_changed());
  const PlanChange* a = find(h.value(), "a.txt");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->newly_failed.empty()) << "report.telecom was not checked before: not a regression";
  EXPECT_FALSE(a->regressed());
  std::ostringstream en;
  write_history_text(h.value(), Lang::En, false, en);
  EXPECT_NE(en.str().find("the rulesets changed between the runs (before: cn-national-2017; now: "
                          "cn-national-2017,cn-miit-2017)"),
            std::string::npos)
      << en.str();
  std::ostringstream json;
  write_history_json(h.value(), json);
  EXPECT_EQ(nlohmann::json::parse(json.str())["rulesets_changed"], true);
  EXPECT_FALSE(two_runs().rulesets_changed());
}

TEST(History, JsonHasEveryPlan) {
  std::ostringstream out;
  write_history_json(two_runs(), out);
  const nlohmann::json doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["schema"], "plancheck-history/1");
  EXPECT_EQ(doc["before"]["id"], 1);
  ASSERT_EQ(doc["plans"].size(), 6u);
  EXPECT_EQ(doc["plans"][0]["path"], "fixed.txt");
  EXPECT_EQ(doc["plans"][0]["newly_passed"], nlohmann::json({"drill.frequency"}));
  EXPECT_EQ(doc["plans"][1]["change"], "removed");
  EXPECT_TRUE(doc["plans"][1]["score_after"].is_null());
}

TEST(History, ASingleRunMakesEveryPlanNewAndNoRunIsAnError) {
  const FreshDb fresh;
  const std::string& db = fresh.path();
  EXPECT_FALSE(compare_latest_runs(db));  // missing file: read-only open never creates it
  store_run(db, {plan("a.txt", "a", {}, 100)});
  Result<History> h = compare_latest_runs(db);
  ASSERT_TRUE(h) << h.error().to_string(Lang::En);
  EXPECT_FALSE(h.value().before);
  ASSERT_EQ(h.value().plans.size(), 1u);
  EXPECT_EQ(h.value().plans[0].kind, PlanChange::Kind::Added);
}

TEST(History, APlanThatCouldNotBeCheckedHasNoRuleChanges) {
  const FreshDb fresh;
  const std::string& db = fresh.path();
  PlanResult broken = plan("a.txt", "", {}, 0);
  broken.error = ToolError{ErrorKind::Syntax, "a.txt", {}, verbatim("not well-formed")};
  store_run(db, {broken});
  store_run(db, {plan("a.txt", "a", {result("x", Status::Fail)}, 0)});
  Result<History> h = compare_latest_runs(db);
  ASSERT_TRUE(h);
  const PlanChange& c = h.value().plans.at(0);
  EXPECT_TRUE(c.newly_failed.empty());
  EXPECT_FALSE(c.error_before.empty());
  EXPECT_TRUE(c.improved());
}

}  // namespace
}  // namespace plancheck::store
