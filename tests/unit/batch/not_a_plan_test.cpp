// Files with no sign of being an emergency plan are set apart as not-a-plan entries, whatever their format
// (issue 11.3): a Word memo is not scored any more than a README is; --force checks both anyway.
#include <gtest/gtest.h>

#include "../../support/test_folder.hpp"
#include "batch/check_plan.hpp"
#include "office/office_test_support.hpp"

namespace plancheck::batch {
namespace {

using office::testing::make_docx;
using office::testing::p;
using office::testing::Package;
using plancheck::testing::TestFolder;

std::string docx(const std::string& body) {
  Package pkg;
  pkg.body = body;
  return make_docx(pkg);
}

TEST(NotAPlan, AWordMemoIsSetApartAndForceChecksIt) {
  const TestFolder folder("plancheck-not-a-plan");
  const std::string memo = folder.write("memo.docx", docx(p("Minutes of the team meeting") + p("We agreed to meet again on Friday.")));
  CheckOptions options;
  const PlanResult apart = check_file(memo, {}, options);
  ASSERT_TRUE(apart.error);
  EXPECT_EQ(apart.error->kind, ErrorKind::NotAPlan);
  EXPECT_EQ(apart.error->message.id, MsgId::NotAPlanNoChinese);
  EXPECT_FALSE(apart.content_hash.empty());
  options.force = true;
  const PlanResult forced = check_file(memo, {}, options);
  EXPECT_FALSE(forced.error) << forced.error->to_string(Lang::En);
}

TEST(NotAPlan, AWordPlanIsChecked) {
  const TestFolder folder("plancheck-not-a-plan");
  const std::string plan = folder.write("plan.docx", docx(
      p("某单位网络安全事件应急预案") + p("第一章 总则") + p("为建立健全网络安全事件应急工作机制，提高应对网络安全事件的能力，制定本预案。") +
      p("第二章 组织机构与职责") + p("成立网络安全事件应急领导小组，统一领导本单位的应急处置工作。")));
  const PlanResult result = check_file(plan, {}, CheckOptions{});
  EXPECT_FALSE(result.error) << result.error->to_string(Lang::En);
}

TEST(NotAPlan, ATextNoteIsSetApartWithItsEncoding) {
  const TestFolder folder("plancheck-not-a-plan");
  const std::string note = folder.write("notes.txt", "记得周五交材料\n");
  const PlanResult apart = check_file(note, {}, CheckOptions{});
  ASSERT_TRUE(apart.error);
  EXPECT_EQ(apart.error->kind, ErrorKind::NotAPlan);
  EXPECT_EQ(apart.encoding, "UTF-8");
}

}  // namespace
}  // namespace plancheck::batch
