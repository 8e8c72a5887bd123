// Broken parameters of the grading and timing rule kinds are load-time errors at the parameter's line.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::facts {
namespace {

struct BrokenRule {
  const char* kind;
  std::vector<ruleset::Param> params;
  int line;           // the line the error must name
  const char* words;  // part of the error message
};

ruleset::Param param(const char* name, const char* value, int line) {
  ruleset::Param p;
  p.name = name;
  p.value = value;
  p.line = line;
  return p;
}

TEST(GradingRuleParams, BrokenParametersNameTheirLine) {
  const BrokenRule cases[] = {
      {"frequency", {param("subject", "演练", 3), param("min-per-year", "每年", 4)}, 4, "positive number"},
      {"frequency", {param("min-per-year", "1", 5)}, 1, "<subject>"},
      {"frequency", {param("subject", "演练", 3), param("times", "1", 6)}, 6, "no parameter <times>"},
      {"deadline", {param("subject", "总结", 3)}, 1, "<max-days>"},
      {"deadline", {param("subject", "总结", 3), param("max-working-days", "-2", 7)}, 7, "positive number"},
      {"ladder", {param("ladder", "colours", 8), param("level", "红色", 9)}, 8, "event, colour or response"},
      {"ladder", {param("ladder", "response", 2), param("level", "特别重大", 3)}, 1, "not a response level"},
      {"ladder", {param("ladder", "event", 2)}, 1, "<level>"},
      {"response-procedure", {param("aspect", "middle", 4)}, 4, "start or end"},
      {"response-procedure", {param("aspect", "end", 4), param("level", "五级半", 5)}, 5, "not a response level"},
      {"duty", {param("colour", "紫色", 6)}, 6, "not a warning colour"},
      {"immediate-report", {param("level", "", 3)}, 3, "<level> is empty"},
      {"immediate-report", {param("levels", "重大", 4)}, 4, "no parameter <levels>"},
      {"alignment", {param("level", "重大", 2)}, 2, "no parameters"},
  };
  for (const BrokenRule& c : cases) {
    const rules::KindInfo* kind = rules::find_kind(c.kind);
    ASSERT_NE(kind, nullptr) << c.kind;
    ruleset::RuleSpec spec;
    spec.id = "test.rule";
    spec.kind = c.kind;
    spec.line = 1;
    spec.params = c.params;
    std::vector<rules::ParamError> errors;
    EXPECT_EQ(kind->make(spec, errors), nullptr) << c.kind << " " << c.words;
    bool named = false;
    for (const rules::ParamError& e : errors) named = named || (e.line == c.line && e.message.find(c.words) != std::string::npos);
    EXPECT_TRUE(named) << c.kind << ": expected an error at line " << c.line << " about " << c.words
                       << (errors.empty() ? "" : "; first: " + errors[0].message);
  }
}

TEST(GradingRuleParams, GoodParametersCompile) {
  ruleset::RuleSpec spec;
  spec.kind = "deadline";
  spec.params = {param("subject", "总结", 2), param("anchor", "结束后", 3), param("max-days", "30", 4),
                 param("max-working-days", "10", 5)};
  std::vector<rules::ParamError> errors;
  EXPECT_NE(rules::find_kind("deadline")->make(spec, errors), nullptr);
  EXPECT_TRUE(errors.empty());
}

}  // namespace
}  // namespace plancheck::facts
