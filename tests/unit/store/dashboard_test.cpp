#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../../support/test_folder.hpp"
#include "../report/golden.hpp"
#include "../report/render.hpp"
#include "../report/report_fixture.hpp"
#include "report/csv_writer.hpp"
#include "report/dashboard_page.hpp"
#include "report/dashboard_sink.hpp"

namespace plancheck::report {
namespace {

namespace fs = std::filesystem;

DashboardData fixture_data(const RunReport& report) {
  DashboardData data;
  for (const PlanResult& p : report.plans) {
    data.add(p, p.error ? "" : "plans/" + plan_report_name(data.plans().size() + 1, p.path), Lang::En);
  }
  return data;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(DashboardData, KeepsASmallRowPerPlanAndCountsFailures) {
  const DashboardData data = fixture_data(testing::sample_report());
  ASSERT_EQ(data.plans().size(), 2u);
  EXPECT_EQ(data.plans()[0].score, 38);
  EXPECT_EQ(at(data.plans()[0].failed, Severity::Error), 1);
  EXPECT_EQ(at(data.plans()[0].failed, Severity::Warning), 1);
  EXPECT_FALSE(data.plans()[1].score);
  EXPECT_NE(data.plans()[1].error.find("invalid GB18030 sequence"), std::string::npos);
  EXPECT_EQ(data.histogram()[3], 1);  // 38 falls in 30–39; the plan in error has no score
  EXPECT_EQ(data.totals().errors, 1);
  const auto rules = data.most_failed(1);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].rule, "drill.frequency");  // tied with role.contact: id order decides
}

TEST(DashboardPage, MatchesGoldenIndex) {
  const RunReport report = testing::sample_report();
  std::ostringstream out;
  write_dashboard_page(fixture_data(report), report, "2024-01-01", out);
  const std::string html = out.str();
  EXPECT_EQ(html.find("://"), std::string::npos);  // self-contained: no URL at all
  EXPECT_NE(html.find("<svg"), std::string::npos);
  testing::expect_golden("../../store/golden/dashboard_index.html", html);
}

TEST(DashboardPage, EnglishLabels) {
  const RunReport report = testing::sample_report(Lang::En);
  std::ostringstream out;
  write_dashboard_page(fixture_data(report), report, "2024-01-01", out);
  EXPECT_NE(out.str().find("<h2>Rules failed most often</h2>"), std::string::npos);
  EXPECT_NE(out.str().find("<html lang=\"en\">"), std::string::npos);
}

TEST(DashboardCsv, OneRowPerPlanWithBomAndQuoting) {
  RunReport report = testing::sample_report();
  report.plans[0].organisation = "=HYPERLINK(\"x\")";
  report.plans[0].title = "预案, 2023";
  std::ostringstream out;
  write_dashboard_csv(fixture_data(report), Lang::En, out);
  EXPECT_EQ(out.str(),
            "\xEF\xBB\xBFpath,title,organisation,score,failed_error,failed_warning,failed_info,error\r\n"
            "plans/xinzhou.txt,\"预案, 2023\",\"'=HYPERLINK(\"\"x\"\")\",38,1,1,0,\r\n"
            "plans/broken.txt,,,,,,," + report.plans[1].error->to_string(Lang::En) + "\r\n");
}

// The first line of `csv` after its BOM, split at commas (headers hold no comma or quote).
std::vector<std::string> header_cells(const std::string& csv) {
  std::vector<std::string> cells(1);
  for (std::size_t i = 3; i < csv.size() && csv[i] != '\r'; ++i) {
    if (csv[i] == ',') {
      cells.emplace_back();
    } else {
      cells.back() += csv[i];
    }
  }
  return cells;
}

// Issue 11.19: summary.csv and the `csv` report name the columns they share alike, in the --lang language.
TEST(DashboardCsv, HeaderIsInTheRunLanguageAndAgreesWithTheCsvReport) {
  for (Lang lang : {Lang::Zh, Lang::En}) {
    const RunReport report = testing::sample_report(lang);
    std::ostringstream summary;
    write_dashboard_csv(fixture_data(report), lang, summary);
    const std::vector<std::string> dashboard = header_cells(summary.str());
    const std::vector<std::string> rows = header_cells(testing::render(CsvWriter(), report));
    ASSERT_EQ(dashboard.size(), 8u);
    ASSERT_GE(rows.size(), 5u);
    EXPECT_EQ(dashboard[0], rows[0]);  // path
    EXPECT_EQ(dashboard[1], rows[1]);  // title
    EXPECT_EQ(dashboard[3], rows[4]);  // score
    EXPECT_EQ(dashboard[0], lang == Lang::En ? "path" : "路径");
  }
  const std::string zh = [] {
    std::ostringstream out;
    write_dashboard_csv(fixture_data(testing::sample_report()), Lang::Zh, out);
    return out.str();
  }();
  for (const char* english : {"organisation", "score", "failed_", "error"}) {
    EXPECT_EQ(zh.substr(0, zh.find('\r')).find(english), std::string::npos) << english << " in " << zh;
  }
}

TEST(PlanReportName, NumberedAsciiNames) {
  struct Case {
    std::size_t index;
    const char* path;
    const char* name;
  };
  for (const Case& c : {Case{1, "plans/xinzhou-plan.txt", "00001-xinzhou-plan.txt.html"},
                        Case{12, "a\\b\\忻州 预案.md", "00012-_.md.html"}, Case{3, "x y/z?.xml", "00003-z_.xml.html"}}) {
    EXPECT_EQ(plan_report_name(c.index, c.path), c.name) << c.path;
  }
}

class DashboardSinkTest : public ::testing::Test {
 protected:
  // Runs the sink over the fixture; `finish` false aborts instead.
  std::optional<ToolError> run(bool finish) {
    const RunReport report = testing::sample_report();
    DashboardSink sink((root_ / "dash").string(), WriterOptions{});
    if (auto e = sink.begin(report)) return e;
    for (const PlanResult& p : report.plans) sink.plan(p);
    if (finish) return sink.finish(tally(report.plans));
    sink.abort();
    return std::nullopt;
  }

  plancheck::testing::TestFolder folder_{"plancheck-dashboard"};
  const fs::path root_ = folder_.path();
};

TEST_F(DashboardSinkTest, WritesTheFolderWholeAndReplacesAnEarlierOne) {
  ASSERT_FALSE(run(true));
  EXPECT_TRUE(fs::exists(root_ / "dash" / ".plancheck-dashboard"));
  std::ofstream(root_ / "dash" / "stale.txt") << "old";  // left over in a dashboard plancheck made
  ASSERT_FALSE(run(true));
  EXPECT_TRUE(fs::exists(root_ / "dash" / "index.html"));
  EXPECT_FALSE(fs::exists(root_ / "dash" / "stale.txt"));
  EXPECT_EQ(slurp(root_ / "dash" / "summary.csv").rfind("\xEF\xBB\xBF路径,", 0), 0u);  // the run is in Chinese
  EXPECT_EQ(std::distance(fs::directory_iterator(root_), fs::directory_iterator()), 1);  // no staging left
}

// The folder named may be anything of the user's, the input folder included: only a dashboard plancheck
// made (with its marker) is ever replaced.
TEST_F(DashboardSinkTest, AFolderPlancheckDidNotMakeIsRefusedAndLeftUntouched) {
  fs::create_directories(root_ / "dash" / "sub");
  std::ofstream(root_ / "dash" / "plan.md") << "mine";
  std::ofstream(root_ / "dash" / "index.html") << "looks like a dashboard, is not one";
  const std::optional<ToolError> error = run(true);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->file, (root_ / "dash").string());
  EXPECT_NE(error->message.text(Lang::En).find(".plancheck-dashboard"), std::string::npos) << error->message.text(Lang::En);
  EXPECT_EQ(slurp(root_ / "dash" / "plan.md"), "mine");
  EXPECT_EQ(slurp(root_ / "dash" / "index.html"), "looks like a dashboard, is not one");
  EXPECT_TRUE(fs::is_directory(root_ / "dash" / "sub"));
  EXPECT_EQ(std::distance(fs::directory_iterator(root_), fs::directory_iterator()), 1);  // no staging left
}

TEST_F(DashboardSinkTest, AFileOrALinkInThePlaceOfTheFolderIsRefused) {
  std::ofstream(root_ / "dash") << "a file";
  ASSERT_TRUE(run(true));
  EXPECT_EQ(slurp(root_ / "dash"), "a file");
  fs::remove(root_ / "dash");
  fs::create_directories(root_ / "elsewhere");
  std::ofstream(root_ / "elsewhere" / "keep.txt") << "keep";
  fs::create_directory_symlink(root_ / "elsewhere", root_ / "dash");
  ASSERT_TRUE(run(true));
  EXPECT_TRUE(fs::is_symlink(root_ / "dash"));
  EXPECT_EQ(slurp(root_ / "elsewhere" / "keep.txt"), "keep");
}

TEST_F(DashboardSinkTest, AnEmptyFolderBecomesTheDashboard) {
  fs::create_directories(root_ / "dash");
  ASSERT_FALSE(run(true));
  EXPECT_TRUE(fs::exists(root_ / "dash" / "index.html"));
  EXPECT_EQ(std::distance(fs::directory_iterator(root_), fs::directory_iterator()), 1);
}

// Issue 11.18: each plan's page links back to the dashboard that lists it.
TEST_F(DashboardSinkTest, PlanPagesLinkBackToTheDashboard) {
  ASSERT_FALSE(run(true));
  const std::string page = slurp(root_ / "dash" / "plans" / plan_report_name(1, "plans/xinzhou.txt"));
  EXPECT_NE(page.find("<a href=\"../index.html\">← 返回批量审查总览</a>"), std::string::npos) << page.substr(0, 3000);
  EXPECT_NE(slurp(root_ / "dash" / "index.html").find("href=\"plans/" + plan_report_name(1, "plans/xinzhou.txt") + "\""),
            std::string::npos)
      << "and the dashboard links to it";
}

TEST_F(DashboardSinkTest, AbortLeavesNothing) {
  ASSERT_FALSE(run(false));
  EXPECT_TRUE(fs::is_empty(root_));
}

}  // namespace
}  // namespace plancheck::report
