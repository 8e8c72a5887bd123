#include <gtest/gtest.h>

#include <algorithm>

#include "ruleset_fixture.hpp"

namespace plancheck {
namespace {

using testing::data_dir;

const ruleset::RuleSpec* find(const ruleset::Ruleset& rs, const std::string& id) {
  auto it = std::find_if(rs.rules.begin(), rs.rules.end(), [&](const auto& r) { return r.id == id; });
  return it == rs.rules.end() ? nullptr : &*it;
}

const char* const kStructureRules[] = {
    "structure.purpose",    "structure.basis",        "structure.scope",   "structure.grading",
    "structure.principles", "structure.organization", "structure.monitoring-warning",
    "structure.response",   "structure.investigation", "structure.prevention", "structure.safeguards",
    "structure.annex",      "structure.numbering"};

TEST(LoadRuleset, NationalHasEveryStructureRuleSortedAndCompiles) {
  auto rs = ruleset::load_ruleset("cn-national-2017", {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  EXPECT_EQ(rs.value().id, "cn-national-2017");
  EXPECT_EQ(rs.value().lineage, std::vector<std::string>{"cn-national-2017"});
  for (const char* id : kStructureRules) EXPECT_NE(find(rs.value(), id), nullptr) << id;
  EXPECT_TRUE(std::is_sorted(rs.value().rules.begin(), rs.value().rules.end(),
                             [](const auto& a, const auto& b) { return a.id < b.id; }));
  const ruleset::RuleSpec* purpose = find(rs.value(), "structure.purpose");
  ASSERT_NE(purpose, nullptr);
  EXPECT_EQ(purpose->basis, "NAT 1.1");
  EXPECT_EQ(purpose->basis_quote.rfind("建立健全国家网络安全事件应急工作机制", 0), 0u);
  EXPECT_EQ(find(rs.value(), "structure.principles")->severity, Severity::Warning);
  EXPECT_EQ(find(rs.value(), "structure.numbering")->severity, Severity::Info);
  auto compiled = rules::compile(rs.value());
  ASSERT_TRUE(compiled.ok()) << compiled.error().to_string(Lang::En);
  EXPECT_EQ(compiled.value()->rules.size(), rs.value().rules.size());
}

TEST(LoadRuleset, MiitExtendsNationalAndOverridesBasis) {
  auto rs = ruleset::load_ruleset("cn-miit-2017", {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  EXPECT_EQ(rs.value().lineage, (std::vector<std::string>{"cn-national-2017", "cn-miit-2017"}));
  const ruleset::RuleSpec* grading = find(rs.value(), "structure.grading");
  ASSERT_NE(grading, nullptr);
  EXPECT_EQ(grading->basis, "MIIT 3");
  EXPECT_EQ(grading->severity, Severity::Error);
  // Parameters not overridden are inherited, with the file they came from.
  const auto headings = grading->params_named("heading");
  ASSERT_FALSE(headings.empty());
  EXPECT_NE(headings.front()->file.find("cn-national-2017.xml"), std::string::npos);
  EXPECT_GT(headings.front()->line, 0);
  auto compiled = rules::compile(rs.value());
  ASSERT_TRUE(compiled.ok()) << compiled.error().to_string(Lang::En);
}

TEST(LoadRuleset, ListsBundledRulesets) {
  const auto ids = ruleset::list_bundled_rulesets(data_dir());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "cn-national-2017"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "cn-miit-2017"), ids.end());
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

TEST(LoadRuleset, ReadsTheDatesOfRulesetsAndRules) {
  auto rs = ruleset::load_ruleset("cn-reporting-2025", {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  EXPECT_EQ(rs.value().effective_from, "2025-11-01");
  EXPECT_EQ(rs.value().effective_until, "");
  EXPECT_TRUE(rs.value().supplement);
  const auto& rules = rs.value().rules;
  auto article = std::find_if(rules.begin(), rules.end(), [](const auto& r) { return r.id == "basis.article-numbers"; });
  ASSERT_NE(article, rules.end());
  EXPECT_EQ(article->effective_from, "2026-01-01");
  auto national = ruleset::load_ruleset("cn-national-2017", {data_dir(), nullptr});
  ASSERT_TRUE(national.ok());
  EXPECT_FALSE(national.value().supplement);
  EXPECT_EQ(national.value().effective_from, "");
  EXPECT_TRUE(rules::compile(rs.value()).ok());
}

// The supplement flag read without the schema check is the one loading reads, for every bundled ruleset; a
// file that is not XML has none.
TEST(LoadRuleset, PeekingTheSupplementFlag) {
  for (const std::string& id : ruleset::list_bundled_rulesets(data_dir())) {
    const auto rs = ruleset::load_ruleset(id, {data_dir(), nullptr});
    ASSERT_TRUE(rs.ok()) << id;
    EXPECT_EQ(ruleset::peek_supplement(id, data_dir()), std::optional<bool>(rs.value().supplement)) << id;
  }
  EXPECT_EQ(ruleset::peek_supplement("cn-reporting-2025", data_dir()), std::optional<bool>(true));
  EXPECT_EQ(ruleset::peek_supplement("cn-miit-2017", data_dir()), std::optional<bool>(false));
  testing::TempDir dir("peek");
  EXPECT_EQ(ruleset::peek_supplement(dir.write("a.xml", testing::ruleset_text("", " supplement=\"1\"")), ""), std::optional<bool>(true));
  EXPECT_EQ(ruleset::peek_supplement(dir.write("b.xml", testing::ruleset_text("", " supplement=\"false\"")), ""), std::optional<bool>(false));
  EXPECT_EQ(ruleset::peek_supplement(dir.write("c.xml", testing::ruleset_text("")), ""), std::optional<bool>(false));
  EXPECT_EQ(ruleset::peek_supplement(dir.write("d.xml", "<ruleset supplement=\"true\""), ""), std::nullopt);
  EXPECT_EQ(ruleset::peek_supplement((dir.path() / "none.xml").string(), ""), std::nullopt);
}

TEST(LoadRuleset, ExtendsOverridesAttributesAndParametersAndDisables) {
  testing::TempDir dir("extends");
  const std::string path = dir.write("mine.xml", testing::ruleset_text(
      "  <section id=\"structure.principles\" severity=\"error\">\n"
      "    <heading>原则</heading>\n"
      "    <message key=\"missing\" zh=\"没有原则\" en=\"no principles\"/>\n"
      "  </section>\n"
      "  <disable rule=\"structure.numbering\"/>\n",
      " extends=\"cn-national-2017\""));
  auto rs = ruleset::load_ruleset(path, {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  EXPECT_EQ(find(rs.value(), "structure.numbering"), nullptr);
  const ruleset::RuleSpec* p = find(rs.value(), "structure.principles");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->severity, Severity::Error);
  ASSERT_EQ(p->params_named("heading").size(), 1u);  // the group of <heading> is replaced, not appended to
  EXPECT_EQ(p->params_named("heading").front()->value, "原则");
  EXPECT_EQ(p->params_named("heading").front()->line, 4);
  EXPECT_FALSE(p->params_named("keyword").empty());  // other parameters inherited
  EXPECT_EQ(p->messages.at("missing").zh, "没有原则");
  EXPECT_FALSE(p->messages.at("note-paragraph").zh.empty());  // other messages inherited
  EXPECT_EQ(p->basis, "NAT 1.5");
  EXPECT_EQ(p->file, path);
  EXPECT_FALSE(testing::load_and_compile(path).has_value());
}

TEST(LoadRuleset, ExtendsARelativePath) {
  testing::TempDir dir("relative");
  dir.write("base.xml", testing::ruleset_text(testing::section_rule("x.one")));
  const std::string child =
      dir.write("child.xml", testing::ruleset_text("  <section id=\"x.one\" severity=\"info\"/>\n", " extends=\"base.xml\""));
  auto rs = ruleset::load_ruleset(child, {data_dir(), nullptr});
  ASSERT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  ASSERT_EQ(rs.value().rules.size(), 1u);
  EXPECT_EQ(rs.value().rules[0].severity, Severity::Info);
  EXPECT_EQ(rs.value().rules[0].basis, "NAT 1.1");
}

}  // namespace
}  // namespace plancheck
