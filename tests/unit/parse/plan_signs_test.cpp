// Files with no sign of being an emergency plan are set apart; every real plan we hold is still a plan.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "parse/plan_signs.hpp"
#include "text/ingest.hpp"
#include "text/utf8.hpp"

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

// The counts of a plain walk, code point by code point: what count_scripts must give however it reads.
ScriptCounts walked(std::string_view s) {
  const auto ideograph = [](char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FA1F);
  };
  ScriptCounts n;
  bool close_ahead = true;
  for (std::size_t pos = 0; pos < s.size();) {
    const char next = pos + 1 < s.size() ? s[pos + 1] : '\0';
    const bool markup = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '?' || next == '!';
    if (close_ahead && s[pos] == '<' && markup) {
      const std::size_t close = s.find('>', pos + 1);
      if (close != std::string_view::npos) {
        pos = close + 1;
        continue;
      }
      close_ahead = false;
    }
    const char32_t c = text::next_code_point(s, pos);
    if (ideograph(c)) ++n.ideographs;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++n.latin;
  }
  return n;
}

TEST(PlanSigns, CountsScriptsAsAWalkDoesWhateverTheBytes) {
  // Every range edge the counting reads by its bytes, markup, and bytes that are not UTF-8.
  const std::vector<std::string> pieces = {
      "应急预案", "网络安全事件", "一", "不", "中", "事", "件", "信", "\u4DBF", "\u4DC0", "\u4DFF", "\u3400", "\u33FF",
      "\u3007", "\u3001", "\u3002", "\uFF0C", "\uFF1A", "\uF8FF", "\uF900", "\uFAFF", "\uFB00", "\U00020000",
      "\U0002FA1F", "\U0002FA20", "\U0001F600", "\u00B7", "\u2014", "\uE000", "\uD7FF", "abc", "XYZ", "@[`{", "2025",
      " ", "\n", "<", ">", "<a href=\"x\">", "</p>", "<!-- 注 -->", "<?xml?>", "< 不是标签", "\xE5", "\xE4\xB8", "\xE4\xB7",
      "\xE3\x90", "\xEF\xA4", "\xED\xA0\x80", "\xE0\x80\x80", "\xC0\xAF", "\xF0\xA0", "\x80", "\xBF\xBF", "\xFF", "\xF5\x80\x80\x80"};
  std::mt19937 random(20261205);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int count = std::uniform_int_distribution<int>(0, 60)(random);
    for (int i = 0; i < count; ++i) {
      // Mostly Han text, as plans are, so that the runs of whole blocks are long.
      const bool han = std::uniform_int_distribution<int>(0, 2)(random) > 0;
      text += han ? pieces[std::uniform_int_distribution<std::size_t>(0, 7)(random)]
                  : pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
    }
    const ScriptCounts got = count_scripts(text);
    const ScriptCounts want = walked(text);
    ASSERT_EQ(got.ideographs, want.ideographs) << text;
    ASSERT_EQ(got.latin, want.latin) << text;
  }
}

TEST(PlanSigns, CountsTheRangeEdgesOfAWholeBlock) {
  // 18 bytes and more, so that the first 16 are read as one block.
  EXPECT_EQ(count_scripts("\u4DC0\u4DBF\u3400\u33FF\uF900\uFAFF\uFB00ab").ideographs, 4u);
  EXPECT_EQ(count_scripts("\u4DC0\u4DBF\u3400\u33FF\uF900\uFAFF\uFB00ab").latin, 2u);
  EXPECT_EQ(count_scripts("一不中事件信应急预案").ideographs, 10u);
  EXPECT_EQ(count_scripts("\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5\xE5").ideographs, 0u);
  EXPECT_EQ(count_scripts("abcdefghijklmnopqrstuvwxyz@[`{ABCDEFGHIJKLMNOPQRSTUVWXYZ").latin, 52u);
  // Far more than 255 blocks, the most a byte lane can count.
  std::string long_text;
  for (int i = 0; i < 3000; ++i) long_text += "应急预案Plan";
  EXPECT_EQ(count_scripts(long_text).ideographs, 12000u);
  EXPECT_EQ(count_scripts(long_text).latin, 12000u);
}

}  // namespace
}  // namespace plancheck::parse
