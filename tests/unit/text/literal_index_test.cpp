// LiteralIndex must report exactly what a search for every literal at every position finds.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "text/literal_index.hpp"

namespace plancheck::text {
namespace {

std::vector<LiteralHit> brute_force(const std::vector<std::string>& literals, std::string_view text) {
  std::vector<LiteralHit> out;
  for (std::size_t at = 0; at < text.size(); ++at) {
    for (std::size_t end = at + 1; end <= text.size(); ++end) {
      for (std::uint32_t id = 0; id < literals.size(); ++id) {
        // The first of repeated literals takes the hits.
        bool first = true;
        for (std::uint32_t j = 0; j < id; ++j) first = first && literals[j] != literals[id];
        if (first && !literals[id].empty() && text.substr(at, end - at) == literals[id]) {
          out.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end), id});
        }
      }
    }
  }
  return out;
}

std::string show(const std::vector<LiteralHit>& hits) {
  std::string s;
  for (const LiteralHit& h : hits) s += "[" + std::to_string(h.begin) + "," + std::to_string(h.end) + ")#" + std::to_string(h.id) + " ";
  return s;
}

TEST(LiteralIndex, FindsOverlappingAndNestedWords) {
  const std::vector<std::string> words = {"有限公司", "公司", "股份有限公司", "司", "aa"};
  const LiteralIndex index(words);
  std::vector<LiteralHit> hits;
  index.scan("宏达股份有限公司和aaa", hits);
  EXPECT_EQ(show(hits), show(brute_force(words, "宏达股份有限公司和aaa")));
  // 股份有限公司 at 6, 有限公司 at 12, 公司 at 18, 司 at 21, aa twice (overlapping).
  ASSERT_EQ(hits.size(), 6U);
  EXPECT_EQ(hits[0].begin, 6U);
  EXPECT_EQ(hits[0].id, 2U);
  EXPECT_EQ(hits[4].begin, 27U);
  EXPECT_EQ(hits[5].begin, 28U);
  EXPECT_EQ(hits[5].id, 4U);
}

TEST(LiteralIndex, RepeatedAndEmptyWords) {
  const LiteralIndex index({"局", "", "局", "办公室"});
  EXPECT_EQ(index.id_of("局"), 0U);
  EXPECT_EQ(index.id_of("办公室"), 3U);
  EXPECT_EQ(index.id_of("厅"), index.size());
  std::vector<LiteralHit> hits = {{1, 2, 3}};
  index.scan("市局办公室", hits);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_EQ(hits[0].id, 0U);
  EXPECT_EQ(hits[1].id, 3U);
  index.scan("", hits);
  EXPECT_TRUE(hits.empty());
  const LiteralIndex none({""});
  none.scan("任何文字", hits);
  EXPECT_TRUE(hits.empty());
}

// Random texts over a small alphabet (so words occur often and overlap) agree with brute force, also when
// several threads scan at once with one index.
TEST(LiteralIndex, AgreesWithBruteForceOnRandomText) {
  const std::vector<std::string> alphabet = {"局", "公", "司", "办", "a", "b", "。"};
  std::mt19937 rng(14);
  auto random_text = [&](std::size_t chars) {
    std::string s;
    for (std::size_t i = 0; i < chars; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  std::vector<std::string> words;
  for (int i = 0; i < 12; ++i) words.push_back(random_text(1 + rng() % 3));
  const LiteralIndex index(words);
  std::vector<std::string> texts;
  for (int i = 0; i < 200; ++i) texts.push_back(random_text(rng() % 40));
  auto check = [&](std::size_t from, std::size_t step, int* failures) {
    std::vector<LiteralHit> hits;
    for (std::size_t i = from; i < texts.size(); i += step) {
      index.scan(texts[i], hits);
      if (show(hits) != show(brute_force(words, texts[i]))) ++*failures;
    }
  };
  int failures[3] = {0, 0, 0};
  std::thread a(check, 0, 3, &failures[0]);
  std::thread b(check, 1, 3, &failures[1]);
  check(2, 3, &failures[2]);
  a.join();
  b.join();
  EXPECT_EQ(failures[0] + failures[1] + failures[2], 0);
  std::vector<LiteralHit> hits;
  index.scan(texts[5], hits);
  EXPECT_EQ(show(hits), show(brute_force(words, texts[5])));
}

// A database saved (compiled for any x86-64 CPU) and loaded again finds exactly what brute force finds.
TEST(LiteralIndex, ASavedDatabaseLoadsAndFindsTheSame) {
  const std::vector<std::string> words = {"有限公司", "公司", "", "局", "公司", "ab", "b"};
  const LiteralIndex compiled(words, LiteralIndex::Target::AnyX86);
  EXPECT_FALSE(compiled.loaded());
  const std::string saved = compiled.save();
  ASSERT_FALSE(saved.empty());
  const LiteralIndex loaded(words, saved);
  EXPECT_TRUE(loaded.loaded());
  EXPECT_EQ(loaded.id_of("公司"), 1U);
  EXPECT_EQ(loaded.id_of(""), loaded.size());
  std::vector<LiteralHit> hits;
  for (const std::string text : {"宏达有限公司市局", "abb公司ab", "", "无"}) {
    loaded.scan(text, hits);
    EXPECT_EQ(show(hits), show(brute_force(words, text))) << text;
  }
  // Saved again, the loaded index gives the same bytes.
  EXPECT_EQ(loaded.save(), saved);
}

// A saved database is never used for other words, nor when damaged: the index is compiled instead, and
// still finds what brute force finds.
TEST(LiteralIndex, ASavedDatabaseOfOtherWordsOrDamagedIsNotUsed) {
  const std::vector<std::string> words = {"有限公司", "公司", "局"};
  const std::string saved = LiteralIndex(words, LiteralIndex::Target::AnyX86).save();
  std::vector<std::string> other = words;
  other[2] = "厅";  // the same count and lengths, other bytes
  std::vector<std::string> reordered = {"公司", "有限公司", "局"};
  std::string truncated = saved.substr(0, saved.size() - 1);
  std::string wrong_mark = saved;
  wrong_mark[0] = 'X';
  std::string damaged_header = saved;
  damaged_header[10] = static_cast<char>(damaged_header[10] ^ 1);
  const struct {
    const char* what;
    const std::vector<std::string>& literals;
    std::string_view bytes;
  } cases[] = {{"other words", other, saved},        {"other order", reordered, saved},
               {"truncated", words, truncated},      {"wrong mark", words, wrong_mark},
               {"damaged fingerprint", words, damaged_header}, {"nothing", words, ""},
               {"the header alone", words, std::string_view(saved).substr(0, 16)}};
  for (const auto& c : cases) {
    const LiteralIndex index(c.literals, c.bytes);
    EXPECT_FALSE(index.loaded()) << c.what;
    std::vector<LiteralHit> hits;
    index.scan("滨江市局和宏达有限公司厅", hits);
    EXPECT_EQ(show(hits), show(brute_force(c.literals, "滨江市局和宏达有限公司厅"))) << c.what;
  }
  EXPECT_EQ(LiteralIndex({"", ""}).save(), "");
}

}  // namespace
}  // namespace plancheck::text
