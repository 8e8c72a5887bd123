#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "rule_case.hpp"
#include "rules/registry.hpp"
#include "ruleset/loader.hpp"

namespace plancheck::testing {
namespace {

class RuleCaseTest : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RuleCaseTest, HasItsExpectedStatus) {
  const RuleCase& c = GetParam();
  auto result = run_case(c);
  ASSERT_TRUE(result.ok()) << result.error().to_string(Lang::En);
  const RuleResult& r = result.value();
  const Status want = c.must_pass ? Status::Pass : Status::Fail;
  EXPECT_EQ(r.status, want) << c.path << "\n" << describe(r);
  if (c.must_pass) {
    EXPECT_FALSE(r.evidence.empty()) << "a pass must say where the requirement is met\n" << describe(r);
    // A pass case's expect names the text the requirement is met by (a heading rather than a paragraph).
    if (!c.expect.empty()) {
      const bool met = std::any_of(r.evidence.begin(), r.evidence.end(),
                                   [&](const Evidence& e) { return e.text.find(c.expect) != std::string::npos; });
      EXPECT_TRUE(met) << "no evidence holds \"" << c.expect << "\"\n" << describe(r);
    }
  }
  if (!c.must_pass && !c.expect.empty()) {
    const bool said = std::any_of(r.findings.begin(), r.findings.end(),
                                  [&](const Finding& f) { return f.message.find(c.expect) != std::string::npos; });
    EXPECT_TRUE(said) << "no finding says \"" << c.expect << "\"\n" << describe(r);
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, RuleCaseTest, ::testing::ValuesIn(discover_cases()),
                         [](const auto& info) { return info.param.test_name(); });

// rule id → kind, over both bundled rulesets.
std::map<std::string, std::string> bundled_rule_kinds() {
  std::map<std::string, std::string> kinds;
  for (const char* id : {"cn-national-2017", "cn-miit-2017", "cn-reporting-2025"}) {
    auto rs = ruleset::load_ruleset(id, {data_dir(), nullptr});
    EXPECT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
    if (!rs.ok()) continue;
    for (const auto& r : rs.value().rules) kinds[r.id] = r.kind;
  }
  return kinds;
}

TEST(RuleCaseCoverage, EveryBundledRuleHasAPassAndAFailCase) {
  std::map<std::string, std::set<bool>> seen;  // rule → {must_pass values}
  for (const RuleCase& c : discover_cases()) seen[c.rule].insert(c.must_pass);
  std::ostringstream missing;
  int count = 0;
  for (const auto& [rule, kind] : bundled_rule_kinds()) {
    const auto& have = seen[rule];
    for (bool pass : {true, false}) {
      if (have.count(pass)) continue;
      missing << "\n  " << rule << " (" << kind << "): no " << (pass ? "pass-" : "fail-") << "* case in tests/rules/cases/"
              << rule << "/";
      ++count;
    }
  }
  EXPECT_EQ(count, 0) << count << " missing case(s):" << missing.str();
}

TEST(RuleCaseCoverage, EveryCaseFolderNamesABundledRule) {
  const auto kinds = bundled_rule_kinds();
  for (const RuleCase& c : discover_cases()) EXPECT_TRUE(kinds.count(c.rule)) << c.path << ": no bundled rule " << c.rule;
}

TEST(KindRegistry, EveryKindHasASchemaElementAndACase) {
  std::ifstream xsd(data_dir() + "/schemas/ruleset.xsd");
  std::stringstream schema;
  schema << xsd.rdbuf();
  ASSERT_FALSE(schema.str().empty());
  const auto rule_kinds = bundled_rule_kinds();
  std::set<std::string> kinds_with_cases;
  for (const RuleCase& c : discover_cases()) {
    auto it = rule_kinds.find(c.rule);
    if (it != rule_kinds.end()) kinds_with_cases.insert(it->second);
  }
  for (const rules::KindInfo& k : rules::kinds()) {
    const std::string name(k.name);
    EXPECT_NE(schema.str().find("<xs:element name=\"" + name + "\""), std::string::npos)
        << "kind " << name << " has no element in schemas/ruleset.xsd";
    EXPECT_TRUE(kinds_with_cases.count(name)) << "kind " << name << " is used by no case in tests/rules/cases/";
  }
}

TEST(KindRegistry, IsSortedByNameWithoutDuplicates) {
  const auto& t = rules::kinds();
  for (std::size_t i = 1; i < t.size(); ++i) EXPECT_LT(t[i - 1].name, t[i].name);
}

}  // namespace
}  // namespace plancheck::testing
