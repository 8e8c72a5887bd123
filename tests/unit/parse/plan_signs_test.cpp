// Files with no sign of being an emergency plan are set apart; every real plan we hold is still a plan.
#include <gtest/gtest.h>

#include <filesystem>

#include "parse/plan_signs.hpp"
#include "text/ingest.hpp"

namespace plancheck::parse {
namespace {

namespace fs = std::filesystem;

std::optional<MsgId> reason(std::string_view text) {
  const auto why = not_a_plan_reason(text);
  return why ? std::optional<MsgId>(why->id) : std::nullopt;
}

TEST(PlanSigns, EnglishDocumentsAndNotesAreNotPlans) {
  EXPECT_EQ(reason("# plancheck\n\nA compliance checker. Run `plancheck check plans/`.\n"), MsgId::NotAPlanNoChinese);
  EXPECT_EQ(reason("会议记录：周三下午讨论预算。\n"), MsgId::NotAPlanNoChinese);  // a one-line note
  // A README quoting a few Chinese terms is still an English document.
  std::string readme = "# Emergency plan checker\n\nChecks 网络安全事件应急预案 (incident emergency plans).\n";
  for (int i = 0; i < 20; ++i) readme += "It reads Markdown, plain text and XML, and writes reports for teams.\n";
  EXPECT_EQ(reason(readme), MsgId::NotAPlanNoChinese);
}

TEST(PlanSigns, ChineseTextWithoutPlanVocabularyOrStructureIsNotAPlan) {
  EXPECT_EQ(reason("今天天气很好，我们去公园散步，看到了很多花草树木，还有小朋友在放风筝，大家都很开心。\n"),
            MsgId::NotAPlanNoVocabulary);
}

TEST(PlanSigns, ShortAndTraditionalPlansArePlans) {
  EXPECT_EQ(reason("本单位网络安全事件应急预案：发生事件后立即报告，每年组织一次演练。\n"), std::nullopt);
  EXPECT_EQ(reason("本公司網絡安全事件應急預案：發生事件後立即報告主管部門，每年組織一次演練。\n"), std::nullopt);
  // No plan word at all, but the numbered structure of one.
  EXPECT_EQ(reason("一、总则\n为保障本单位信息系统的安全运行，制定本办法。\n二、组织机构\n由信息中心负责日常工作。\n"),
            std::nullopt);
}

// Ideographs of every block count (U+4E00.., U+5000..U+9FFF, extension A, compatibility ideographs); Yijing
// hexagrams (U+4DC0..), next to extension A in UTF-8, do not.
TEST(PlanSigns, IdeographsOfEveryBlockCountAndSymbolsDoNot) {
  const std::string plan_words = "应急预案";  // 4 ideographs and the vocabulary
  std::string ideographs;
  for (int i = 0; i < 4; ++i) ideographs += "\u4E00\u9FA5\u3400\uF900";  // 16 more: 20 in all
  EXPECT_EQ(reason(plan_words + ideographs + std::string(20, 'a')), std::nullopt);
  EXPECT_EQ(reason(plan_words + ideographs + std::string(21, 'a')), MsgId::NotAPlanNoChinese);  // more Latin
  std::string hexagrams;
  for (int i = 0; i < 16; ++i) hexagrams += "\u4DC0";
  EXPECT_EQ(reason(plan_words + hexagrams), MsgId::NotAPlanNoChinese);  // 4 ideographs only
}

// A '<' with no '>' after it opens no tag: it is text, and so is what follows it (many of them must not make
// the scan quadratic either: BM_UnclosedAngles). The letters inside a tag do not count.
TEST(PlanSigns, UnclosedAnglesAreTextAndTagsAreSkipped) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "应急<a";
  EXPECT_EQ(reason(text), std::nullopt);  // 24 ideographs, 12 letters
  const std::string words = "应急预案应急预案应急预案应急预案应急预案应急预案";  // 24 ideographs
  const std::string attribute(60, 'x');
  EXPECT_EQ(reason("<section title='" + attribute + "'>" + words + "</section>"), std::nullopt);
  EXPECT_EQ(reason(attribute + words), MsgId::NotAPlanNoChinese);  // the same letters outside a tag
}

// Every plan in the samples and test data, in every encoding, is still a plan.
TEST(PlanSigns, EveryBundledPlanIsAPlan) {
  const fs::path root(PLANCHECK_SOURCE_DIR);
  int seen = 0;
  for (const char* folder : {"samples", "tests/data/seeds", "tests/data/realistic", "tests/data/xml"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
      const std::string ext = entry.path().extension().string();
      // samples/rulesets holds rulesets, not plans.
      if (!entry.is_regular_file() || entry.path().filename() == "README.md" ||
          entry.path().parent_path().filename() == "rulesets") {
        continue;
      }
      if (ext != ".md" && ext != ".txt" && ext != ".xml") continue;
      const auto decoded = text::read_text_file(entry.path().string());
      ASSERT_TRUE(decoded.ok()) << entry.path();
      EXPECT_EQ(reason(decoded.value().utf8), std::nullopt) << entry.path();
      ++seen;
    }
  }
  EXPECT_GT(seen, 15);
  for (const char* readme : {"samples/README.md", "tests/data/seeds/README.md"}) {
    const auto decoded = text::read_text_file((root / readme).string());
    ASSERT_TRUE(decoded.ok()) << readme;
    EXPECT_EQ(reason(decoded.value().utf8), MsgId::NotAPlanNoChinese) << readme;
  }
}

}  // namespace
}  // namespace plancheck::parse
