#include <gtest/gtest.h>

#include "../../support/test_names.hpp"
#include "waivers/directive.hpp"

namespace plancheck::waivers {
namespace {

using Rules = std::vector<std::string>;

struct DirectiveCase {
  const char* comment;
  DirectiveKind kind;
  Rules rules;
  const char* reason;
  std::optional<DirectiveProblem> problem;
};

std::ostream& operator<<(std::ostream& os, const DirectiveCase& c) { return os << c.comment; }

class DirectiveTest : public ::testing::TestWithParam<DirectiveCase> {};

TEST_P(DirectiveTest, ReadsKindRulesReasonAndProblem) {
  const DirectiveCase& c = GetParam();
  const std::optional<Directive> d = read_directive(c.comment);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->problem, c.problem);
  if (c.problem == DirectiveProblem::UnknownDirective) return;
  EXPECT_EQ(d->kind, c.kind);
  EXPECT_EQ(d->rules, c.rules);
  EXPECT_EQ(d->reason, c.reason);
}

const auto kDisable = DirectiveKind::Disable;
const auto kNext = DirectiveKind::DisableNextLine;
const auto kEnable = DirectiveKind::Enable;
const std::optional<DirectiveProblem> kFine;

INSTANTIATE_TEST_SUITE_P(
    Table, DirectiveTest,
    ::testing::Values(
        DirectiveCase{" plancheck-disable drill.frequency -- 演练计划另行制定 ", kDisable, {"drill.frequency"}, "演练计划另行制定", kFine},
        DirectiveCase{"plancheck-disable a.b,c.d -- two rules", kDisable, {"a.b", "c.d"}, "two rules", kFine},
        DirectiveCase{"plancheck-disable a.b， c.d、e.f -- 中文标点", kDisable, {"a.b", "c.d", "e.f"}, "中文标点", kFine},
        DirectiveCase{"plancheck-disable structure.monitoring-warning -- hyphen in id", kDisable,
                      {"structure.monitoring-warning"}, "hyphen in id", kFine},
        // XML forbids "--" inside a comment: a colon, a full-width colon or a dash also start the reason.
        DirectiveCase{"plancheck-disable a.b: xml reason", kDisable, {"a.b"}, "xml reason", kFine},
        DirectiveCase{"plancheck-disable a.b：全角冒号", kDisable, {"a.b"}, "全角冒号", kFine},
        DirectiveCase{"plancheck-disable a.b —— 破折号", kDisable, {"a.b"}, "破折号", kFine},
        DirectiveCase{"\n  plancheck-disable-next-line a.b -- spans\n  two lines\n", kNext, {"a.b"}, "spans\n  two lines", kFine},
        DirectiveCase{"plancheck-enable a.b", kEnable, {"a.b"}, "", kFine},
        DirectiveCase{"plancheck-enable", kEnable, {}, "", kFine},
        DirectiveCase{"plancheck-disable a.b", kDisable, {"a.b"}, "", DirectiveProblem::MissingReason},
        DirectiveCase{"plancheck-disable a.b --   ", kDisable, {"a.b"}, "", DirectiveProblem::MissingReason},
        DirectiveCase{"plancheck-disable-next-line a.b", kNext, {"a.b"}, "", DirectiveProblem::MissingReason},
        DirectiveCase{"plancheck-disable -- reason but no rule", kDisable, {}, "reason but no rule", DirectiveProblem::MissingRules},
        DirectiveCase{"plancheck-disabled a.b -- typo", kDisable, {}, "", DirectiveProblem::UnknownDirective}),
    [](const auto& info) { return plancheck::testing::numbered_name(info.index, info.param.comment); });

TEST(Directive, OtherCommentsAreNotForPlancheck) {
  for (const char* comment : {"", " TODO: plancheck-disable later ", "普通注释", "plancheck disable a.b -- x"}) {
    EXPECT_FALSE(read_directive(comment).has_value()) << comment;
  }
}

}  // namespace
}  // namespace plancheck::waivers
