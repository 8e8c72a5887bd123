// Which rulesets a check applies: the named ones, then every bundled supplement in force; a bundled
// ruleset that says it is no supplement is not even read.
#include <gtest/gtest.h>

#include "../ruleset/ruleset_fixture.hpp"
#include "cli/ruleset_source.hpp"
#include "text/ingest.hpp"

namespace plancheck::cli {
namespace {

// A complete ruleset `id` with one section rule; `attrs` go on its root element.
std::string ruleset(const std::string& id, const std::string& attrs = "") {
  std::string text = testing::ruleset_text(testing::section_rule("structure.purpose-" + id), attrs);
  text.replace(text.find("id=\"t\""), 6, "id=\"" + id + "\"");
  return text;
}

// A data folder holding the bundled schema and, in rulesets/, these files.
struct DataDir {
  testing::TempDir dir{"select"};
  DataDir() { dir.write("schemas/ruleset.xsd", text::read_file_bytes(testing::data_dir() + "/schemas/ruleset.xsd").value()); }
  void add(const std::string& id, const std::string& text) const { dir.write("rulesets/" + id + ".xml", text); }
  std::string path() const { return dir.path().string(); }
};

std::vector<std::string> ids(const batch::Rulesets& rulesets) {
  std::vector<std::string> out;
  for (const auto& rs : rulesets) out.push_back(rs->id);
  return out;
}

TEST(SelectRulesets, TheNamedThenTheSupplementsInForce) {
  DataDir data;
  data.add("base", ruleset("base"));
  data.add("other", ruleset("other"));
  data.add("sup", ruleset("sup", " supplement=\"true\" effective-from=\"2025-11-01\""));
  data.add("sup1", ruleset("sup1", " supplement=\"1\""));
  data.add("later", ruleset("later", " supplement=\"true\" effective-from=\"2030-01-01\""));
  const auto selected = select_rulesets({"base"}, data.path(), "2026-12-04", false);
  ASSERT_TRUE(selected.ok()) << selected.error().to_string(Lang::En);
  EXPECT_EQ(ids(selected.value()), (std::vector<std::string>{"base", "sup", "sup1"}));
  const auto in_2031 = select_rulesets({"base"}, data.path(), "2031-01-01", false);
  ASSERT_TRUE(in_2031.ok());
  EXPECT_EQ(ids(in_2031.value()), (std::vector<std::string>{"base", "later", "sup", "sup1"}));
  const auto exact = select_rulesets({"base"}, data.path(), "2026-12-04", true);
  ASSERT_TRUE(exact.ok());
  EXPECT_EQ(ids(exact.value()), (std::vector<std::string>{"base"}));
}

// A bundled ruleset that is no supplement is never applied unless named, so its faults do not stop a check;
// a supplement's faults, and a file that cannot be read as XML at all, still do.
TEST(SelectRulesets, OnlyRulesetsThatMayApplyAreLoaded) {
  DataDir data;
  data.add("base", ruleset("base"));
  data.add("unused", "<?xml version=\"1.0\"?>\n<ruleset id=\"unused\" version=\"1\">\n  <nonsense/>\n</ruleset>\n");
  const auto selected = select_rulesets({"base"}, data.path(), "2026-12-04", false);
  ASSERT_TRUE(selected.ok()) << selected.error().to_string(Lang::En);
  EXPECT_EQ(ids(selected.value()), (std::vector<std::string>{"base"}));
  // Named, it is loaded and refused.
  EXPECT_FALSE(select_rulesets({"unused"}, data.path(), "2026-12-04", false).ok());

  data.add("broken-sup", "<?xml version=\"1.0\"?>\n<ruleset id=\"broken-sup\" version=\"1\" supplement=\"true\">\n  <nonsense/>\n</ruleset>\n");
  const auto broken = select_rulesets({"base"}, data.path(), "2026-12-04", false);
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().to_string(Lang::En).find("broken-sup.xml"), std::string::npos) << broken.error().to_string(Lang::En);

  DataDir data2;
  data2.add("base", ruleset("base"));
  data2.add("cut", "<?xml version=\"1.0\"?>\n<ruleset id=\"cut\" version=\"1\"");
  const auto cut = select_rulesets({"base"}, data2.path(), "2026-12-04", false);
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().to_string(Lang::En).find("cut.xml"), std::string::npos) << cut.error().to_string(Lang::En);
}

}  // namespace
}  // namespace plancheck::cli
