// check_xml and Schema::load: refusals with kind and position, and schemas/plan.xsd itself.
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "text/utf8.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::xml {
namespace {

const std::string kPlanXsd = std::string(PLANCHECK_SOURCE_DIR) + "/schemas/plan.xsd";

std::shared_ptr<const Schema> plan_schema() {
  static const std::shared_ptr<const Schema> schema = [] {
    auto loaded = Schema::load(kPlanXsd);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().to_string(Lang::En));
    return loaded.ok() ? loaded.value() : nullptr;
  }();
  return schema;
}

// A minimal valid plan whose body (inside the first section) is `body`.
std::string plan_with(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<plan xmlns=\"urn:plancheck:plan:1\">\n"
         "  <meta><title>某单位网络安全事件应急预案</title></meta>\n"
         "  <section number=\"第一章\" title=\"总则\">\n" +
         body +
         "  </section>\n"
         "</plan>\n";
}

struct BadCase {
  const char* name;
  std::string xml;
  ErrorKind kind;
  int line;
  int column;
  const char* message_part;
};

std::vector<BadCase> bad_cases() {
  const std::string header = "<?xml version=\"1.0\"?>\n";
  return {
      {"unclosed_tag", plan_with("    <p>未闭合\n"), ErrorKind::Syntax, 6, 3, "mismatch"},
      {"bad_attribute", plan_with("    <list><item marker=（1）>甲</item></list>\n"), ErrorKind::Syntax, 5, 24,
       "attvalue"},
      {"unknown_element", plan_with("    <p>甲</p><sectoin title=\"乙\"/>\n"), ErrorKind::Schema, 5, 13,
       "element 'sectoin' is not expected"},
      {"missing_title", plan_with("    <section number=\"一、\">\n    </section>\n"), ErrorKind::Schema, 5, 5,
       "element 'section' lacks the required attribute 'title'"},
      {"blank_title", plan_with("    <section number=\"一、\"\n      title=\" \"/>\n"), ErrorKind::Schema, 6, 7,
       "element 'section', attribute 'title': the value ' ' is not accepted by the pattern"},
      {"bad_organisation_type",
       header + "<plan xmlns=\"urn:plancheck:plan:1\"><meta><title>预案</title>\n"
                "<organisation-type>ministry</organisation-type></meta><section title=\"总则\"/></plan>\n",
       ErrorKind::Schema, 3, 1,
       "element 'organisation-type': the value 'ministry' is not one of {'government', 'bureau'"},
      {"meta_without_title",
       header + "<plan xmlns=\"urn:plancheck:plan:1\">\n  <meta><issuer>办公室</issuer></meta>\n"
                "  <section title=\"总则\"/>\n</plan>\n",
       ErrorKind::Schema, 3, 3, "element 'meta' is incomplete; expected one of 'title', "},
      {"wrong_namespace", "<plan xmlns=\"urn:other\"><meta><title>预案</title></meta></plan>", ErrorKind::Schema, 1, 1,
       "root element 'plan' is not declared by the schema (wrong namespace?)"},
      {"external_entity",
       header + "<!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<plan>&x;</plan>\n",
       ErrorKind::Forbidden, 2, 17, "external entity 'x'"},
      {"parameter_entity",
       header + "<!DOCTYPE plan [\n  <!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n  %p;\n]>\n<plan/>\n",
       ErrorKind::Forbidden, 3, 3, "external entity '%p'"},
      {"internal_entity", header + "<!DOCTYPE plan [<!ENTITY 名 \"某单位\">]>\n<plan>&名;</plan>\n",
       ErrorKind::Forbidden, 2, 17, "entity declarations are not allowed"},
      {"external_dtd", header + "<!DOCTYPE plan SYSTEM \"http://127.0.0.1:9/plan.dtd\">\n<plan/>\n",
       ErrorKind::Forbidden, 2, 1, "external dtd"},
      {"undeclared_entity", plan_with("    <p>&nbsp;</p>\n"), ErrorKind::Syntax, 5, 8, "nbsp"},
      {"empty_document", "", ErrorKind::Syntax, 1, 1, "empty"},
  };
}

TEST(CheckXml, RefusesWithKindAndPosition) {
  ASSERT_NE(plan_schema(), nullptr);
  for (const BadCase& c : bad_cases()) {
    SCOPED_TRACE(c.name);
    const auto error = check_xml(c.xml, "plan.xml", plan_schema().get());
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, c.kind) << error->to_string(Lang::En);
    EXPECT_EQ(error->file, "plan.xml");
    EXPECT_EQ(error->location.line, c.line) << error->to_string(Lang::En);
    EXPECT_EQ(error->location.column, c.column) << error->to_string(Lang::En);
    std::string lower = error->message.text(Lang::En);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_NE(lower.find(c.message_part), std::string::npos) << lower;
    EXPECT_EQ(lower.find('\n'), std::string::npos);
    EXPECT_EQ(error->message.text(Lang::Zh).find('\n'), std::string::npos);
  }
}

// Found by the waivers fuzz target: libxml2 quotes the text after an unterminated comment cut at a byte
// count, which split a Chinese character and put invalid UTF-8 into the message (and every report).
TEST(CheckXml, MessagesStayValidUtf8WhereLibxmlCutsACharacter) {
  for (int shift = 0; shift < 3; ++shift) {
    std::string xml = "<?xml version=\"1.0\"?>\n<r><!-- " + std::string(shift, 'a');
    for (int i = 0; i < 40; ++i) xml += "一调整";
    const auto error = check_xml(xml, "cut.xml", nullptr);
    ASSERT_TRUE(error.has_value());
    for (const Lang lang : {Lang::Zh, Lang::En}) {
      const std::string message = error->message.text(lang);
      EXPECT_TRUE(text::check_utf8(message).valid(message)) << message;
      EXPECT_NE(message.find("一调整"), std::string::npos) << "the whole characters are kept";
    }
  }
}

TEST(CheckXml, RefusesBillionLaughsQuickly) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE plan [\n <!ENTITY l0 \"ha\">\n";
  for (int i = 1; i <= 10; ++i) {
    xml += " <!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&l" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  xml += "]>\n<plan>&l10;</plan>\n";
  const auto start = std::chrono::steady_clock::now();
  const auto error = check_xml(xml, "laughs.xml", nullptr);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->kind, ErrorKind::Forbidden);
  EXPECT_EQ(error->location.line, 3);
  EXPECT_LT(elapsed, std::chrono::milliseconds(200));
}

TEST(CheckXml, AcceptsValidPlanAndPlainDoctype) {
  const std::string xml = plan_with(
      "    <p>为<em>规范</em>……</p>\n"
      "    <list><item marker=\"（1）\">甲</item><item>乙</item></list>\n"
      "    <table><header><cell>级别</cell><cell/></header><row><cell>特别重大</cell><cell>红色</cell></row></table>\n"
      "    <section number=\"一、\" title=\"编制目的\"><p>&lt;略&gt; &#x4E00;</p></section>\n");
  EXPECT_EQ(check_xml(xml, "ok.xml", plan_schema().get()), std::nullopt);
  EXPECT_EQ(check_xml("<!DOCTYPE plan>\n<plan/>", "ok.xml", nullptr), std::nullopt);
}

TEST(CheckXml, IgnoresMisleadingEncodingDeclaration) {
  // The text reaching check_xml is already UTF-8, whatever the declaration says.
  const std::string xml = "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n<plan>预案</plan>\n";
  EXPECT_EQ(check_xml(xml, "gb.xml", nullptr), std::nullopt);
}

TEST(CheckXml, KeepsErrorsApartAcrossThreads) {
  // Each thread validates its own document against the one shared schema and must see its own error.
  const std::vector<BadCase> cases = bad_cases();
  std::vector<std::optional<ToolError>> results(cases.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 20; ++round) results[i] = check_xml(cases[i].xml, cases[i].name, plan_schema().get());
    });
  }
  for (std::thread& t : threads) t.join();
  for (std::size_t i = 0; i < cases.size(); ++i) {
    ASSERT_TRUE(results[i].has_value()) << cases[i].name;
    EXPECT_EQ(results[i]->file, cases[i].name);
    EXPECT_EQ(results[i]->kind, cases[i].kind) << cases[i].name;
    EXPECT_EQ(results[i]->location.line, cases[i].line) << cases[i].name;
  }
}

TEST(SchemaLoad, ReportsMissingAndInvalidSchemas) {
  const auto missing = Schema::load(std::string(PLANCHECK_TEST_DATA) + "/xml/no-such.xsd");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::Unreadable);
  const auto broken = Schema::load(std::string(PLANCHECK_TEST_DATA) + "/xml/broken.xsd");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().kind, ErrorKind::Schema);
  EXPECT_GT(broken.error().location.line, 0);
}

}  // namespace
}  // namespace plancheck::xml
