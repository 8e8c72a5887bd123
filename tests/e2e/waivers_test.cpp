#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>

#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

using Json = nlohmann::json;

const std::string kChongqing = "samples/chongqing-plan.md";
const std::string kData = "tests/data/waivers/";

std::string temp_path(const std::string& name) {
  return "/tmp/plancheck-waivers-" + std::to_string(::getpid()) + "-" + name;
}

// A copy of a sample with each (line, text) of `inserts` put before that line (1-based) of the original,
// followed by a blank line so that it is a block of its own.
std::string copy_with(const std::string& sample, std::vector<std::pair<int, std::string>> inserts,
                      const std::string& name) {
  std::ifstream in(std::string(PLANCHECK_SOURCE_DIR) + "/" + sample);
  const std::string path = temp_path(name);
  std::ofstream out(path);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    for (const auto& [before, text] : inserts) {
      if (before == n) out << text << "\n\n";
    }
    out << line << '\n';
  }
  return path;
}

Json check_json(std::vector<std::string> args, int expected_code = 0) {
  args.insert(args.end(), {"--format", "json", "--lang", "en"});
  const Outcome run = run_with_data("check", args);
  EXPECT_EQ(run.code, expected_code) << run.err;
  const Json doc = Json::parse(run.out, nullptr, false);
  EXPECT_FALSE(doc.is_discarded()) << run.out;
  return doc;
}

std::map<std::string, Json> results(const Json& doc) {
  std::map<std::string, Json> out;
  for (const Json& r : doc.at("plans").at(0).at("results")) out[r.at("rule")] = r;
  return out;
}

std::map<std::string, std::string> statuses(const Json& doc) {
  std::map<std::string, std::string> out;
  for (const auto& [rule, r] : results(doc)) out[rule] = r.at("status");
  return out;
}

class Suppressions : public ::testing::Test {
 protected:
  void TearDown() override {
    for (const std::string& p : made_) std::remove(p.c_str());
  }
  std::string chongqing_with(std::vector<std::pair<int, std::string>> inserts) {
    made_.push_back(copy_with(kChongqing, std::move(inserts), std::to_string(made_.size()) + ".md"));
    return made_.back();
  }
  // The sample's own statuses, computed once for the whole suite.
  static const std::map<std::string, std::string>& original() {
    static const std::map<std::string, std::string> sample = statuses(check_json({kChongqing, "--fail-on", "never"}));
    return sample;
  }
  std::vector<std::string> made_;
};

// Line 11 of 重庆 cites the superseded GB/Z 20986-2007; the plan never forbids late or concealed reports.
const std::string kDisableSuperseded = "<!-- plancheck-disable basis.superseded -- 新标准尚在评估 -->";

TEST_F(Suppressions, DisableToEnableWaivesOnlyThatRangeAndRule) {
  const std::string plan = chongqing_with({{11, kDisableSuperseded}, {12, "<!-- plancheck-enable basis.superseded -->"}});
  const Json doc = check_json({plan, "--fail-on", "never"});
  std::map<std::string, std::string> expected = original();
  ASSERT_EQ(expected["basis.superseded"], "fail");
  expected["basis.superseded"] = "waived";
  EXPECT_EQ(statuses(doc), expected);
  EXPECT_EQ(results(doc)["basis.superseded"].at("note"), "suppressed by the inline comment on line 11: 新标准尚在评估");
}

TEST_F(Suppressions, ARangeThatMissesTheFindingChangesNothing) {
  const std::string plan = chongqing_with({{3, kDisableSuperseded}, {5, "<!-- plancheck-enable -->"}});
  EXPECT_EQ(statuses(check_json({plan, "--fail-on", "never"})), original());
}

TEST_F(Suppressions, NextLineWaivesTheFollowingParagraph) {
  const std::string plan = chongqing_with({{11, "<!-- plancheck-disable-next-line basis.superseded -- 评估中 -->"}});
  EXPECT_EQ(statuses(check_json({plan, "--fail-on", "never"}))["basis.superseded"], "waived");
  const std::string too_early = chongqing_with({{9, "<!-- plancheck-disable-next-line basis.superseded -- 评估中 -->"}});
  EXPECT_EQ(statuses(check_json({too_early, "--fail-on", "never"}))["basis.superseded"], "fail");
}

TEST_F(Suppressions, AWholeFileDisableWaivesAMissingRequirement) {
  ASSERT_EQ(original().at("report.no-concealment"), "fail");
  const std::string plan = chongqing_with({{1, "<!-- plancheck-disable report.no-concealment -- 另行规定 -->"}});
  EXPECT_EQ(statuses(check_json({plan, "--fail-on", "never"}))["report.no-concealment"], "waived");
  // The same comment after content is a range: a finding with no line stays.
  const std::string late = chongqing_with({{5, "<!-- plancheck-disable report.no-concealment -- 另行规定 -->"}});
  EXPECT_EQ(statuses(check_json({late, "--fail-on", "never"}))["report.no-concealment"], "fail");
}

TEST_F(Suppressions, AMissingReasonIsAnErrorAndNotApplied) {
  const std::string plan = chongqing_with({{11, "<!-- plancheck-disable basis.superseded -->"}});
  const Json doc = check_json({plan}, 1);  // 重庆 fails no error-level rule by itself
  const Json error = results(doc)["plancheck.suppression"];
  EXPECT_EQ(error.at("status"), "fail");
  EXPECT_EQ(error.at("severity"), "error");
  EXPECT_EQ(error.at("findings").at(0).at("line"), 11);
  EXPECT_EQ(results(doc)["basis.superseded"].at("status"), "fail");
  const Outcome text = run_with_data("check", {plan, "--lang", "en"});
  EXPECT_NE(text.out.find(":11:1: error: suppression comment gives no reason"), std::string::npos) << text.out;
}

// Issue 11.7: a suppression of a rule no selected ruleset has is an error finding naming the closest id.
TEST_F(Suppressions, AMisspeltRuleIsAnErrorNamingTheClosestRule) {
  const std::string plan = chongqing_with({{11, "<!-- plancheck-disable basis.supersede -- 新标准尚在评估 -->"}});
  const Json doc = check_json({plan}, 1);
  const Json error = results(doc)["plancheck.suppression"];
  EXPECT_EQ(error.at("status"), "fail");
  EXPECT_EQ(error.at("findings").at(0).at("line"), 11);
  EXPECT_EQ(error.at("findings").at(0).at("message"),
            "no rule 'basis.supersede' in the selected rulesets: the suppression does nothing; did you mean "
            "'basis.superseded'?");
}

TEST_F(Suppressions, RegulatorsIgnoreInlineComments) {
  const std::string plan = chongqing_with({{1, "<!-- plancheck-disable report.no-concealment -- x -->"},
                                           {11, "<!-- plancheck-disable basis.superseded -->"}});
  EXPECT_EQ(statuses(check_json({plan, "--fail-on", "never", "--no-inline-suppressions"})), original());
}

TEST(XmlSuppressions, AnXmlCommentWithAColonWaives) {
  const std::string plan = copy_with(
      "samples/miit-plan.xml", {{28, "<!-- plancheck-disable-next-line grading.event-categories: 行业分类另有规定 -->"}},
      "miit.xml");
  const Json doc = check_json({plan, "--fail-on", "never"});
  std::remove(plan.c_str());
  ASSERT_TRUE(doc.at("plans").at(0).at("error").is_null()) << doc.dump();
  EXPECT_EQ(results(doc)["grading.event-categories"].at("status"), "waived");
  EXPECT_EQ(doc.at("plans").at(0).at("score"), 100);
}

TEST(WaiverFile, WaivesAndReportsExpiredWaivers) {
  const Json doc = check_json({kChongqing, "--fail-on", "never", "--waivers", kData + "valid.xml"});
  std::map<std::string, Json> r = results(doc);
  EXPECT_EQ(r["structure.numbering"].at("status"), "waived");
  EXPECT_EQ(r["structure.numbering"].at("note"),
            "waived: 第八章的编号沿用上级单位模板，修订时统一调整。 (approved by 张三, until 2099-12-31)");
  EXPECT_EQ(r["basis.superseded"].at("status"), "waived");  // rule glob basis.*
  EXPECT_EQ(r["response.duty-24h"].at("status"), "fail");
  EXPECT_EQ(r["response.duty-24h"].at("note"), "waiver expired on 2020-06-30 (approved by 李四); no longer applied");
  const Outcome verbose = run_with_data("check", {kChongqing, "--lang", "en", "-v", "--waivers", kData + "valid.xml"});
  EXPECT_NE(verbose.out.find("waived: "), std::string::npos);
  EXPECT_NE(verbose.out.find("waiver expired on 2020-06-30"), std::string::npos);
}

TEST(WaiverFile, ExpiryFollowsSourceDateEpoch) {
  const std::vector<std::string> args{kChongqing, "--fail-on", "never", "--waivers", kData + "expiring.xml"};
  ::setenv("SOURCE_DATE_EPOCH", "1814399999", 1);  // 2027-06-30 23:59:59 UTC: the last day
  EXPECT_EQ(results(check_json(args))["structure.numbering"].at("status"), "waived");
  ::setenv("SOURCE_DATE_EPOCH", "1814400000", 1);  // 2027-07-01
  const Json expired = check_json(args);
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(results(expired)["structure.numbering"].at("status"), "fail");
  EXPECT_EQ(results(expired)["structure.numbering"].at("note"),
            "waiver expired on 2027-06-30 (approved by 张三); no longer applied");
}

// Issue 11.14: waived results are hidden without -v, but the summary line counts them.
TEST(WaiverFile, TheSummaryLineCountsWaivedResults) {
  const Outcome en = run_with_data("check", {kChongqing, "--lang", "en", "--waivers", kData + "valid.xml"});
  // The copied share (plan.copied-parent's measure) closes the line.
  EXPECT_NE(en.out.find(" info; 2 waived; copied from the parent plan: "), std::string::npos) << en.out;
  const Outcome zh = run_with_data("check", {kChongqing, "--waivers", kData + "valid.xml"});
  EXPECT_NE(zh.out.find("；已豁免 2；照抄上级预案 "), std::string::npos) << zh.out;
  // Issue 11.11: JUnit said "已豁免: 已豁免：…".
  const Outcome junit = run_with_data("check", {kChongqing, "--format", "junit", "--waivers", kData + "valid.xml"});
  EXPECT_NE(junit.out.find("<skipped message=\"已豁免：第八章"), std::string::npos) << junit.out;
  EXPECT_EQ(junit.out.find("已豁免: 已豁免"), std::string::npos) << junit.out;
}

// Issue 11.7: a misspelt rule id in a waiver file is an error at its line naming the closest id.
TEST(WaiverFile, AMisspeltRuleIsAnErrorNamingTheClosestRule) {
  const Outcome run = run_with_data("check", {kChongqing, "--lang", "en", "--waivers", kData + "typo.xml"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("typo.xml:5:1: error: the waiver names rule 'basis.supersded', which is not in the selected "
                         "rulesets; did you mean 'basis.superseded'?"),
            std::string::npos)
      << run.err;
  EXPECT_TRUE(run.out.empty());
}

TEST(WaiverFile, AnInvalidFileIsAToolError) {
  const Outcome run = run_with_data("check", {kChongqing, "--waivers", kData + "no-approver.xml"});
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("no-approver.xml:2:"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty());
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

class BaselineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const Outcome run = run_with_data("check", {plan_, "--format", "json", "--fail-on", "never", "--output", old_});
    ASSERT_EQ(run.code, 0) << run.err;
  }
  void TearDown() override {
    for (const std::string& p : {plan_, old_, edited_}) std::remove(p.c_str());
  }
  std::vector<std::string> marks(const Json& doc) {
    std::vector<std::string> out;
    for (const Json& r : doc.at("plans").at(0).at("results")) {
      for (const Json& f : r.at("findings")) out.push_back(f.value("baseline", "") + " " + r.at("rule").get<std::string>());
    }
    return out;
  }
  // The plan is checked under one path in both runs, as a revised file would be.
  std::string plan_ = copy_with(kChongqing, {}, "baseline.md");
  std::string old_ = temp_path("old.json");
  std::string edited_ = temp_path("edited.md");
};

TEST_F(BaselineTest, AParagraphInsertedAtTheTopLeavesEveryFindingUnchanged) {
  std::rename(copy_with(kChongqing, {{3, "本预案于2024年修订，修订内容见附件。"}}, "edited.md").c_str(), plan_.c_str());
  const Json doc = check_json({plan_, "--fail-on", "never", "--baseline", old_});
  const std::vector<std::string> found = marks(doc);
  ASSERT_GE(found.size(), 5u);
  for (const std::string& m : found) EXPECT_EQ(m.rfind("unchanged ", 0), 0u) << m;
  // Every finding is known, so failing on new findings passes where failing on findings does not.
  EXPECT_EQ(run_with_data("check", {plan_, "--fail-on", "info", "--baseline", old_}).code, 1);
  EXPECT_EQ(run_with_data("check", {plan_, "--fail-on", "info", "--fail-on-new", "--baseline", old_}).code, 0);
}

TEST_F(BaselineTest, ANewFindingIsNew) {
  // A heading numbered out of sequence: two new numbering findings beside the old one at 第八章.
  std::rename(copy_with(kChongqing, {{16, "### 九、补充规定"}}, "edited.md").c_str(), plan_.c_str());
  const Json doc = check_json({plan_, "--fail-on", "never", "--baseline", old_});
  const std::vector<std::string> found = marks(doc);
  EXPECT_EQ(std::count(found.begin(), found.end(), "new structure.numbering"), 2) << ::testing::PrintToString(found);
  EXPECT_EQ(std::count(found.begin(), found.end(), "unchanged structure.numbering"), 1);
  EXPECT_EQ(std::count_if(found.begin(), found.end(), [](const std::string& m) { return m.rfind("new", 0) == 0; }), 2);
  EXPECT_EQ(run_with_data("check", {plan_, "--fail-on", "info", "--fail-on-new", "--baseline", old_}).code, 1);
  EXPECT_EQ(run_with_data("check", {plan_, "--fail-on", "warning", "--fail-on-new", "--baseline", old_}).code, 0);
}

// Issue 11.10: the marks show in every format, not only JSON and SARIF (README: "in every format").
TEST_F(BaselineTest, EveryFormatShowsTheMarks) {
  std::rename(copy_with(kChongqing, {{16, "### 九、补充规定"}}, "edited.md").c_str(), plan_.c_str());
  auto render = [&](const std::string& format, const std::string& lang) {
    const Outcome run =
        run_with_data("check", {plan_, "--fail-on", "never", "--baseline", old_, "--format", format, "--lang", lang});
    EXPECT_EQ(run.code, 0) << run.err;
    return run.out;
  };
  const std::string text = render("text", "zh");
  EXPECT_NE(text.find("[structure.numbering]（新增）"), std::string::npos) << text;
  EXPECT_NE(text.find("[structure.numbering]（未变）"), std::string::npos) << text;
  EXPECT_NE(text.find("相对基线：新增 2，未变 "), std::string::npos) << text;
  const std::string text_en = render("text", "en");
  EXPECT_NE(text_en.find("[structure.numbering] (new)"), std::string::npos) << text_en;
  EXPECT_NE(text_en.find("against the baseline: 2 new, "), std::string::npos) << text_en;

  const std::string html = render("html", "zh");
  EXPECT_EQ(count_of(html, "<span class=\"badge baseline-new\">新增</span>"), 4) << "two findings, in the list and the matrix";
  EXPECT_GT(count_of(html, "<span class=\"badge baseline-unchanged\">未变</span>"), 2);

  const std::string csv = render("csv", "zh");
  EXPECT_NE(csv.find(",备注,基线,法规依据日期,"), std::string::npos) << csv.substr(0, 200);
  const auto numbering = csv.find(",structure.numbering,");
  ASSERT_NE(numbering, std::string::npos);
  const std::string row = csv.substr(numbering, csv.find("\r\n", numbering) - numbering);
  // The baseline mark comes before the date the plan was judged as of and the organisation's kind.
  EXPECT_NE(row.find(std::string(",new,") + kTestAsOf + ","), std::string::npos) << row;

  const std::string junit = render("junit", "zh");
  EXPECT_NE(junit.find("message=\"[新增] "), std::string::npos) << junit.substr(0, 2000);
  EXPECT_NE(junit.find(": [未变] "), std::string::npos);
}

}  // namespace
}  // namespace plancheck::e2e
