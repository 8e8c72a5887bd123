// What findings say beyond pass or fail: list markers pasted from Word are list markers for every rule,
// a rule's basis is a document of its own ruleset, one sentence gives one finding of a rule, and a finding
// about something missing points where the text belongs.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "rule_case.hpp"
#include "ruleset/loader.hpp"

namespace plancheck::testing {
namespace {

const rules::CompiledRuleset& national() {
  const rules::CompiledRuleset* rs = compiled_ruleset("cn-national-2017");
  EXPECT_NE(rs, nullptr);
  return *rs;
}

RuleResult check(const std::string& rule, const std::string& path, const std::string& text) {
  auto run = run_text(national(), rule, path, text);
  EXPECT_TRUE(run.ok()) << run.error().to_string(Lang::En);
  return run.ok() ? run.value().result : RuleResult{};
}

// --- issue 11.5: bullets as pasted from Word are list markers, in plain text and Markdown alike ---------

struct Bulleted {
  std::string bullet;
  std::string ext;
};
void PrintTo(const Bulleted& b, std::ostream* os) { *os << "\"" << b.bullet << "\" in ." << b.ext; }

class BulletTest : public ::testing::TestWithParam<Bulleted> {
 protected:
  std::string plan(const std::string& body) const {
    return "# 某单位网络安全事件应急预案\n\n" + body;
  }
  std::string item(const std::string& text) const { return GetParam().bullet + " " + text + "\n"; }
  std::string path() const { return "bullets." + GetParam().ext; }
};

TEST_P(BulletTest, GradingReadsEachBulletedLevelAndItsCriteria) {
  const std::string text = plan(
      "## 一、事件分级\n\n网络安全事件分为四级：特别重大网络安全事件、重大网络安全事件、较大网络安全事件、一般网络安全事件。\n\n" +
      item("特别重大网络安全事件：重要信息系统遭受特别严重的系统损失，造成系统大面积瘫痪。") +
      item("重大网络安全事件：重要信息系统遭受严重的系统损失，造成系统长时间中断。") +
      item("较大网络安全事件：重要信息系统遭受较大的系统损失，造成系统中断。") +
      item("一般网络安全事件：除上述情形外，构成一定威胁、造成一定影响的网络安全事件。"));
  const RuleResult r = check("grading.event-levels", path(), text);
  EXPECT_EQ(r.status, Status::Pass) << text << describe(r);
}

TEST_P(BulletTest, RolesReadBulletedMembers) {
  const std::string text = plan("## 二、组织机构与职责\n\n" + item("组长：分管领导，负责领导和指挥网络安全事件应急处置工作。") +
                                item("副组长：信息中心主任，协助组长工作。"));
  const RuleResult r = check("role.lead-person", path(), text);
  EXPECT_EQ(r.status, Status::Pass) << text << describe(r);
}

TEST_P(BulletTest, ReportContentsReadBulletedItems) {
  const std::string text = plan("## 四、事件报告\n\n报告事件时应当说明以下内容：\n\n" + item("事件发生时间；") +
                                item("初步判定的影响范围和危害；") + item("已采取的应急处置措施和有关建议。"));
  const RuleResult r = check("report.content", path(), text);
  EXPECT_EQ(r.status, Status::Pass) << text << describe(r);
}

std::vector<Bulleted> bullets() {
  std::vector<Bulleted> out;
  for (const char* b : {"●", "•", "·", "▪", "◆", "○", "-", "*", "–"}) {
    for (const char* ext : {"txt", "md"}) out.push_back({b, ext});
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(WordBullets, BulletTest, ::testing::ValuesIn(bullets()), [](const auto& info) {
  return "bullet" + std::to_string(info.index) + "_" + info.param.ext;
});

// --- issue 11.17: one citation written with its title and its number gives one finding -------------------

TEST(RepeatedFindings, OneCitationWithTitleAndNumberIsOneFinding) {
  const std::string text =
      "# 某单位网络安全事件应急预案\n\n## 1.2 编制依据\n\n"
      "依据《中华人民共和国网络安全法》和《信息安全技术信息安全事件分类分级指南》（GB/Z 20986-2007）等，制定本预案。\n";
  const RuleResult r = check("basis.superseded", "cite.md", text);
  ASSERT_EQ(r.status, Status::Fail) << describe(r);
  EXPECT_EQ(r.findings.size(), 1u) << describe(r);
  EXPECT_NE(r.findings.front().message.find("GB/Z 20986-2007"), std::string::npos) << describe(r);
}

TEST(RepeatedFindings, DifferentSentencesStayApart) {
  const std::string text =
      "# 某单位网络安全事件应急预案\n\n## 1.2 编制依据\n\n依据GB/Z 20986-2007制定本预案。\n\n"
      "## 1.3 事件分级\n\n事件分级参照《公共互联网网络安全应急预案》。\n";
  const RuleResult r = check("basis.superseded", "cite.md", text);
  EXPECT_EQ(r.findings.size(), 2u) << describe(r);
}

// --- issue 11.12: every rule's basis is a document of its own ruleset -----------------------------------

std::vector<std::string> rulesets_under_test() {
  std::vector<std::string> ids = ruleset::list_bundled_rulesets(data_dir());
  ids.push_back(data_dir() + "/samples/rulesets/strict-drills.xml");
  return ids;
}

// The clause codes of a basis ("NAT 3.1, 4.2" → NAT; "MIIT 5.5" → MIIT).
std::set<std::string> clause_codes(const std::string& clause) {
  static const std::regex code("[A-Z]{2,}");
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(clause.begin(), clause.end(), code); it != std::sregex_iterator(); ++it) {
    out.insert(it->str());
  }
  return out;
}

TEST(RuleBasis, EveryRuleCitesADocumentOfItsOwnRuleset) {
  // Which document each clause code names, over every ruleset: one code, one document.
  std::map<std::string, std::string> document_of;
  for (const std::string& id : rulesets_under_test()) {
    const rules::CompiledRuleset* rs = compiled_ruleset(id);
    ASSERT_NE(rs, nullptr) << id;
    for (const rules::CompiledRule& r : rs->rules) {
      const auto codes = clause_codes(r.spec.basis);
      if (codes.size() != 1) continue;
      auto [it, fresh] = document_of.emplace(*codes.begin(), r.spec.basis_document);
      EXPECT_EQ(it->second, r.spec.basis_document) << id << " " << r.spec.id << ": clause code " << *codes.begin()
                                                   << " names two documents";
    }
  }
  for (const std::string& id : rulesets_under_test()) {
    const rules::CompiledRuleset* rs = compiled_ruleset(id);
    ASSERT_NE(rs, nullptr) << id;
    // The documents a ruleset derives from: its own and those of the rulesets it extends.
    std::vector<std::string> sources = {rs->derives_from};
    for (const std::string& parent : rs->lineage) {
      if (const rules::CompiledRuleset* p = compiled_ruleset(parent)) sources.push_back(p->derives_from);
    }
    auto own = [&](const std::string& document) {
      return std::any_of(sources.begin(), sources.end(),
                         [&](const std::string& s) { return !document.empty() && s.find(document) != std::string::npos; });
    };
    for (const rules::CompiledRule& r : rs->rules) {
      const auto codes = clause_codes(r.spec.basis);
      if (codes.empty()) continue;  // "—": the plan's own consistency, no document
      EXPECT_TRUE(own(r.spec.basis_document)) << id << " " << r.spec.id << " rests on " << r.spec.basis_document
                                              << ", not a document of this ruleset";
      for (const std::string& code : codes) {
        EXPECT_TRUE(own(document_of[code])) << id << " " << r.spec.id << " cites " << r.spec.basis << " ("
                                            << document_of[code] << "), not a document of this ruleset";
      }
      // A quote is the document's text; anything else in it is marked as an editor's note.
      const std::string& q = r.spec.basis_quote;
      EXPECT_TRUE(q.rfind("备注", 0) != 0 && q.rfind("注", 0) != 0) << id << " " << r.spec.id << ": the quote opens with a note: " << q;
      const std::size_t note = q.find("注：");
      if (note != std::string::npos) {
        EXPECT_NE(q.find("〔编者注，非"), std::string::npos) << id << " " << r.spec.id << ": a note in the quote is not labelled: " << q;
      }
    }
  }
}

// --- issue 11.9: a finding about something missing points where the text belongs, or at no line --------

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::set<int> heading_lines(const Document& doc) {
  std::set<int> lines;
  for_each_section(doc.sections, [&](const Section& s, const std::string&) { lines.insert(s.location.line); });
  return lines;
}

// A finding message matches the rule's "missing" template (its fields read as anything).
bool says_missing(const ruleset::RuleSpec& spec, const std::string& message) {
  auto it = spec.messages.find("missing");
  if (it == spec.messages.end()) return false;
  std::string pattern;
  for (std::size_t i = 0; i < it->second.zh.size(); ++i) {
    const char ch = it->second.zh[i];
    if (ch == '{') {
      i = it->second.zh.find('}', i);
      pattern += "[\\s\\S]*";
      if (i == std::string::npos) break;
    } else if (std::string("\\^$.|?*+()[]{}").find(ch) != std::string::npos) {
      pattern += std::string("\\") + ch;
    } else {
      pattern += ch;
    }
  }
  return std::regex_match(message, std::regex(pattern));
}

TEST(MissingFindings, PointAtTheirSectionOrNowhere) {
  const std::string xinzhou = read_file(data_dir() + "/samples/xinzhou-plan.txt");
  ASSERT_FALSE(xinzhou.empty());
  for (const std::string& id : rulesets_under_test()) {
    const rules::CompiledRuleset* rs = compiled_ruleset(id);
    ASSERT_NE(rs, nullptr) << id;
    for (const rules::CompiledRule& rule : rs->rules) {
      const std::vector<std::string> words = scope_words(rule.spec);
      std::vector<std::pair<std::string, std::string>> plans = {{"samples/xinzhou-plan.txt", xinzhou}};
      for (const RuleCase& c : discover_cases()) {
        if (c.rule == rule.spec.id && !c.must_pass) plans.emplace_back(c.path, c.text);
      }
      for (const auto& [path, text] : plans) {
        auto run = run_text(*rs, rule.spec.id, path, text);
        ASSERT_TRUE(run.ok()) << run.error().to_string(Lang::En);
        const std::set<int> headings = heading_lines(*run.value().doc);
        for (const Finding& f : run.value().result.findings) {
          if (!f.location.known() || !says_missing(rule.spec, f.message) || headings.count(f.location.line)) continue;
          const bool in_scope = std::any_of(words.begin(), words.end(),
                                            [&](const std::string& w) { return f.section.find(w) != std::string::npos; });
          EXPECT_TRUE(words.empty() || in_scope)
              << id << " " << rule.spec.id << " on " << path << ":" << f.location.line << " points at “" << f.evidence
              << "” in " << f.section << ", outside where the text belongs: " << f.message;
        }
      }
    }
  }
}

TEST(MissingFindings, XinzhouCaretsStayOffUnrelatedText) {
  const std::string xinzhou = read_file(data_dir() + "/samples/xinzhou-plan.txt");
  for (const char* rule : {"report.content", "warning.issuance", "prevention.training"}) {
    auto run = run_text(national(), rule, "xinzhou-plan.txt", xinzhou);
    ASSERT_TRUE(run.ok()) << run.error().to_string(Lang::En);
    for (const Finding& f : run.value().result.findings) {
      for (const char* unrelated : {"预防工作", "本预案自发布之日起施行", "制定本预案"}) {
        EXPECT_EQ(f.evidence.find(unrelated), std::string::npos) << rule << " points at “" << f.evidence << "”";
      }
      if (std::string(rule) == "report.content") {
        EXPECT_EQ(f.section.find("预防"), std::string::npos) << rule << " in " << f.section;
      }
    }
  }
}

TEST(MissingFindings, AWeakPartialMatchOutsideTheScopeIsNoPlace) {
  const std::string text =
      "# 某单位网络安全事件应急预案\n\n## 一、总则\n\n为规范网络安全事件应急处置工作，制定本预案。\n\n"
      "## 二、监测与预警\n\n信息中心负责日常监测。\n\n## 三、预防工作\n\n各科室做好日常检查。\n\n"
      "## 四、附则\n\n本预案自发布之日起施行。\n";
  for (const char* rule : {"warning.issuance", "prevention.training"}) {
    const RuleResult r = check(rule, "weak.md", text);
    ASSERT_EQ(r.status, Status::Fail) << rule << describe(r);
    for (const Finding& f : r.findings) {
      EXPECT_FALSE(f.location.known()) << rule << " points at line " << f.location.line << ": “" << f.evidence << "”";
      EXPECT_NE(f.section, "") << rule << ": the finding names no section";
    }
  }
}

}  // namespace
}  // namespace plancheck::testing

namespace plancheck::testing {
namespace {

// A recipient missing from the first report is pointed at the report that goes outside, not at an internal one
// before it.
TEST(MissingFindings, ARecipientMissingPointsAtTheReportThatGoesOut) {
  const rules::CompiledRuleset* rs = compiled_ruleset("cn-reporting-2025");
  ASSERT_NE(rs, nullptr);
  const std::string text =
      "# 某单位网络安全事件应急预案\n\n## 四、事件报告\n\n各处室发现异常情况，应立即报告厅应急办。\n\n"
      "初判为较大及以上网络安全事件的，应及时向省委网信办报告，最迟不得超过2小时。\n";
  auto run = run_text(*rs, "report.recipient-2025", "out.md", text, "", "cii");
  ASSERT_TRUE(run.ok()) << run.error().to_string(Lang::En);
  const RuleResult& r = run.value().result;
  ASSERT_EQ(r.status, Status::Fail) << describe(r);
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.front().location.line, 7) << r.findings.front().evidence;
}

}  // namespace
}  // namespace plancheck::testing
