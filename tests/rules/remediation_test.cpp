// Following a finding's advice passes its rule: for every rule of every bundled ruleset (and the sample
// tailoring), each must-fail case that fails under that ruleset is rewritten as the remediation says — the
// sentences the findings point at are replaced by the remediation's text to paste (the last “…” it quotes),
// or the text goes where the rule looks (its section, or a new section) — and the rule then passes.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "rule_case.hpp"
#include "ruleset/loader.hpp"

namespace plancheck::testing {
namespace {

namespace fs = std::filesystem;

// Kinds whose advice is an edit rather than text to add: renumbering headings (numbering), and replacing a
// cited document by its successor (superseded, checked below by substituting each replacement).
const std::set<std::string> kEditKinds = {"numbering", "superseded"};

struct RuleUnderTest {
  std::string ruleset;  // id or path, as load_ruleset takes it
  std::string rule;
};
void PrintTo(const RuleUnderTest& t, std::ostream* os) { *os << t.rule << " of " << t.ruleset; }

std::vector<RuleUnderTest> every_rule() {
  std::vector<std::string> rulesets = ruleset::list_bundled_rulesets(data_dir());
  rulesets.push_back(data_dir() + "/samples/rulesets/strict-drills.xml");
  std::vector<RuleUnderTest> out;
  for (const std::string& rs : rulesets) {
    const rules::CompiledRuleset* compiled = compiled_ruleset(rs);
    if (!compiled) {
      out.push_back({rs, "<does not load>"});
      continue;
    }
    for (const rules::CompiledRule& r : compiled->rules) out.push_back({rs, r.spec.id});
  }
  return out;
}

std::string test_name(const RuleUnderTest& t) {
  std::string name = fs::path(t.ruleset).stem().string() + "__" + t.rule;
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

// The top-level “…” passages of a remediation, in order (quotes nested inside one stay in it).
std::vector<std::string> quoted(const std::string& s) {
  std::vector<std::string> out;
  int depth = 0;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, 3, "“") == 0) {
      if (depth++ == 0) begin = i + 3;
      i += 3;
    } else if (s.compare(i, 3, "”") == 0) {
      if (depth > 0 && --depth == 0) out.push_back(s.substr(begin, i - begin));
      i += 3;
    } else {
      ++i;
    }
  }
  return out;
}

// Fills the remediation's placeholders — （上级网信部门）, （判定情形） — as a user would: with a plausible value.
std::string filled(std::string text) {
  const std::pair<const char*, const char*> plausible[] = {
      {"（判定情形）", "重要网络和信息系统遭受严重的系统损失，造成系统长时间中断"},
  };
  for (const auto& [placeholder, value] : plausible) {
    for (std::size_t at; (at = text.find(placeholder)) != std::string::npos;) text.replace(at, std::string(placeholder).size(), value);
  }
  // Any other placeholder names what to write: keep its words, drop its brackets.
  for (std::size_t open; (open = text.find("（")) != std::string::npos;) {
    const std::size_t close = text.find("）", open);
    if (close == std::string::npos) break;
    text.erase(close, 3);
    text.erase(open, 3);
  }
  return text;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The case rewritten as the remediation says.
std::string remedied(const RuleCase& c, const rules::CompiledRule& rule, const TextRun& failed) {
  std::vector<std::string> lines = lines_of(c.text);
  const bool markdown = fs::path(c.path).extension() == ".md";
  std::set<int> headings;
  for_each_section(failed.doc->sections, [&](const Section& s, const std::string&) { headings.insert(s.location.line); });

  if (rule.spec.kind == "superseded") {
    std::string text = c.text;
    for (const ruleset::Param* p : rule.spec.params_named("superseded")) {
      const std::string ref = p->attributes.at("ref");
      auto by = p->attributes.find("replaced-by");
      // The citation may be wrapped across lines ("GB/Z\n20986-2007"): white space may fall anywhere in it.
      std::string pattern;
      for (char ch : ref) {
        if (!pattern.empty()) pattern += "\\s*";
        if (std::string("\\^$.|?*+()[]{}").find(ch) != std::string::npos) pattern += '\\';
        pattern += ch == ' ' ? std::string("\\s*") : std::string(1, ch);
      }
      text = std::regex_replace(text, std::regex(pattern), by == p->attributes.end() ? std::string() : by->second);
    }
    return text;
  }

  // The finding's own advice: fields that depend on the plan (the limit for the organisation's kind) are
  // filled there.
  const std::string advice = failed.result.findings.empty() ? rule.spec.remediation.zh : failed.result.findings.front().remediation;
  const std::vector<std::string> q = quoted(advice);
  std::string paste = q.empty() ? std::string() : filled(q.back());
  std::vector<std::string> words = scope_words(rule.spec);
  if (rule.spec.kind == "defined-bodies") {
    // The advice defines the body the finding names, in the organisation section; the sentences that give
    // it a task stay as they are.
    const std::string templ = q.empty() ? std::string() : q.back();
    paste.clear();
    for (const Finding& f : failed.result.findings) {
      const std::vector<std::string> named = quoted(f.message);
      std::string one = templ;
      if (const std::size_t at = one.find("（机构名称）"); at != std::string::npos && !named.empty()) {
        one.replace(at, std::string("（机构名称）").size(), named.front());
      }
      paste += filled(one);
    }
    words = {"组织机构与职责", "组织"};
  }

  if (rule.spec.kind == "section") {
    lines.push_back("");
    lines.push_back(markdown ? "## " + words.front() : "十、" + words.front());
    lines.push_back("");
    lines.push_back(paste);
  } else {
    std::set<int> to_replace;
    int after_heading = 0;
    for (const Finding& f : failed.result.findings) {
      const int line = f.location.line;
      if (line <= 0 || rule.spec.kind == "defined-bodies") continue;
      if (headings.count(line)) after_heading = after_heading ? std::min(after_heading, line) : line;
      else to_replace.insert(line);
    }
    if (after_heading == 0 && to_replace.empty()) {
      for_each_section(failed.doc->sections, [&](const Section& s, const std::string&) {
        const bool named = std::any_of(words.begin(), words.end(),
                                       [&](const std::string& w) { return !w.empty() && s.title.find(w) != std::string::npos; });
        if (named && after_heading == 0) after_heading = s.location.line;
      });
    }
    std::size_t at = lines.size();
    if (!to_replace.empty()) {
      at = static_cast<std::size_t>(*to_replace.begin() - 1);
      for (auto it = to_replace.rbegin(); it != to_replace.rend(); ++it) lines.erase(lines.begin() + (*it - 1));
    } else if (after_heading > 0) {
      at = static_cast<std::size_t>(after_heading);
    } else if (!words.empty()) {
      lines.push_back("");
      lines.push_back(markdown ? "## " + words.front() : "十、" + words.front());
      at = lines.size();
    }
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(std::min(at, lines.size())), {"", paste, ""});
  }
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

class RemediationTest : public ::testing::TestWithParam<RuleUnderTest> {};

TEST_P(RemediationTest, FollowingTheAdvicePassesTheRule) {
  const RuleUnderTest& t = GetParam();
  const rules::CompiledRuleset* rs = compiled_ruleset(t.ruleset);
  ASSERT_NE(rs, nullptr) << t.ruleset << " does not load or compile";
  auto it = std::find_if(rs->rules.begin(), rs->rules.end(), [&](const rules::CompiledRule& r) { return r.spec.id == t.rule; });
  ASSERT_NE(it, rs->rules.end());
  const rules::CompiledRule& rule = *it;
  if (rule.spec.kind == "numbering") GTEST_SKIP() << "renumbering headings is an edit, not text to add";
  const std::vector<std::string> q = quoted(rule.spec.remediation.zh);
  if (!kEditKinds.count(rule.spec.kind)) {
    ASSERT_FALSE(q.empty()) << "the remediation quotes no text to paste: " << rule.spec.remediation.zh;
    const std::string& last = q.back();
    EXPECT_TRUE(last.size() >= 3 && (last.compare(last.size() - 3, 3, "。") == 0))
        << "the text to paste is not a whole sentence ending in 。: " << last;
  }
  int exercised = 0;
  for (const RuleCase& c : discover_cases()) {
    if (c.rule != t.rule || c.must_pass) continue;
    auto before = run_text(*rs, t.rule, c.path, c.text, c.as_of, c.org_kind);
    ASSERT_TRUE(before.ok()) << before.error().to_string(Lang::En);
    if (before.value().result.status != Status::Fail) continue;
    ++exercised;
    const std::string fixed = remedied(c, rule, before.value());
    auto after = run_text(*rs, t.rule, c.path, fixed, c.as_of, c.org_kind);
    ASSERT_TRUE(after.ok()) << after.error().to_string(Lang::En);
    EXPECT_EQ(after.value().result.status, Status::Pass)
        << c.path << " with the advice followed:\n" << fixed << "\n" << describe(after.value().result)
        << "\nbefore:\n" << describe(before.value().result);
  }
  EXPECT_GT(exercised, 0) << "no must-fail case of " << t.rule << " fails under " << t.ruleset;
}

// The parameterised test runs over every rule of every ruleset in rulesets/ — the national and MIIT plans
// and the 2025 reporting measures — and the sample tailoring: none may drop out unnoticed.
TEST(RemediationCoverage, EveryBundledRulesetAndTheTailoringAreCovered) {
  std::set<std::string> covered;
  for (const RuleUnderTest& t : every_rule()) {
    EXPECT_NE(t.rule, "<does not load>") << t.ruleset;
    covered.insert(fs::path(t.ruleset).stem().string());
  }
  std::set<std::string> expected = {"cn-national-2017", "cn-miit-2017", "cn-reporting-2025", "strict-drills"};
  for (const auto& entry : fs::directory_iterator(data_dir() + "/rulesets")) {
    if (entry.path().extension() == ".xml") expected.insert(entry.path().stem().string());
  }
  EXPECT_EQ(covered, expected);
}

INSTANTIATE_TEST_SUITE_P(EveryRule, RemediationTest, ::testing::ValuesIn(every_rule()),
                         [](const auto& info) { return test_name(info.param); });

}  // namespace
}  // namespace plancheck::testing
