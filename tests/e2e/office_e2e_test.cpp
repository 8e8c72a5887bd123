// Word, PDF and OpenDocument plans end to end: each sample gives the same status for every rule as its text
// twin; what cannot be read is a one-line error while the rest of the batch is checked; findings point at
// paragraphs and pages.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <sstream>
#include <string>

#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

using Json = nlohmann::json;

Json check_json(const std::vector<std::string>& paths) {
  std::vector<std::string> args = paths;
  args.insert(args.end(), {"--format", "json", "--fail-on", "never", "--errors-exit-code", "0"});
  const Outcome run = run_with_data("check", args);
  EXPECT_EQ(run.code, 0) << run.err;
  return Json::parse(run.out, nullptr, false);
}

std::map<std::string, std::string> statuses(const Json& plan) {
  std::map<std::string, std::string> out;
  for (const Json& r : plan.at("results")) out[r.at("rule").get<std::string>()] = r.at("status").get<std::string>();
  return out;
}

TEST(OfficeSamples, SameStatusForEveryRuleAsTheTextTwin) {
  const std::pair<const char*, const char*> twins[] = {
      {"national-plan", "samples/national-plan.md"},
      {"chongqing-plan", "samples/chongqing-plan.md"},
      {"xinzhou-plan", "samples/xinzhou-plan.txt"},
      {"compliant-plan", "samples/compliant-plan.xml"},
  };
  for (const auto& [name, twin] : twins) {
    const Json expected = check_json({twin});
    ASSERT_TRUE(expected.is_object()) << twin;
    const auto want = statuses(expected.at("plans").at(0));
    for (const char* ext : {".docx", ".pdf", ".odt"}) {
      const std::string path = std::string("samples/office/") + name + ext;
      const Json got = check_json({path});
      ASSERT_TRUE(got.is_object()) << path;
      const Json& plan = got.at("plans").at(0);
      ASSERT_TRUE(plan.at("error").is_null()) << path << ": " << plan.at("error").dump();
      EXPECT_EQ(plan.at("format").get<std::string>(), std::string(ext + 1)) << path;
      EXPECT_FALSE(plan.at("extraction").get<std::string>().empty()) << path;
      const auto have = statuses(plan);
      for (const auto& [rule, status] : want) {
        EXPECT_EQ(have.count(rule) ? have.at(rule) : "missing", status) << path << " " << rule << " (twin " << twin << ")";
      }
    }
  }
}

TEST(OfficeSamples, DeletedRevisionsCommentsHeadersAndFootersNeverReachTheReport) {
  const Outcome run = run_with_data("check", {"samples/office", "--format", "json", "--fail-on", "never", "-v"});
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("samples/office/chongqing-plan.docx"), std::string::npos);
  for (const char* absent : {"不得出现在报告中", "不属于预案正文", "审阅批注"}) {
    EXPECT_EQ(run.out.find(absent), std::string::npos) << absent;
  }
}

TEST(OfficeSamples, FindingsNameParagraphAndSectionOrPageAndLine) {
  const Outcome docx = run_with_data("check", {"samples/office/xinzhou-plan.docx", "--lang", "en", "--color", "never"});
  EXPECT_EQ(docx.code, 1) << docx.err;
  EXPECT_NE(docx.out.find("samples/office/xinzhou-plan.docx:\u00B6"), std::string::npos) << docx.out;
  EXPECT_NE(docx.out.find("  section: "), std::string::npos) << docx.out;
  const Outcome pdf = run_with_data("check", {"samples/office/xinzhou-plan.pdf", "--lang", "en", "--color", "never"});
  EXPECT_NE(pdf.out.find("samples/office/xinzhou-plan.pdf:p"), std::string::npos) << pdf.out;

  const Outcome sarif = run_with_data("check", {"samples/office/xinzhou-plan.docx", "--format", "sarif", "--fail-on", "never"});
  const Json log = Json::parse(sarif.out, nullptr, false);
  ASSERT_TRUE(log.is_object());
  bool paragraph = false;
  bool section = false;
  for (const Json& r : log.at("runs").at(0).at("results")) {
    const Json& region = r.at("locations").at(0).at("physicalLocation").value("region", Json::object());
    if (region.contains("properties") && region.at("properties").contains("paragraph")) {
      paragraph = true;
      EXPECT_EQ(region.at("startLine"), region.at("properties").at("paragraph"));
      section = section || r.at("locations").at(0).contains("logicalLocations");
    }
  }
  EXPECT_TRUE(paragraph) << "a SARIF result with its paragraph";
  EXPECT_TRUE(section) << "a SARIF result with its section as a logical location";

  const Outcome html = run_with_data("check", {"samples/office/xinzhou-plan.pdf", "--format", "html", "--fail-on", "never"});
  EXPECT_NE(html.out.find("页第"), std::string::npos);
  const Outcome html_docx = run_with_data("check", {"samples/office/xinzhou-plan.docx", "--format", "html", "--fail-on", "never", "--lang", "en"});
  EXPECT_NE(html_docx.out.find("paragraph "), std::string::npos);
}

TEST(OfficeSamples, UnreadableFilesAreOneLineErrorsAndTheBatchGoesOn) {
  const Outcome run = run_with_data("check", {"tests/data/office", "samples/office/xinzhou-plan.docx", "--lang", "en",
                                              "--color", "never", "--format", "json", "--fail-on", "never"});
  EXPECT_EQ(run.code, 2) << run.err;
  const Json report = Json::parse(run.out, nullptr, false);
  ASSERT_TRUE(report.is_object()) << run.out;
  const std::map<std::string, std::string> causes = {
      {"tests/data/office/bomb.docx", "zip bomb"},       {"tests/data/office/encrypted.docx", "encrypted"},
      {"tests/data/office/legacy.doc", "soffice"},       {"tests/data/office/legacy.wps", "soffice"},
      {"tests/data/office/scanned.pdf", "OCR"},          {"tests/data/office/truncated.docx", "truncated"},
  };
  std::size_t checked = 0;
  for (const Json& plan : report.at("plans")) {
    const std::string path = plan.at("path");
    if (plan.at("error").is_null()) {
      EXPECT_EQ(path, "samples/office/xinzhou-plan.docx");
      EXPECT_FALSE(plan.at("results").empty());
      ++checked;
      continue;
    }
    ASSERT_TRUE(causes.count(path)) << path;
    const std::string message = plan.at("error").at("message");
    EXPECT_NE(message.find(causes.at(path)), std::string::npos) << path << ": " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << path;
  }
  EXPECT_EQ(checked, 1u);
  EXPECT_EQ(report.at("plans").size(), causes.size() + 1);
}

}  // namespace
}  // namespace plancheck::e2e
