// plan.copied-parent on whole plans: the national plan with its organisation replaced, the compliant sample.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

Json first_plan(const Outcome& run) {
  const Json doc = Json::parse(run.out, nullptr, false);
  if (doc.is_discarded() || !doc.contains("plans") || doc.at("plans").empty()) {
    ADD_FAILURE() << "no JSON report: " << run.err;
    return Json::object();
  }
  return doc.at("plans").at(0);
}

Json result_of(const Json& plan, const std::string& rule) {
  for (const Json& r : plan.value("results", Json::array())) {
    if (r.at("rule") == rule) return r;
  }
  ADD_FAILURE() << "no result for " << rule;
  return Json::object();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  return text;
}

TEST(CopiedParent, TheNationalPlanUnderAnotherNameFailsAndIsMostlyCopied) {
  const plancheck::testing::TestFolder folder("plancheck-copied");
  const fs::path& dir = folder.path();
  // The national plan's text with the organisation's name put in place of the plan's own name and of 中央网信办.
  std::string text = read_whole(PLANCHECK_SOURCE_DIR "/tests/data/seeds/000_national.txt");
  text = replaced(text, "国家网络安全事件应急预案", "青石市大数据局网络安全事件应急预案");
  text = replaced(text, "中央网信办", "青石市大数据局");
  const fs::path plan = dir / "copied.md";
  std::ofstream(plan, std::ios::binary) << text;
  const Outcome run = run_with_data("check", {plan.string(), "--format", "json", "--fail-on", "never"});
  ASSERT_EQ(run.code, 0) << run.err;
  const Json p = first_plan(run);
  ASSERT_TRUE(p.contains("copied_share")) << p.dump().substr(0, 400);
  EXPECT_GT(p.at("copied_share").get<double>(), 0.5);
  const Json r = result_of(p, "plan.copied-parent");
  EXPECT_EQ(r.at("status"), "fail");
  bool quotes_provinces = false;
  for (const Json& f : r.at("findings")) {
    const std::string message = f.at("message");
    EXPECT_NE(message.find("《国家网络安全事件应急预案》"), std::string::npos) << message;
    if (message.find("各省（区、市）") != std::string::npos && f.at("evidence").get<std::string>().find("各省（区、市）") != std::string::npos) {
      quotes_provinces = true;
    }
  }
  EXPECT_TRUE(quotes_provinces) << r.dump().substr(0, 2000);
  EXPECT_NE(r.at("note").get<std::string>().find("%"), std::string::npos);
}

TEST(CopiedParent, TheCompliantSampleIsItsOwnText) {
  const Outcome run = run_with_data("check", {"samples/compliant-plan.xml", "--format", "json", "--fail-on", "never"});
  ASSERT_EQ(run.code, 0) << run.err;
  const Json p = first_plan(run);
  ASSERT_TRUE(p.contains("copied_share"));
  EXPECT_LT(p.at("copied_share").get<double>(), 0.1);
  EXPECT_EQ(result_of(p, "plan.copied-parent").at("status"), "pass");
}

TEST(CopiedParent, TheNationalPlanItselfIsNotApplicable) {
  const Outcome run = run_with_data("check", {"tests/data/seeds/000_national.txt", "--format", "json", "--fail-on", "never"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(result_of(first_plan(run), "plan.copied-parent").at("status"), "not-applicable");
}

}  // namespace
}  // namespace plancheck::e2e
