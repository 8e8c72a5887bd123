#include <gtest/gtest.h>

#include <ctime>

#include "../../support/test_names.hpp"
#include "waivers/apply.hpp"
#include "waivers/today.hpp"
#include "waivers/waiver_file.hpp"

namespace plancheck::waivers {
namespace {

const std::string kData = std::string(PLANCHECK_TEST_DATA) + "/waivers/";

const xml::Schema& schema() {
  static const auto loaded = xml::Schema::load(std::string(PLANCHECK_SOURCE_DIR) + "/schemas/waivers.xsd");
  EXPECT_TRUE(loaded.ok());
  return *loaded.value();
}

TEST(WaiverFile, ReadsEveryWaiverInOrder) {
  const auto waivers = read_waiver_file(kData + "valid.xml", schema());
  ASSERT_TRUE(waivers.ok()) << waivers.error().to_string(Lang::En);
  ASSERT_EQ(waivers.value().size(), 3u);
  const Waiver& w = waivers.value()[0];
  EXPECT_EQ(w.rule, "structure.numbering");
  EXPECT_EQ(w.plans, "samples/chongqing*.md");
  EXPECT_EQ(w.approver, "张三");
  EXPECT_EQ(w.expires, "2099-12-31");
  EXPECT_EQ(w.justification, "第八章的编号沿用上级单位模板，修订时统一调整。");
  EXPECT_EQ(w.line, 4);
  EXPECT_TRUE(covers(waivers.value()[2], "basis.superseded", "samples/chongqing-plan.md"));
  EXPECT_FALSE(covers(waivers.value()[2], "basis.superseded", "samples/xinzhou-plan.txt"));
}

struct BadFile {
  const char* file;
  ErrorKind kind;
  int line;
};

std::ostream& operator<<(std::ostream& os, const BadFile& c) { return os << c.file; }

class BadWaiverFileTest : public ::testing::TestWithParam<BadFile> {};

TEST_P(BadWaiverFileTest, IsAToolErrorWithItsPosition) {
  const auto waivers = read_waiver_file(kData + GetParam().file, schema());
  ASSERT_FALSE(waivers.ok());
  EXPECT_EQ(waivers.error().kind, GetParam().kind) << waivers.error().to_string(Lang::En);
  EXPECT_EQ(waivers.error().location.line, GetParam().line) << waivers.error().to_string(Lang::En);
  EXPECT_EQ(waivers.error().file, kData + GetParam().file);
}

INSTANTIATE_TEST_SUITE_P(Table, BadWaiverFileTest,
                         ::testing::Values(BadFile{"no-approver.xml", ErrorKind::Schema, 2},
                                           BadFile{"no-justification.xml", ErrorKind::Schema, 2},
                                           BadFile{"bad-date.xml", ErrorKind::Schema, 2},
                                           BadFile{"not-well-formed.xml", ErrorKind::Syntax, 3},
                                           BadFile{"entity.xml", ErrorKind::Forbidden, 2},
                                           BadFile{"missing.xml", ErrorKind::Unreadable, 0}),
                         [](const auto& info) { return plancheck::testing::identifier(info.param.file); });

TEST(WaiverFile, LoadSettingsWithoutAFileNeedsNoSchema) {
  const auto settings = load_settings("", "/nonexistent.xsd", false);
  ASSERT_TRUE(settings.ok());
  EXPECT_FALSE(settings.value().inline_suppressions);
  EXPECT_EQ(settings.value().waivers, nullptr);
}

TEST(Today, FormatsUtcDays) {
  EXPECT_EQ(iso_date(0), "1970-01-01");
  EXPECT_EQ(iso_date(1782777599), "2026-06-29");  // 23:59:59 UTC
  EXPECT_EQ(iso_date(1782777600), "2026-06-30");
}

TEST(Today, ComesFromSourceDateEpochWhenSet) {
  ::setenv("SOURCE_DATE_EPOCH", "1782777600", 1);
  EXPECT_EQ(today(), "2026-06-30");
  ::setenv("SOURCE_DATE_EPOCH", "not a number", 1);
  EXPECT_EQ(today(), iso_date(static_cast<long long>(std::time(nullptr))));
  ::unsetenv("SOURCE_DATE_EPOCH");
}

}  // namespace
}  // namespace plancheck::waivers
