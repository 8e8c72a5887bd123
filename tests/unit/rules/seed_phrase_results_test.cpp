// The seed plans' expected results (rules.md) for the phrase, role, citation and superseded rules, run
// through the real reader, facts, bundled rulesets and engine.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "facts/plan_facts.hpp"
#include "parse/parse.hpp"
#include "rules/engine.hpp"
#include "ruleset/loader.hpp"
#include "text/ingest.hpp"

namespace plancheck::rules {
namespace {

// Every rule's result for a seed plan under a bundled ruleset.
std::vector<RuleResult> results(const std::string& seed, const std::string& ruleset_id) {
  auto rs = ruleset::load_ruleset(ruleset_id, {PLANCHECK_SOURCE_DIR, nullptr});
  EXPECT_TRUE(rs.ok()) << rs.error().to_string(Lang::En);
  if (!rs.ok()) return {};
  auto compiled = compile(rs.value());
  EXPECT_TRUE(compiled.ok()) << compiled.error().to_string(Lang::En);
  if (!compiled.ok()) return {};
  const std::string path = std::string(PLANCHECK_TEST_DATA) + "/seeds/" + seed;
  auto decoded = text::read_text_file(path);
  EXPECT_TRUE(decoded.ok());
  if (!decoded.ok()) return {};
  auto doc = parse::parse_document(path, decoded.take(), {});
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  const facts::PlanFacts facts = facts::extract_facts(doc.value());
  return run_rules(*compiled.value(), doc.value(), facts, Lang::Zh, {});
}

std::map<std::string, Status> statuses(const std::string& seed, const std::string& ruleset_id) {
  std::map<std::string, Status> out;
  for (const RuleResult& r : results(seed, ruleset_id)) out[r.rule] = r.status;
  return out;
}

struct Seed {
  const char* file;
  const char* ruleset;
  std::vector<const char*> fail;
  std::vector<const char*> pass;
};

TEST(SeedPhraseResults, MatchTheCatalog) {
  const Seed seeds[] = {
      {"003_xinzhou.txt", "cn-national-2017",
       {"drill.report", "role.contact", "basis.cybersecurity-law", "report.no-concealment", "role.defined-bodies"},
       {"grading.event-categories", "warning.content", "warning.lifting", "investigation.content", "report.evidence",
        "role.leading-body", "role.office", "basis.parent-plan"}},
      {"004_chongqing.txt", "cn-national-2017", {"basis.superseded", "report.no-concealment"},
       {"warning.issuance", "warning.content", "warning.response-measures", "warning.lifting", "drill.report",
        "investigation.content", "role.lead-person", "role.contact", "role.accountability",
        "basis.cybersecurity-law", "basis.parent-plan"}},
      {"000_national.txt", "cn-national-2017", {"basis.superseded"}, {"drill.report", "grading.event-categories"}},
      {"002_miit.txt", "cn-miit-2017", {}, {"basis.superseded", "investigation.content", "drill.report"}},
  };
  for (const Seed& s : seeds) {
    const auto got = statuses(s.file, s.ruleset);
    for (const char* id : s.fail) {
      ASSERT_TRUE(got.count(id)) << s.file << " " << id;
      EXPECT_EQ(got.at(id), Status::Fail) << s.file << " should fail " << id;
    }
    for (const char* id : s.pass) {
      ASSERT_TRUE(got.count(id)) << s.file << " " << id;
      EXPECT_EQ(got.at(id), Status::Pass) << s.file << " should pass " << id;
    }
  }
}

TEST(SeedPhraseResults, XinzhouNamesTheUndefinedBody) {
  bool seen = false;
  for (const RuleResult& r : results("003_xinzhou.txt", "cn-national-2017")) {
    if (r.rule != "role.defined-bodies") continue;
    seen = true;
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_NE(r.findings[0].message.find("应急工作小组"), std::string::npos) << r.findings[0].message;
    EXPECT_TRUE(r.findings[0].location.known());
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace plancheck::rules
