// --org-profile: the CSV of organisation kinds by path glob, and the order kinds are chosen in.
#include <gtest/gtest.h>

#include "../../support/test_folder.hpp"
#include "batch/check_plan.hpp"
#include "batch/org_profile.hpp"

namespace plancheck::batch {
namespace {

using plancheck::testing::TestFolder;

TEST(OrgProfile, ReadsColumnsInAnyOrderAndTheFirstMatchWins) {
  const TestFolder folder("plancheck-org-profile");
  const std::string file = folder.write("kinds.csv",
                                        "\xEF\xBB\xBF" "kind,name,path\r\n"
                                        "cii,\"某电网公司, 调度中心\",filed/power/**\r\n"
                                        "central,,filed/**/ministry-*.md\r\n"
                                        "other,,filed/**\r\n");
  auto profile = read_org_profile(file);
  ASSERT_TRUE(profile.ok()) << profile.error().to_string(Lang::En);
  ASSERT_EQ(profile.value().rows.size(), 3U);
  const OrgProfileRow* power = profile.value().match("filed/power/a/grid.md");
  ASSERT_NE(power, nullptr);
  EXPECT_EQ(power->kind, OrgKind::Cii);
  EXPECT_EQ(power->name, "某电网公司, 调度中心");
  EXPECT_EQ(profile.value().match("filed/x/ministry-finance.md")->kind, OrgKind::Central);
  EXPECT_EQ(profile.value().match("filed/shop.md")->kind, OrgKind::Other);
  EXPECT_EQ(profile.value().match("elsewhere/shop.md"), nullptr);
}

TEST(OrgProfile, BadFilesAreErrorsNamingTheLine) {
  struct Case {
    const char* content;
    int line;
    const char* says;
  };
  const TestFolder folder("plancheck-org-profile");
  for (const Case& c : {Case{"path,name\n*.md,x\n", 1, "path and kind"}, Case{"path,kind\n*.md,province\n", 2, "province"},
                        Case{"path,kind\n,cii\n", 2, "empty"}, Case{"path,kind\n\"*.md,cii\n", 2, "quoted"}}) {
    auto profile = read_org_profile(folder.write("bad.csv", c.content));
    ASSERT_FALSE(profile.ok()) << c.content;
    EXPECT_EQ(profile.error().kind, ErrorKind::Usage);
    EXPECT_EQ(profile.error().location.line, c.line) << c.content;
    EXPECT_NE(profile.error().message.text(Lang::En).find(c.says), std::string::npos) << profile.error().message.text(Lang::En);
    EXPECT_NE(profile.error().to_string(Lang::Zh), profile.error().to_string(Lang::En));
  }
  EXPECT_FALSE(read_org_profile((folder.path() / "no-such.csv").string()).ok());
}

TEST(OrgKindFor, DeclaredThenProfileThenThePlan) {
  const OrgKindInfo from_plan{OrgKind::Central, OrgKindSource::Plan, "本部是中央和国家机关部门。", {}, {}};
  CheckOptions options;
  EXPECT_EQ(org_kind_for("a.md", options, from_plan).source, OrgKindSource::Plan);
  const TestFolder folder("plancheck-org-profile");
  auto profile = read_org_profile(folder.write("p.csv", "path,kind,name\na.md,cii,电网\n"));
  ASSERT_TRUE(profile.ok());
  options.org_profile = std::make_shared<const OrgProfile>(profile.take());
  const OrgKindInfo profiled = org_kind_for("a.md", options, from_plan);
  EXPECT_EQ(profiled.kind, OrgKind::Cii);
  EXPECT_EQ(profiled.source, OrgKindSource::Profile);
  EXPECT_EQ(profiled.name, "电网");
  EXPECT_EQ(org_kind_for("b.md", options, from_plan).source, OrgKindSource::Plan);
  options.org_kind = OrgKind::Other;
  EXPECT_EQ(org_kind_for("a.md", options, from_plan).source, OrgKindSource::Declared);
}

}  // namespace
}  // namespace plancheck::batch
