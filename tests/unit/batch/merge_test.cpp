#include "batch/check_plan.hpp"
#include "batch/report_reader.hpp"
#include "batch/shard_merge.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "report/json_writer.hpp"
#include "report/report_fixture.hpp"

namespace plancheck::batch {
namespace {

std::string json_of(const report::RunReport& run) {
  std::ostringstream out;
  report::JsonWriter().write(run, out);
  return out.str();
}

// The fixture with a third plan, sorted by path as an unsharded run of one folder would be.
report::RunReport whole_run() {
  report::RunReport run = report::testing::sample_report();
  PlanResult third = run.plans.front();
  third.path = "plans/chongqing.txt";
  third.title = "重庆市网络安全事件应急预案";
  third.results.pop_back();
  run.plans.push_back(third);
  std::sort(run.plans.begin(), run.plans.end(), [](const PlanResult& a, const PlanResult& b) { return a.path < b.path; });
  return run;
}

report::RunReport shard_of(const report::RunReport& whole, std::vector<std::size_t> plans) {
  report::RunReport shard = whole;
  shard.plans.clear();
  for (std::size_t i : plans) shard.plans.push_back(whole.plans[i]);
  return shard;
}

report::RunReport reread(const report::RunReport& run) {
  Result<report::RunReport> back = parse_json_report(json_of(run), "shard.json");
  EXPECT_TRUE(back.ok()) << (back.ok() ? "" : back.error().to_string(Lang::En));
  return back.ok() ? back.take() : report::RunReport{};
}

TEST(ReportReader, ReadingAJsonReportBackWritesTheSameJson) {
  const report::RunReport run = whole_run();
  const std::string json = json_of(run);
  EXPECT_EQ(json_of(reread(run)), json);
}

TEST(ReportReader, PlanInErrorKeepsKindMessageAndPosition) {
  const report::RunReport back = reread(whole_run());
  const PlanResult& broken = back.plans[0];
  ASSERT_EQ(broken.path, "plans/broken.txt");
  ASSERT_TRUE(broken.error.has_value());
  EXPECT_EQ(broken.error->kind, ErrorKind::Encoding);
  EXPECT_EQ(broken.error->location.offset, 17u);
  EXPECT_EQ(broken.error->file, "plans/broken.txt");
}

TEST(ReportReader, RejectsWhatIsNotAReport) {
  for (const char* text : {"", "{", "[]", "{\"schema\": \"other/1\"}", "not json"}) {
    Result<report::RunReport> r = parse_json_report(text, "x.json");
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.error().file, "x.json");
  }
}

TEST(ShardMerge, MergingTwoShardsGivesTheUnshardedReport) {
  const report::RunReport whole = whole_run();
  // Shards hold plans in any interleaving; the merge restores path order.
  for (const auto& split : std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>>{
           {{0, 2}, {1}}, {{1}, {0, 2}}, {{}, {0, 1, 2}}, {{2, 0}, {1}}}) {
    Result<report::RunReport> merged = merge_reports(
        {reread(shard_of(whole, split.first)), reread(shard_of(whole, split.second))}, {"a.json", "b.json"});
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(json_of(merged.value()), json_of(whole));
  }
}

TEST(ShardMerge, RulesOfEveryShardAreKept) {
  report::RunReport a = whole_run();
  report::RunReport b = a;
  a.rules.erase(a.rules.begin());
  b.rules.pop_back();
  b.plans.clear();
  Result<report::RunReport> merged = merge_reports({a, b}, {"a.json", "b.json"});
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged.value().rules.size(), whole_run().rules.size());
}

TEST(ShardMerge, OverlappingShardsAreAnError) {
  const report::RunReport whole = whole_run();
  Result<report::RunReport> merged = merge_reports({shard_of(whole, {0, 1}), shard_of(whole, {1, 2})}, {"a.json", "b.json"});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.error().file, "b.json");
  EXPECT_NE(merged.error().message.text(Lang::En).find(whole.plans[1].path), std::string::npos);
  EXPECT_NE(merged.error().message.text(Lang::Zh).find("a.json"), std::string::npos);
}

// Issue 11.8: reports of another ruleset or plancheck version are refused unless asked for.
TEST(ShardMerge, MixedRulesetsOrVersionsAreRefusedUnlessAllowed) {
  report::RunReport whole = whole_run();
  for (PlanResult& p : whole.plans) p.rulesets = {"cn-national-2017"};
  report::RunReport other = shard_of(whole, {1});
  for (PlanResult& p : other.plans) p.rulesets = {"cn-miit-2017"};
  Result<report::RunReport> mixed = merge_reports({shard_of(whole, {0}), other}, {"a.json", "b.json"});
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.error().kind, ErrorKind::Usage);
  EXPECT_NE(mixed.error().message.text(Lang::En).find("rulesets differ: cn-miit-2017 here"), std::string::npos)
      << mixed.error().message.text(Lang::En);
  EXPECT_NE(mixed.error().message.text(Lang::Zh).find("--allow-mixed"), std::string::npos);
  EXPECT_TRUE(merge_reports({shard_of(whole, {0}), other}, {"a.json", "b.json"}, true).ok());
  report::RunReport newer = shard_of(whole, {1});
  newer.tool.version = whole.tool.version + ".1";
  Result<report::RunReport> versions = merge_reports({shard_of(whole, {0}), newer}, {"a.json", "b.json"});
  ASSERT_FALSE(versions.ok());
  EXPECT_NE(versions.error().message.text(Lang::En).find("plancheck versions differ"), std::string::npos);
  EXPECT_TRUE(merge_reports({shard_of(whole, {0}), newer}, {"a.json", "b.json"}, true).ok());
}

// A name that is not UTF-8 and a libxml2 message cut in the middle of a character: what reaches a report
// is valid UTF-8, and the exact name survives a JSON report read back for merging.
TEST(ErrorResult, NamesAndMessagesReachReportsAsValidUtf8WithTheExactNameKept) {
  const std::string gbk_name = "plans/\xB0\xB8.xml";
  const PlanResult p = error_result(gbk_name, {}, ToolError{ErrorKind::Syntax, "", {}, verbatim("bad text \xE5\xBA")});
  EXPECT_EQ(p.path, "plans/\\xB0\\xB8.xml");
  EXPECT_EQ(p.path_bytes, gbk_name);
  EXPECT_EQ(p.exact_path(), gbk_name);
  ASSERT_TRUE(p.error);
  EXPECT_EQ(p.error->file, "plans/\\xB0\\xB8.xml");
  EXPECT_EQ(p.error->message.text(Lang::En), "bad text \\xE5\\xBA");

  report::RunReport run = report::testing::sample_report();
  run.plans = {p, error_result("plans/\xD4\xA4.xml", {}, ToolError{})};
  Result<report::RunReport> back = parse_json_report(json_of(run), "r.json");
  ASSERT_TRUE(back) << back.error().to_string(Lang::En);
  ASSERT_EQ(back.value().plans.size(), 2u);
  EXPECT_EQ(back.value().plans[0].exact_path(), gbk_name);
  EXPECT_EQ(back.value().plans[1].exact_path(), "plans/\xD4\xA4.xml");
  EXPECT_TRUE(merge_reports({back.value()}, {"r.json"}));  // two names, no overlap
}

}  // namespace
}  // namespace plancheck::batch
