// One plan's budget: the run's stop flag and the limits reach inside the plan (issue 13 items 11, 12).
#include <gtest/gtest.h>

#include <atomic>

#include "batch/check_plan.hpp"

namespace plancheck::batch {
namespace {

const std::string kPlan = "# 某单位网络安全事件应急预案\n\n## 一、总则\n\n本预案适用于本单位。每年组织一次演练。\n";

PlanResult check(const CheckOptions& options) {
  return check_decoded("plan.md", text::DecodedText{kPlan, "UTF-8"}, {}, options);
}

// Ctrl-C once waited for the plan in hand to finish: the flag is now seen at the plan's next checkpoint.
TEST(CheckPlanBudget, AStopRaisedDuringAPlanStopsItAtItsNextCheckpoint) {
  std::atomic<bool> stop{true};
  CheckOptions options;
  options.stop = &stop;
  const PlanResult stopped = check(options);
  ASSERT_TRUE(stopped.error.has_value());
  EXPECT_EQ(stopped.error->message.text(Lang::Zh), "已中断");
  EXPECT_EQ(stopped.error->message.text(Lang::En), "interrupted");
  stop = false;
  EXPECT_FALSE(check(options).error.has_value());
}

TEST(CheckPlanBudget, ALimitIsAnErrorOfKindLimitAtItsPlace) {
  CheckOptions options;
  options.limits.max_sentence_length = 8;
  const PlanResult r = check(options);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->kind, ErrorKind::Limit);
  EXPECT_EQ(r.error->location.line, 5);
  const std::string en = r.error->message.text(Lang::En);
  EXPECT_NE(en.find("exceeds --max-sentence-length (8)"), std::string::npos) << en;
  const std::string zh = r.error->message.text(Lang::Zh);
  EXPECT_NE(zh.find("超过 --max-sentence-length（8）"), std::string::npos) << zh;
  options.limits.max_sentence_length = 100;
  EXPECT_FALSE(check(options).error.has_value());
}

}  // namespace
}  // namespace plancheck::batch
