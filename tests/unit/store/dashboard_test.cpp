#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../report/golden.hpp"
#include "../report/report_fixture.hpp"
#include "report/dashboard_page.hpp"
#include "report/dashboard_sink.hpp"

namespace plancheck::report {
namespace {

namespace fs = std::filesystem;

DashboardData fixture_data(const RunReport& report) {
  DashboardData data;
  for (const PlanResult& p : report.plans) {
    data.add(p, p.error ? "" : "plans/" + plan_report_name(data.plans().size() + 1, p.path));
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
  write_dashboard_csv(fixture_data(report), out);
  EXPECT_EQ(out.str(),
            "\xEF\xBB\xBFpath,title,organisation,score,failed_error,failed_warning,failed_info,error\r\n"
            "plans/xinzhou.txt,\"预案, 2023\",\"'=HYPERLINK(\"\"x\"\")\",38,1,1,0,\r\n"
            "plans/broken.txt,,,,,,," + report.plans[1].error->to_string() + "\r\n");
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
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) / ("plancheck-dashboard-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

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

  fs::path root_;
};

TEST_F(DashboardSinkTest, WritesTheFolderWholeAndReplacesAnEarlierOne) {
  ASSERT_FALSE(run(true));
  EXPECT_TRUE(fs::exists(root_ / "dash" / ".plancheck-dashboard"));
  std::ofstream(root_ / "dash" / "stale.txt") << "old";  // left over in a dashboard plancheck made
  ASSERT_FALSE(run(true));
  EXPECT_TRUE(fs::exists(root_ / "dash" / "index.html"));
  EXPECT_FALSE(fs::exists(root_ / "dash" / "stale.txt"));
  EXPECT_EQ(slurp(root_ / "dash" / "summary.csv").rfind("\xEF\xBB\xBFpath,", 0), 0u);
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
  EXPECT_NE(error->message.find(".plancheck-dashboard"), std::string::npos) << error->message;
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

TEST_F(DashboardSinkTest, AbortLeavesNothing) {
  ASSERT_FALSE(run(false));
  EXPECT_TRUE(fs::is_empty(root_));
}

}  // namespace
}  // namespace plancheck::report
