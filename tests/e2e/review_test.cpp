// The review form through the binary: --format review (HTML) and --report review-csv:FILE — content in
// both languages, a golden form of one sample (reviewed by eye), the CSV rows, and report files that are
// whole or absent like every other report.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "../support/test_folder.hpp"
#include "../unit/report/golden.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSample = "samples/xinzhou-plan.txt";

std::vector<std::string> lines_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::size_t count(const std::string& text, const std::string& piece) {
  std::size_t n = 0;
  for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + piece.size())) ++n;
  return n;
}

class ReviewForm : public ::testing::Test {
 protected:
  void TearDown() override { ::unsetenv("SOURCE_DATE_EPOCH"); }
  plancheck::testing::TestFolder folder_{"plancheck-review"};
  const fs::path root_ = folder_.path();
};

TEST_F(ReviewForm, HtmlFormOfASampleMatchesItsGolden) {
  ::setenv("SOURCE_DATE_EPOCH", "1714521600", 1);  // 2024-05-01
  const Outcome run = run_with_data("check", {kSample, "--format", "review"});
  ASSERT_EQ(run.code, 1) << run.err;  // the sample has findings
  // The generator names the version, which moves; everything else is the form.
  const std::string form = std::regex_replace(run.out, std::regex("<meta name=\"generator\" content=\"[^\"]*\">"),
                                              "<meta name=\"generator\" content=\"plancheck\">");
  report::testing::expect_golden("review_xinzhou_zh.html", form);
}

TEST_F(ReviewForm, HtmlFormHasBothTablesKeyStarsConclusionAndSignaturesInEitherLanguage) {
  const Outcome zh = run_with_data("check", {kSample, "--format", "review"});
  ASSERT_EQ(zh.code, 1) << zh.err;
  for (const char* piece : {"形式评审", "要素评审", "★", "组织机构与职责", "预案管理", "评审结论", "评审人（签字）", "序号",
                            "评审意见", "不符合"}) {
    EXPECT_NE(zh.out.find(piece), std::string::npos) << piece;
  }
  EXPECT_EQ(count(zh.out, "class=\"choice conclusion-"), 3u);
  EXPECT_EQ(count(zh.out, " chosen\""), 1u);  // exactly one conclusion is ticked
  EXPECT_NE(zh.out.find("结论依据：不符合的关键要素"), std::string::npos);
  EXPECT_EQ(zh.out.find("<script"), std::string::npos);
  const Outcome en = run_with_data("check", {kSample, "--format", "review", "--lang", "en"});
  ASSERT_EQ(en.code, 1) << en.err;
  for (const char* piece : {"Formal review", "Element review", "Organisation and duties", "Conclusion",
                            "Reviewer (signature)", "Review comments"}) {
    EXPECT_NE(en.out.find(piece), std::string::npos) << piece;
  }
  EXPECT_EQ(en.out.find("形式评审"), std::string::npos);
}

TEST_F(ReviewForm, SeveralPlansGetOneFormEach) {
  const Outcome run = run_with_data("check", {kSample, "samples/chongqing-plan.md", "samples/compliant-plan.xml",
                                              "--format", "review"});
  ASSERT_NE(run.code, 2) << run.err;
  EXPECT_EQ(count(run.out, "<table class=\"plan-frame review-form\""), 3u);
  EXPECT_EQ(count(run.out, "<h2>形式评审</h2>"), 3u);
  EXPECT_EQ(count(run.out, "<h2>评审结论</h2>"), 3u);
}

TEST_F(ReviewForm, CsvHasOneRowPerPlanAndElementInTheFormsOrder) {
  const fs::path csv = root_ / "review.csv";
  const Outcome run = run_with_data("check", {"samples/compliant-plan.xml", kSample, "--format", "json", "-o",
                                              (root_ / "r.json").string(), "--report", "review-csv:" + csv.string(),
                                              "--lang", "en"});
  ASSERT_EQ(run.code, 1) << run.err;
  const std::vector<std::string> rows = lines_of(read_whole(csv.string()));
  ASSERT_EQ(rows.size(), 1u + 2u * 14u) << read_whole(csv.string());
  EXPECT_EQ(rows[0], "\xEF\xBB\xBFpath,organisation,group,element,key,rating,failed_rules,conclusion\r");
  // The compliant sample first (the order given), its first element the formal group's first.
  EXPECT_EQ(rows[1].rfind("samples/compliant-plan.xml,", 0), 0u) << rows[1];
  EXPECT_NE(rows[1].find(",Formal review,Format (heading numbering),no,"), std::string::npos) << rows[1];
  EXPECT_NE(rows[20].find(",Element review,Organisation and duties,yes,"), std::string::npos) << rows[20];
  // Every row of a plan carries the same conclusion; a failed rule named in a row is in the JSON report as failed.
  const std::string conclusion = rows[15].substr(rows[15].rfind(',') + 1);
  for (std::size_t i = 16; i <= 28; ++i) EXPECT_EQ(rows[i].substr(rows[i].rfind(',') + 1), conclusion) << rows[i];
  const std::string json = read_whole((root_ / "r.json").string());
  bool some_failed = false;
  for (std::size_t i = 15; i <= 28; ++i) {
    std::vector<std::string> fields;
    std::stringstream row(rows[i].substr(0, rows[i].size() - 1));
    for (std::string f; std::getline(row, f, ',');) fields.push_back(f);
    ASSERT_EQ(fields.size(), 8u) << rows[i];
    const bool lowered = fields[5] == "Does not meet" || fields[5] == "Largely meets";
    EXPECT_EQ(lowered, !fields[6].empty()) << rows[i];  // a lowered rating names the rules that lowered it
    some_failed = some_failed || lowered;
    std::istringstream ids(fields[6]);
    for (std::string id; ids >> id;) EXPECT_NE(json.find("\"" + id + "\""), std::string::npos) << id;
  }
  EXPECT_TRUE(some_failed) << "the xinzhou sample has findings";
  // Deterministic: a second run writes the same bytes.
  const fs::path again = root_ / "again.csv";
  ASSERT_EQ(run_with_data("check", {"samples/compliant-plan.xml", kSample, "--format", "json", "-o",
                                    (root_ / "r2.json").string(), "--report", "review-csv:" + again.string(), "--lang", "en"})
                .code,
            1);
  EXPECT_EQ(read_whole(again.string()), read_whole(csv.string()));
}

TEST_F(ReviewForm, ChangingARulesSeverityInTheRulesetMovesTheRatingAsTheDataSays) {
  // 组织机构与职责 of the sample fails only warnings (role.contact among them): 基本符合 by the bundled data.
  // Against a ruleset that makes role.contact an error it is 不符合.
  const std::string ruleset = (root_ / "strict.xml").string();
  std::ofstream(ruleset) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<ruleset id=\"strict\" version=\"1\" extends=\"cn-national-2017\">\n"
                            "  <phrase id=\"role.contact\" severity=\"error\"/>\n"
                            "  <review><rating not-met=\"error\" partly-met=\"\"/></review>\n"
                            "</ruleset>\n";
  const fs::path csv = root_ / "strict.csv";
  const Outcome run = run_with_data("check", {kSample, "--ruleset", ruleset, "--format", "json", "-o",
                                              (root_ / "r.json").string(), "--report", "review-csv:" + csv.string(), "--lang", "en"});
  ASSERT_EQ(run.code, 1) << run.err;
  const std::string text = read_whole(csv.string());
  ASSERT_NE(read_whole((root_ / "r.json").string()).find("\"role.contact\""), std::string::npos);
  auto organisation_row = [&](const std::string& csv_text) {
    for (const std::string& row : lines_of(csv_text)) {
      if (row.find("Organisation and duties") != std::string::npos) return row;
    }
    return std::string();
  };
  const std::string strict = organisation_row(text);
  EXPECT_NE(strict.find(",Does not meet,"), std::string::npos) << strict;
  EXPECT_NE(strict.find("role.contact"), std::string::npos) << strict;
  const Outcome bundled = run_with_data("check", {kSample, "--format", "review-csv", "--lang", "en"});
  ASSERT_EQ(bundled.code, 1) << bundled.err;
  const std::string as_shipped = organisation_row(bundled.out);
  EXPECT_NE(as_shipped.find(",Largely meets,"), std::string::npos) << as_shipped;
  EXPECT_NE(as_shipped.find("role.contact"), std::string::npos) << as_shipped;
  // partly-met="" lists no severity: no element of this form is 基本符合.
  EXPECT_EQ(text.find("Largely meets"), std::string::npos) << text;
}

TEST_F(ReviewForm, ASupplementsRulesJoinTheElementsOfTheSameIds) {
  // As of 2026 cn-reporting-2025 is applied too: its rules decide 信息报告 with the national ones, and
  // the form keeps its 14 elements.
  const Outcome run = run_with_data("check", {kSample, "--as-of", "2026-06-01", "--format", "review-csv", "--lang", "en"});
  ASSERT_EQ(run.code, 1) << run.err;
  const std::vector<std::string> rows = lines_of(run.out);
  ASSERT_EQ(rows.size(), 15u) << run.out;
  std::string reporting;
  for (const std::string& row : rows) {
    if (row.find(",Information reporting,") != std::string::npos) reporting = row;
  }
  EXPECT_NE(reporting.find("report.immediate"), std::string::npos) << reporting;
  EXPECT_NE(reporting.find("report.deadline-2025"), std::string::npos) << reporting;
}

TEST_F(ReviewForm, ReportFilesAreReplacedWholeAndLeftAloneWhenTheRunFails) {
  const fs::path csv = root_ / "review.csv";
  std::ofstream(csv) << "old content\n";
  ASSERT_EQ(run_with_data("check", {kSample, "--report", "review-csv:" + csv.string(), "--quiet"}).code, 1);
  EXPECT_EQ(read_whole(csv.string()).rfind("\xEF\xBB\xBF路径,编制单位,评审类别,评审要素,关键要素,评审结果,未通过规则,评审结论\r\n", 0), 0u);

  // A ruleset without a review form: usage error (exit 2) naming the format; the old file stays as it was.
  std::ofstream(csv, std::ios::trunc) << "old content\n";
  const std::string bare = (root_ / "bare.xml").string();
  std::ofstream(bare) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<ruleset id=\"bare\" version=\"1\">\n"
                         "  <numbering id=\"structure.numbering\" severity=\"info\">\n"
                         "    <title zh=\"编号\" en=\"Numbering\"/>\n"
                         "    <basis clause=\"—\">条文</basis>\n"
                         "    <message key=\"gap\" zh=\"缺{expected}\" en=\"{found}\"/>\n"
                         "    <message key=\"repeat\" zh=\"重{expected}\" en=\"{found}\"/>\n"
                         "    <message key=\"style-switch\" zh=\"换{expected}\" en=\"{found}\"/>\n"
                         "    <remediation zh=\"改\" en=\"Fix\"/>\n"
                         "  </numbering>\n"
                         "</ruleset>\n";
  const Outcome refused = run_with_data("check", {kSample, "--ruleset", bare, "--exact-rulesets", "--report",
                                                  "review-csv:" + csv.string(), "--lang", "en"});
  EXPECT_EQ(refused.code, 2) << refused.err;
  EXPECT_NE(refused.err.find("define no review form"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("review-csv"), std::string::npos) << refused.err;
  EXPECT_EQ(read_whole(csv.string()), "old content\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(root_), fs::directory_iterator()), 2);  // no temporary left

  // An unknown rule id in a ruleset's review block: exit 2 with file and line.
  const std::string broken = (root_ / "broken.xml").string();
  std::ofstream(broken) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<ruleset id=\"broken\" version=\"1\" extends=\"cn-national-2017\">\n"
                           "  <review>\n"
                           "    <group id=\"elements\">\n"
                           "      <element id=\"drills\"><rule ref=\"drill.frequenzy\"/></element>\n"
                           "    </group>\n"
                           "  </review>\n"
                           "</ruleset>\n";
  const Outcome bad = run_with_data("check", {kSample, "--ruleset", broken, "--format", "review", "--lang", "en"});
  EXPECT_EQ(bad.code, 2) << bad.err;
  EXPECT_NE(bad.err.find(broken + ":5:"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("drill.frequenzy"), std::string::npos) << bad.err;
  EXPECT_TRUE(bad.out.empty()) << bad.out;
}

}  // namespace
}  // namespace plancheck::e2e
