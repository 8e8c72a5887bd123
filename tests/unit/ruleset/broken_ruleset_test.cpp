#include <gtest/gtest.h>

#include "ruleset_fixture.hpp"

namespace plancheck {
namespace {

using testing::ruleset_text;
using testing::section_rule;

struct BrokenCase {
  const char* name;
  std::string text;         // mine.xml; line 1 is the XML declaration, line 2 <ruleset>, line 3 the first rule (ok: lines 3-12)
  int line;                 // where the error must point
  const char* says;         // a piece of the message
  std::string other = {};   // other.xml, when the case needs a second file
};

void PrintTo(const BrokenCase& c, std::ostream* os) { *os << c.name; }

std::string with_severity(std::string rule, const std::string& severity) {
  return rule.replace(rule.find("warning"), 7, severity);
}

std::vector<BrokenCase> cases() {
  const std::string ok = section_rule("x.ok");  // lines 3..13
  return {
      {"unknown_kind", ruleset_text(ok + "  <sectoin id=\"x.bad\" severity=\"info\"/>\n"), 13, "sectoin"},
      {"missing_message",
       ruleset_text("  <numbering id=\"x.num\" severity=\"info\">\n    <title zh=\"t\" en=\"t\"/>\n"
                    "    <basis clause=\"—\">q</basis>\n    <message key=\"gap\" zh=\"{expected}\" en=\"{found}\"/>\n"
                    "    <remediation zh=\"r\" en=\"r\"/>\n  </numbering>\n"),
       3, "repeat"},
      {"bad_template_field",
       ruleset_text("  <numbering id=\"x.num\" severity=\"info\">\n    <title zh=\"t\" en=\"t\"/>\n"
                    "    <basis clause=\"—\">q</basis>\n"
                    "    <message key=\"gap\" zh=\"{expected}\" en=\"{found}\"/>\n"
                    "    <message key=\"repeat\" zh=\"{nosuch}\" en=\"{found}\"/>\n"
                    "    <message key=\"style-switch\" zh=\"{expected}\" en=\"{found}\"/>\n"
                    "    <remediation zh=\"r\" en=\"r\"/>\n  </numbering>\n"),
       7, "repeat"},
      // A width formats without error, so it once passed validation and wrote 2 GiB per finding.
      {"template_width", ruleset_text(section_rule("x.one", "    <message key=\"missing\" zh=\"{:>2147483647}\" en=\"b\"/>\n")),
       12, "no width"},
      {"template_named_width",
       ruleset_text(section_rule("x.one", "    <message key=\"missing\" zh=\"a\" en=\"{topic:>2147483647}\"/>\n")), 12,
       "{topic:>2147483647}"},
      {"template_precision", ruleset_text(section_rule("x.one", "    <message key=\"missing\" zh=\"{topic:.3}\" en=\"b\"/>\n")),
       12, "precision"},
      {"template_positional", ruleset_text(section_rule("x.one", "    <message key=\"missing\" zh=\"缺{}\" en=\"b\"/>\n")), 12,
       "unnamed"},
      {"template_lone_brace", ruleset_text(section_rule("x.one", "    <message key=\"missing\" zh=\"缺}\" en=\"b\"/>\n")), 12,
       "lone"},
      {"template_unclosed", ruleset_text(section_rule("x.one", "    <message key=\"missing\" zh=\"缺{topic\" en=\"b\"/>\n")),
       12, "never closed"},
      {"message_in_one_language_only", ruleset_text(section_rule("x.one", "    <message key=\"missing\" zh=\"缺\"/>\n")),
       12, "en"},
      {"unknown_message_key", ruleset_text(section_rule("x.one", "    <message key=\"mising\" zh=\"a\" en=\"b\"/>\n")),
       12, "mising"},
      {"unknown_parameter", ruleset_text(section_rule("x.one", "    <headng>目的</headng>\n")), 12, "headng"},
      {"bad_front_matter_value", ruleset_text(section_rule("x.one", "    <front-matter>maybe</front-matter>\n")), 12,
       "front-matter"},
      {"incomplete_new_rule", ruleset_text("  <section id=\"x.new\" severity=\"error\">\n    <heading>目的</heading>\n  </section>\n"),
       3, "x.new"},
      {"bad_severity", ruleset_text(with_severity(ok, "fatal")), 3, "fatal"},
      {"duplicate_id", ruleset_text(ok + section_rule("x.ok")), 13, "x.ok"},
      {"not_well_formed", ruleset_text("  <section id=\"x.a\" severity=\"info\">\n  </sectio>\n"), 4, ""},
      {"disable_unknown_rule", ruleset_text(ok + "  <disable rule=\"x.nosuch\"/>\n"), 13, "x.nosuch"},
      {"override_changes_kind",
       ruleset_text("  <numbering id=\"x.ok\" severity=\"info\"/>\n", " extends=\"other.xml\""), 3, "section",
       ruleset_text(ok)},
      // Typos in rule ids are errors that name the closest id (issue 11.7), not "needs severity" errors.
      {"override_of_a_misspelt_id", ruleset_text("  <section id=\"x.ko\"/>\n", " extends=\"other.xml\""), 3,
       "did you mean 'x.ok'?", ruleset_text(ok)},
      {"disable_of_a_misspelt_id", ruleset_text(ok + "  <disable rule=\"x.ko\"/>\n"), 13, "did you mean 'x.ok'?"},
      {"extends_cycle", ruleset_text(ok, " extends=\"other.xml\""), 2, "cycle",
       ruleset_text(section_rule("x.two"), " extends=\"mine.xml\"")},
      {"extends_missing_file", ruleset_text(ok, " extends=\"nosuch.xml\""), 2, "nosuch.xml"},
      {"extends_unknown_bundled_id", ruleset_text(ok, " extends=\"cn-nosuch-2099\""), 2, "cn-nosuch-2099"},
  };
}

class BrokenRuleset : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenRuleset, IsARulesetErrorAtItsLine) {
  const BrokenCase& c = GetParam();
  testing::TempDir dir(c.name);
  const std::string path = dir.write("mine.xml", c.text);
  if (!c.other.empty()) dir.write("other.xml", c.other);
  const auto err = testing::load_and_compile(path);
  ASSERT_TRUE(err.has_value()) << "accepted:\n" << c.text;
  EXPECT_EQ(err->kind, ErrorKind::Ruleset) << err->to_string(Lang::En);
  EXPECT_EQ(err->location.line, c.line) << err->to_string(Lang::En);
  EXPECT_NE(err->message.text(Lang::En).find(c.says), std::string::npos) << err->to_string(Lang::En);
  EXPECT_FALSE(err->file.empty());
}

INSTANTIATE_TEST_SUITE_P(Table, BrokenRuleset, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(BrokenRulesetFile, MissingFileIsARulesetError) {
  const auto err = testing::load_and_compile("/nonexistent/plancheck/none.xml");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->kind, ErrorKind::Ruleset);
  EXPECT_EQ(err->location.line, 0);
  EXPECT_NE(err->file.find("none.xml"), std::string::npos);
}

TEST(BrokenRulesetFile, UnknownBundledIdIsARulesetError) {
  const auto err = testing::load_and_compile("cn-nosuch-2099");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->kind, ErrorKind::Ruleset);
  EXPECT_NE(err->message.text(Lang::En).find("cn-nosuch-2099"), std::string::npos);
}

}  // namespace
}  // namespace plancheck
