// A rule that does not apply says why in the report's language: a Chinese report (the default) carried
// English notes ("the plan cites no document", "no numbered headings" …) in its 备注 column.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

bool has_han(const std::string& s) {
  // Han characters U+4E00..U+9FFF are E4 B8 80 .. E9 BF BF in UTF-8.
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0xE4 && b <= 0xE9) return true;
  }
  return false;
}

class NotesLanguage : public ::testing::Test {
 protected:
  void SetUp() override {
    // No numbered heading, no citation, no task given to a body, nothing the parent plan says: the
    // numbering, citation, superseded, article-number and defined-bodies rules do not apply.
    std::ofstream(root_ / "plain.txt") << "某单位网络安全事件应急预案\n\n总则\n\n本预案适用于本单位网络安全事件的应对工作。\n";
    // The national plan's own title: plan.copied-parent does not compare a reference text with itself.
    std::ofstream(root_ / "itself.txt") << "国家网络安全事件应急预案\n\n总则\n\n本预案适用于网络安全事件的应对工作。\n";
  }

  // The notes of every not-applicable result, over every bundled ruleset, in `lang`.
  std::set<std::string> notes(const std::string& lang) {
    std::set<std::string> out;
    for (const char* ruleset : {"cn-national-2017", "cn-miit-2017", "cn-reporting-2025"}) {
      const Outcome run = run_with_data("check", {root_.string(), "--ruleset", ruleset, "--as-of", "2026-06-01",
                                                  "--lang", lang, "--format", "json", "--fail-on", "never"});
      EXPECT_EQ(run.code, 0) << run.err;
      const Json j = Json::parse(run.out, nullptr, false);
      if (j.is_discarded()) {
        ADD_FAILURE() << run.out;
        continue;
      }
      for (const Json& plan : j["plans"]) {
        for (const Json& r : plan["results"]) {
          if (r["status"] == "not-applicable" && !r["note"].get<std::string>().empty()) out.insert(r["note"].get<std::string>());
        }
      }
    }
    return out;
  }

  plancheck::testing::TestFolder folder_{"plancheck-notes"};
  const fs::path root_ = folder_.path();
};

TEST_F(NotesLanguage, ChineseReportsGiveChineseNotesAndEnglishOnesEnglish) {
  const std::set<std::string> zh = notes("zh");
  const std::set<std::string> en = notes("en");
  EXPECT_GE(zh.size(), 6u);  // numbering, article numbers, catalogue, superseded, defined bodies, itself
  for (const std::string& note : zh) EXPECT_TRUE(has_han(note)) << "an English note in a Chinese report: " << note;
  EXPECT_EQ(zh.size(), en.size());
  for (const char* expected : {"没有带编号的标题", "预案未引用任何文件", "预案未按条号引用法律条文", "预案未引用目录中的标准"}) {
    EXPECT_EQ(zh.count(expected), 1u) << expected;
  }
  EXPECT_EQ(zh.count("预案即参照文本本身（《国家网络安全事件应急预案》）"), 1u);
  for (const char* expected : {"no numbered headings", "the plan cites no document"}) EXPECT_EQ(en.count(expected), 1u) << expected;
}

}  // namespace
}  // namespace plancheck::e2e
