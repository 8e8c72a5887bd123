#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <string>

#include "golden.hpp"
#include "report/junit_writer.hpp"
#include "render.hpp"
#include "report_fixture.hpp"

namespace plancheck::report {
namespace {

using testing::expect_golden;
using testing::sample_report;

std::string junit_of(const RunReport& report) { return testing::render(JunitWriter(), report); }

struct Parsed {
  pugi::xml_document doc;
  pugi::xml_node suites;
};

void parse(const std::string& text, Parsed& parsed) {
  const pugi::xml_parse_result ok = parsed.doc.load_string(text.c_str());
  ASSERT_TRUE(ok) << ok.description() << "\n" << text;
  parsed.suites = parsed.doc.child("testsuites");
  ASSERT_TRUE(parsed.suites);
}

pugi::xml_node testcase(pugi::xml_node suite, const char* rule) {
  return suite.find_child_by_attribute("testcase", "name", rule);
}

TEST(JunitWriter, MatchesExpectedFile) { expect_golden("report.junit.xml", junit_of(sample_report())); }

TEST(JunitWriter, OneSuitePerPlanWithCounts) {
  Parsed p;
  parse(junit_of(sample_report()), p);
  const pugi::xml_node plan = p.suites.child("testsuite");
  EXPECT_STREQ(plan.attribute("name").value(), "plans/xinzhou.txt");
  EXPECT_EQ(plan.attribute("tests").as_int(), 4);
  EXPECT_EQ(plan.attribute("failures").as_int(), 2);
  EXPECT_EQ(plan.attribute("errors").as_int(), 0);
  EXPECT_EQ(plan.attribute("skipped").as_int(), 1);
  EXPECT_EQ(std::distance(plan.children("testcase").begin(), plan.children("testcase").end()), 4);
  EXPECT_STREQ(plan.child("properties").find_child_by_attribute("property", "name", "score").attribute("value").value(),
               "38");
}

TEST(JunitWriter, FailuresCarryMessageSeverityAndLocation) {
  Parsed p;
  parse(junit_of(sample_report()), p);
  const pugi::xml_node plan = p.suites.child("testsuite");
  const pugi::xml_node drill = testcase(plan, "drill.frequency");
  EXPECT_STREQ(drill.attribute("classname").value(), "prevention");
  const pugi::xml_node failure = drill.child("failure");
  ASSERT_TRUE(failure);
  EXPECT_STREQ(failure.attribute("type").value(), "error");
  EXPECT_EQ(std::string(failure.attribute("message").value()).rfind("演练频次不明确", 0), 0U);
  const std::string body = failure.text().get();
  EXPECT_NE(body.find("plans/xinzhou.txt:96:2: 演练频次不明确"), std::string::npos) << body;
  EXPECT_NE(body.find("建议：写明“每年至少组织一次预案演练”"), std::string::npos) << body;
  const std::string contact = testcase(plan, "role.contact").child("failure").text().get();
  EXPECT_EQ(contact.rfind("plans/xinzhou.txt: 未指定联络员", 0), 0U) << "no location: the path alone";
  EXPECT_FALSE(testcase(plan, "structure.basis").first_child()) << "a pass has no child";
}

TEST(JunitWriter, NotApplicableAndWaivedAreSkippedWithTheReason) {
  RunReport report = sample_report();
  report.plans[0].results[2].status = Status::Waived;
  report.plans[0].results[2].note = "approved by CISO";
  Parsed p;
  parse(junit_of(report), p);
  const pugi::xml_node plan = p.suites.child("testsuite");
  EXPECT_STREQ(testcase(plan, "prevention.publicity").child("skipped").attribute("message").value(),
               "不适用: no prevention section");
  EXPECT_STREQ(testcase(plan, "role.contact").child("skipped").attribute("message").value(), "已豁免: approved by CISO");
  EXPECT_FALSE(testcase(plan, "role.contact").child("failure"));
  EXPECT_EQ(plan.attribute("skipped").as_int(), 2);
  EXPECT_EQ(plan.attribute("failures").as_int(), 1);
}

TEST(JunitWriter, UnreadablePlanIsASuiteWithOneError) {
  Parsed p;
  parse(junit_of(sample_report(Lang::En)), p);
  const pugi::xml_node broken = p.suites.find_child_by_attribute("testsuite", "name", "plans/broken.txt");
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken.attribute("errors").as_int(), 1);
  EXPECT_EQ(broken.attribute("tests").as_int(), 1);
  const pugi::xml_node error = broken.child("testcase").child("error");
  EXPECT_STREQ(error.attribute("message").value(), "invalid GB18030 sequence");
  EXPECT_STREQ(error.attribute("type").value(), "encoding");
  EXPECT_STREQ(broken.child("testcase").attribute("name").value(), "read plan");
}

TEST(JunitWriter, MarkupControlCharactersAndBadBytesStayWellFormed) {
  RunReport report = sample_report();
  report.plans[0].path = "plans/<a & \"b\">.txt";
  report.plans[0].results[0].findings[0].message = "bad \xff byte, bell \x07, </failure> ]]>";
  Parsed p;
  parse(junit_of(report), p);
  EXPECT_STREQ(p.suites.child("testsuite").attribute("name").value(), "plans/<a & \"b\">.txt");
  const std::string message = testcase(p.suites.child("testsuite"), "drill.frequency").child("failure").attribute("message").value();
  EXPECT_EQ(message, "bad \xEF\xBF\xBD byte, bell \xEF\xBF\xBD, </failure> ]]>");
}

TEST(JunitWriter, EmptyRunIsAnEmptyTestsuites) {
  RunReport report = sample_report();
  report.plans.clear();
  Parsed p;
  parse(junit_of(report), p);
  EXPECT_FALSE(p.suites.first_child());
}

}  // namespace
}  // namespace plancheck::report
