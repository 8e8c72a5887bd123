#include "batch/progress.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace plancheck::batch {
namespace {

TEST(ProgressLine, ShowsCountsRateAndEta) {
  struct Case {
    ProgressCounts counts;
    double elapsed;
    Lang lang;
    const char* expected;
  };
  const Case cases[] = {
      {{50, 200, 3, 1}, 2.0, Lang::En, "50/200 plans  25/s  ETA 0:06  failed 3  errors 1"},
      {{0, 10, 0, 0}, 0.0, Lang::En, "0/10 plans  0/s  ETA --:--  failed 0  errors 0"},
      {{1, 10001, 0, 0}, 1.0, Lang::En, "1/10001 plans  1/s  ETA 2:46:40  failed 0  errors 0"},
      {{50, 200, 3, 1}, 2.0, Lang::Zh, "50/200 份预案  25 份/秒  剩余 0:06  不合格 3  出错 1"},
  };
  for (const Case& c : cases) EXPECT_EQ(progress_line(c.counts, c.elapsed, c.lang), c.expected);
}

TEST(Progress, WritesNothingWhenDisabled) {
  std::ostringstream out;
  {
    Progress progress(out, 2, false, Lang::En);
    progress.add(PlanResult{});
    progress.add(PlanResult{});
    progress.finish();
  }
  EXPECT_EQ(out.str(), "");
}

TEST(Progress, DrawsOneLineAndErasesItAtTheEnd) {
  std::ostringstream out;
  Progress progress(out, 2, true, Lang::En);
  PlanResult broken;
  broken.error = ToolError{};
  progress.add(broken);
  PlanResult failing;
  failing.results.push_back(RuleResult{});
  failing.results.back().status = Status::Fail;
  progress.add(failing);  // the last plan is always drawn, however soon
  progress.finish();
  const std::string text = out.str();
  EXPECT_EQ(text.find('\n'), std::string::npos);
  EXPECT_NE(text.find("2/2 plans"), std::string::npos);
  EXPECT_NE(text.find("failed 1  errors 1"), std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 4), "\r\x1b[K");
}

}  // namespace
}  // namespace plancheck::batch
