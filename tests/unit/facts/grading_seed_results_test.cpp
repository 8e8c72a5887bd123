// The seed plans' expected results (rules.md) for the grading and timing rules, through the real reader,
// facts, bundled rulesets and engine; and the facts behind them.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "facts/plan_facts.hpp"
#include "parse/parse.hpp"
#include "rules/engine.hpp"
#include "ruleset/loader.hpp"
#include "text/ingest.hpp"

namespace plancheck::facts {
namespace {

struct SeedRun {
  Document doc;
  std::map<std::string, RuleResult> results;
};

SeedRun run_seed(const std::string& file, const std::string& ruleset_id) {
  SeedRun run;
  const std::string path = std::string(PLANCHECK_TEST_DATA) + "/seeds/" + file;
  auto decoded = text::read_text_file(path);
  auto doc = decoded.ok() ? parse::parse_document(path, decoded.take(), {}) : Result<Document>(decoded.error());
  auto rs = ruleset::load_ruleset(ruleset_id, {PLANCHECK_SOURCE_DIR, nullptr});
  if (!doc.ok() || !rs.ok()) {
    ADD_FAILURE() << file << ": " << (doc.ok() ? rs.error().to_string(Lang::En) : doc.error().to_string(Lang::En));
    return run;
  }
  run.doc = doc.take();
  auto compiled = rules::compile(rs.value());
  if (!compiled.ok()) {
    ADD_FAILURE() << compiled.error().to_string(Lang::En);
    return run;
  }
  const PlanFacts facts = extract_facts(run.doc);
  for (RuleResult& r : rules::run_rules(*compiled.value(), run.doc, facts, Lang::Zh, {})) run.results[r.rule] = r;
  return run;
}

struct Expectation {
  const char* file;
  const char* ruleset;
  std::vector<const char*> fail;
  std::vector<const char*> pass;
};

TEST(GradingSeedResults, MatchTheCatalog) {
  const Expectation seeds[] = {
      {"003_xinzhou.txt", "cn-national-2017",
       {"grading.response-levels", "grading.alignment", "drill.frequency", "plan.review-cycle", "response.duty-24h",
        "report.immediate"},
       {"grading.event-levels", "grading.warning-colours", "investigation.deadline"}},
      {"004_chongqing.txt", "cn-national-2017", {"response.duty-24h"},
       {"grading.event-levels", "grading.warning-colours", "grading.response-levels", "grading.alignment",
        "response.end", "drill.frequency", "investigation.deadline", "plan.review-cycle"}},
      {"000_national.txt", "cn-national-2017", {},
       {"grading.event-levels", "grading.warning-colours", "grading.response-levels", "grading.alignment",
        "drill.frequency", "investigation.deadline", "report.immediate", "response.duty-24h"}},
      {"002_miit.txt", "cn-miit-2017", {},
       {"grading.event-levels", "grading.warning-colours", "grading.response-levels", "grading.alignment",
        "investigation.deadline", "drill.frequency", "response.start-authority", "response.end"}},
  };
  for (const Expectation& s : seeds) {
    const SeedRun run = run_seed(s.file, s.ruleset);
    for (const auto& [ids, want] : {std::pair{&s.fail, Status::Fail}, std::pair{&s.pass, Status::Pass}}) {
      for (const char* id : *ids) {
        const auto it = run.results.find(id);
        ASSERT_NE(it, run.results.end()) << s.file << " " << id;
        EXPECT_EQ(it->second.status, want) << s.file << " " << id
                                           << (it->second.findings.empty() ? "" : ": " + it->second.findings[0].message);
        if (want == Status::Pass) {
          EXPECT_FALSE(it->second.evidence.empty()) << s.file << " " << id << " has no evidence";
        }
      }
    }
  }
}

// The precise readings the catalog calls out: the message names what was found, at its line.
TEST(GradingSeedResults, FindingsSayWhatWasFoundWhere) {
  const SeedRun xinzhou = run_seed("003_xinzhou.txt", "cn-national-2017");
  const RuleResult& drill = xinzhou.results.at("drill.frequency");
  ASSERT_EQ(drill.findings.size(), 1u);
  EXPECT_NE(drill.findings[0].message.find("定期"), std::string::npos);
  EXPECT_EQ(drill.findings[0].location.line, 88);
  const RuleResult& alignment = xinzhou.results.at("grading.alignment");
  ASSERT_FALSE(alignment.findings.empty());
  EXPECT_NE(alignment.findings[0].message.find("响应"), std::string::npos);
  EXPECT_EQ(xinzhou.results.at("investigation.deadline").evidence.at(0).location.line, 82);

  const SeedRun chongqing = run_seed("004_chongqing.txt", "cn-national-2017");
  const RuleResult& duty = chongqing.results.at("response.duty-24h");
  ASSERT_EQ(duty.findings.size(), 1u);
  EXPECT_NE(duty.findings[0].message.find("24小时电话畅通"), std::string::npos);
  EXPECT_EQ(duty.findings[0].location.line, 211);

  const SeedRun miit = run_seed("002_miit.txt", "cn-miit-2017");
  // The unit's 10 working days, not the authority's 20, is what satisfies the rule.
  EXPECT_NE(miit.results.at("investigation.deadline").evidence.at(0).text.find("10个工作日"), std::string::npos);
}

}  // namespace
}  // namespace plancheck::facts
