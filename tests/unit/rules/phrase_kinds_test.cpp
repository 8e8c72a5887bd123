// The phrase, role, defined-bodies, citation and superseded kinds on hand-built plans, and their
// parameter errors.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "facts/plan_facts.hpp"
#include "plan_builder.hpp"
#include "rules/registry.hpp"

namespace plancheck::rules {
namespace {

struct P {
  std::string name;
  std::string value;
  std::map<std::string, std::string> attributes = {};
};

ruleset::RuleSpec make_spec(const std::string& kind, const std::vector<P>& params) {
  ruleset::RuleSpec spec;
  spec.id = "test.rule";
  spec.kind = kind;
  // Each template uses only fields its kind supplies (see the registry's MessageSpecs).
  spec.messages["missing"] = {kind == "phrase" ? "missing:{missing}" : "missing:", ""};
  spec.messages["no-duty"] = {"no-duty:{body}", ""};
  spec.messages["undefined"] = {"undefined:{body}", ""};
  spec.messages["superseded"] = {"superseded:{ref}>{replacement}", ""};
  spec.messages["abolished"] = {"abolished:{ref}", ""};
  int line = 1;
  for (const P& p : params) {
    ruleset::Param param;
    param.name = p.name;
    param.value = p.value;
    param.attributes = p.attributes;
    param.line = ++line;
    spec.params.push_back(std::move(param));
  }
  return spec;
}

struct Outcome {
  Status status = Status::Pass;
  std::string messages;
  std::size_t evidence = 0;
};

Outcome run(const std::string& kind, const std::vector<P>& params, const std::string& plan) {
  const ruleset::RuleSpec spec = make_spec(kind, params);
  std::vector<ParamError> errors;
  auto rule = find_kind(kind)->make(spec, errors);
  EXPECT_TRUE(errors.empty()) << errors.front().message;
  const Document doc = testing::build_plan(plan);
  const facts::PlanFacts facts = facts::extract_facts(doc);
  Reporter out(spec, Lang::Zh);
  rule->check(RuleContext{doc, facts}, out);
  RuleResult r = out.take();
  Outcome o{r.status, {}, r.evidence.size()};
  for (const Finding& f : r.findings) o.messages += f.message + "\n";
  return o;
}

struct Case {
  const char* what;
  std::string kind;
  std::vector<P> params;
  std::string plan;
  Status status;
  std::string message;  // substring of the findings on fail
};

TEST(PhraseKinds, Table) {
  const std::vector<P> warning = {{"anchor", "预警"}, {"min", "2"}, {"element", "级别", {{"label", "级别"}}},
                                  {"element", "起始时间"}, {"element", "发布机关|发布单位"}};
  const std::vector<Case> cases = {
      {"k of n in one sentence", "phrase", warning, "# 预警\n预警信息包括级别、起始时间。\n", Status::Pass, ""},
      {"missing listed", "phrase", warning, "# 预警\n预警信息包括级别。\n", Status::Fail, "missing:起始时间、发布机关"},
      {"needs the anchor", "phrase", warning, "# 其他\n报告包括级别、起始时间。\n", Status::Fail, ""},
      {"sentence window", "phrase", {{"element", "迟报"}, {"element", "瞒报"}}, "# 报告\n不得迟报。不得瞒报。\n",
       Status::Fail, "missing:瞒报"},
      {"block window", "phrase", {{"window", "block"}, {"element", "迟报"}, {"element", "瞒报"}},
       "# 报告\n不得迟报。不得瞒报。\n", Status::Pass, ""},
      {"exclusion", "phrase", {{"element", "联络"}, {"exclude", "联络工作"}}, "# 组织\n办公室负责联络工作。\n",
       Status::Fail, ""},
      {"scope only", "phrase", {{"element", "组织培训"}, {"scope", "培训"}}, "# 宣传\n组织培训。\n# 培训\n做好准备。\n",
       Status::Fail, ""},
      {"scope fallback always", "phrase", {{"element", "组织培训"}, {"scope", "培训", {{"fallback", "always"}}}},
       "# 宣传\n组织培训。\n# 培训\n做好准备。\n", Status::Pass, ""},
      {"leading body with duty", "role", {{"category", "leading"}, {"duty", "领导|统筹"}},
       "# 组织\n在网络安全领导小组领导下开展工作。\n", Status::Pass, ""},
      {"duty word inside the name only", "role", {{"category", "leading"}, {"duty", "领导"}},
       "# 组织\n网络安全领导小组成员名单见附件。\n", Status::Fail, "no-duty:"},
      {"position", "role", {{"position", "牵头人|组长"}}, "# 组织\n牵头人：办公室主任\n", Status::Pass, ""},
      {"undefined body", "defined-bodies", {}, "# 组织机构\n领导小组负责领导。\n# 保障\n由应急工作小组负责调用。\n",
       Status::Fail, "undefined:"},
      {"variant of a defined body", "defined-bodies", {},
       "# 组织机构\n网络安全工作领导小组负责领导。\n# 保障\n由应急领导小组负责调用。\n", Status::Pass, ""},
      {"ignored outside body", "defined-bodies", {{"ignore", "网信"}},
       "# 组织机构\n领导小组负责领导。\n# 保障\n由市网信办指挥部负责协调，领导小组负责决策。\n", Status::Pass, ""},
      {"only outside bodies tasked", "defined-bodies", {{"ignore", "网信"}},
       "# 组织机构\n领导小组负责领导。\n# 保障\n由市网信办指挥部负责协调。\n", Status::NotApplicable, ""},
      {"citation in scope", "citation", {{"cites", "网络安全法"}, {"scope", "依据"}},
       "# 编制依据\n《网络安全法》。\n", Status::Pass, ""},
      {"citation outside scope", "citation", {{"cites", "网络安全法"}, {"scope", "依据"}},
       "# 编制依据\n《突发事件应对法》。\n# 附则\n《网络安全法》。\n", Status::Fail, ""},
      {"superseded standard", "superseded",
       {{"superseded", "", {{"ref", "GB/Z 20986-2007"}, {"replaced-by", "GB/T 20986-2023"}, {"since", "2023-12-01"}}}},
       "# 依据\n《指南》（GB/Z 20986-2007）。\n", Status::Fail, "superseded:GB/Z 20986-2007>GB/T 20986-2023"},
      {"abolished in its abolition clause", "superseded",
       {{"superseded", "", {{"ref", "《公共互联网网络安全应急预案》"}, {"since", "2017-11-14"}}}},
       "# 附则\n《公共互联网网络安全应急预案》同时废止。\n", Status::Pass, ""},
      {"abolished and cited", "superseded",
       {{"superseded", "", {{"ref", "《公共互联网网络安全应急预案》"}, {"since", "2017-11-14"}}}},
       "# 依据\n《公共互联网网络安全应急预案》。\n", Status::Fail, "abolished:"},
  };
  for (const Case& c : cases) {
    const Outcome o = run(c.kind, c.params, c.plan);
    EXPECT_EQ(o.status, c.status) << c.what << "\n" << o.messages;
    if (c.status == Status::Pass) {
      EXPECT_GT(o.evidence, 0u) << c.what;
    }
    if (!c.message.empty()) {
      EXPECT_NE(o.messages.find(c.message), std::string::npos) << c.what << "\n" << o.messages;
    }
  }
}

// The advice names the replacement of what the plan cites (not another document's as an example), and a pass
// quotes the list of the basis, not a notice's title that cites the plan itself.
TEST(SupersededKind, AdviceNamesTheReplacementAndThePassQuotesTheBasis) {
  ruleset::RuleSpec spec = make_spec("superseded", {{"superseded", "", {{"ref", "GB/Z 20986-2007"}, {"replaced-by", "GB/T 20986-2023"}, {"since", "2023-12-01"}}},
                                                    {"superseded", "", {{"ref", "《旧办法》"}, {"since", "2024-01-31"}}}});
  spec.remediation = {"改为引用现行文件：{advice}", "Cite the current document: {advice}."};
  std::vector<ParamError> errors;
  auto rule = find_kind("superseded")->make(spec, errors);
  ASSERT_TRUE(errors.empty());
  const auto check = [&](const std::string& plan, Lang lang) {
    const Document doc = testing::build_plan(plan);
    const facts::PlanFacts facts = facts::extract_facts(doc);
    Reporter out(spec, lang);
    rule->check(RuleContext{doc, facts}, out);
    return out.take();
  };
  const RuleResult cited = check("# 编制依据\n依据《指南》（GB/Z 20986-2007）和《旧办法》等。\n", Lang::Zh);
  ASSERT_EQ(cited.status, Status::Fail);
  ASSERT_EQ(cited.findings.size(), 2U);  // superseded and abolished: a finding each, with its own advice
  EXPECT_EQ(cited.findings[0].remediation, "改为引用现行文件：以GB/T 20986-2023替代GB/Z 20986-2007");
  EXPECT_EQ(cited.findings[1].remediation, "改为引用现行文件：删除已废止的《旧办法》，或改为引用现行的替代文件");
  const RuleResult abolished = check("# 编制依据\n依据《旧办法》等。\n", Lang::En);
  ASSERT_EQ(abolished.findings.size(), 1U);
  EXPECT_EQ(abolished.findings[0].remediation, "Cite the current document: remove 《旧办法》, which is abolished, or cite what replaced it.");
  const RuleResult current = check("# 关于印发《某县网络安全事件应急预案》的通知\n现印发给你们。\n# 编制依据\n依据《中华人民共和国网络安全法》等。\n", Lang::Zh);
  ASSERT_EQ(current.status, Status::Pass);
  ASSERT_FALSE(current.evidence.empty());
  EXPECT_NE(current.evidence[0].text.find("网络安全法"), std::string::npos) << current.evidence[0].text;
}

TEST(PhraseKinds, ParameterErrors) {
  const std::vector<std::pair<std::string, std::vector<P>>> bad = {
      {"phrase", {}},
      {"phrase", {{"element", "|"}}},
      {"phrase", {{"element", "宣传"}, {"min", "2"}}},
      {"phrase", {{"element", "宣传"}, {"window", "page"}}},
      {"phrase", {{"element", "宣传"}, {"scope", "宣传", {{"fallback", "sometimes"}}}}},
      {"role", {}},
      {"role", {{"category", "council"}}},
      {"citation", {}},
      {"superseded", {}},
      {"superseded", {{"superseded", "", {{"ref", " "}}}}},
  };
  for (const auto& [kind, params] : bad) {
    std::vector<ParamError> errors;
    find_kind(kind)->make(make_spec(kind, params), errors);
    EXPECT_FALSE(errors.empty()) << kind << " with " << params.size() << " params";
  }
}

// Four colours mapped in one sentence pass where that sentence is: it is quoted once. Another place in it
// (another body's name), or the same text elsewhere, is quoted again.
TEST(Reporter, QuotesEachPlaceOnce) {
  const ruleset::RuleSpec spec = make_spec("phrase", {});
  Reporter out(spec, Lang::Zh);
  Evidence e;
  e.location = Location{120, 5, 1};
  e.section = "二、分级";
  e.text = "预警分为红色、橙色、黄色和蓝色，分别对应特别重大、重大、较大和一般事件。";
  for (int i = 0; i < 4; ++i) out.pass(e);
  Evidence other_column = e;
  other_column.location = Location{126, 5, 3};
  out.pass(other_column);
  Evidence other_line = e;
  other_line.location = Location{400, 30, 1};
  out.pass(other_line);
  const RuleResult r = out.take();
  ASSERT_EQ(r.evidence.size(), 3u);
  EXPECT_EQ(r.evidence[0].location, e.location);
  EXPECT_EQ(r.evidence[1].location, other_column.location);
  EXPECT_EQ(r.evidence[2].location, other_line.location);
}

}  // namespace
}  // namespace plancheck::rules
