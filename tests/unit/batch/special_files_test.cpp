// Every file plancheck reads besides plans — rulesets (and their extends=), waivers, baselines, JSON reports
// for merge and history, organisation profiles — is refused when it is not a regular file: a FIFO nobody
// writes to used to block the run in open(), and /dev/zero to be read until memory ran out.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "../../support/test_folder.hpp"
#include "batch/baseline.hpp"
#include "batch/org_profile.hpp"
#include "batch/report_reader.hpp"
#include "ruleset/ruleset_file.hpp"
#include "waivers/waiver_file.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::batch {
namespace {

class SpecialFiles : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { ASSERT_EQ(::mkfifo(fifo_.c_str(), 0600), 0); }

  // The path under test: a FIFO with no writer, or a character device that never ends.
  std::string path() const { return GetParam() == "fifo" ? fifo_ : GetParam(); }

  plancheck::testing::TestFolder folder_{"plancheck-special"};
  const std::string fifo_ = (folder_.path() / "fifo").string();
};

TEST_P(SpecialFiles, ARulesetIsRefused) {
  const auto read = ruleset::read_ruleset_file(path(), nullptr);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().kind, ErrorKind::Ruleset);
  EXPECT_NE(read.error().message.text(Lang::En).find("not a regular file"), std::string::npos) << read.error().message.text(Lang::En);
}

TEST_P(SpecialFiles, AWaiverFileIsRefused) {
  const auto schema = xml::Schema::load(std::string(PLANCHECK_SOURCE_DIR) + "/schemas/waivers.xsd");
  ASSERT_TRUE(schema.ok());
  const auto read = waivers::read_waiver_file(path(), *schema.value());
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.error().message.text(Lang::En).find("not a regular file"), std::string::npos) << read.error().message.text(Lang::En);
}

TEST_P(SpecialFiles, ABaselineIsRefused) {
  const auto read = Baseline::read(path());
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.error().message.text(Lang::En).find("not a regular file"), std::string::npos) << read.error().message.text(Lang::En);
}

TEST_P(SpecialFiles, AJsonReportIsRefused) {
  const auto read = read_json_report(path());
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.error().message.text(Lang::En).find("not a regular file"), std::string::npos) << read.error().message.text(Lang::En);
}

TEST_P(SpecialFiles, AnOrganisationProfileIsRefusedInTheChosenLanguage) {
  const auto read = read_org_profile(path());
  ASSERT_FALSE(read.ok());
  const std::string en = read.error().message.text(Lang::En);
  EXPECT_NE(en.find("cannot open the organisation profile: not a regular file"), std::string::npos) << en;
  const std::string zh = read.error().message.text(Lang::Zh);
  EXPECT_NE(zh.find("无法打开机构类型配置文件（原因：不是普通文件）"), std::string::npos) << zh;
}

INSTANTIATE_TEST_SUITE_P(FifoAndDevice, SpecialFiles, ::testing::Values(std::string("fifo"), std::string("/dev/zero")),
                         [](const auto& info) { return info.param == "fifo" ? std::string("Fifo") : std::string("DevZero"); });

}  // namespace
}  // namespace plancheck::batch
