#include "text/shingles.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::text {
namespace {

TEST(Shingles, SkipPunctuationAndSpaceAndFoldCase) {
  EXPECT_EQ(shingles(normalized("本单位应当立即报告。"), 3), shingles(normalized("本单位 应当，立即报告"), 3));
  EXPECT_EQ(shingles("ABCDE", 5), shingles("abcde", 5));
  EXPECT_EQ(shingles("本单位应当立即报告", 3).size(), 7u);  // 9 characters, 7 windows, all different
  EXPECT_EQ(shingles("哈哈哈哈哈", 3).size(), 1u);          // repeats count once
  EXPECT_EQ(shingles("本单", 5).size(), 1u);                // shorter than k: one shingle of all of it
  EXPECT_TRUE(shingles("。，、——", 5).empty());
}

// One buffer reused from a long text to short ones and back gives each text exactly its own shingles.
TEST(Shingles, IntoAReusedBufferEqualsAFreshSet) {
  const std::vector<std::string> texts = {"各省（区、市）网信部门负责本地区网络安全事件的应对工作", "应急办", "",
                                          "。，、", "OA 系统 Version 2", "本单位网络安全领导小组统一领导本单位应急工作，",
                                          "网络安全"};
  Shingles reused;
  for (int k : {1, 3, 5}) {
    for (const std::string& t : texts) {
      shingles_into(t, k, reused);
      EXPECT_EQ(reused, shingles(t, k)) << t << " k=" << k;
    }
  }
  shingles_into("第一句很长很长很长很长", 5, reused);
  shingles_into("短", 5, reused);
  EXPECT_EQ(reused.size(), 1U);
}

// The rolling hash updated window by window gives each window the hash it has on its own: the set of a
// text is the union of the sets of its windows, at any offset, for any width, and after skipped punctuation.
TEST(Shingles, RollingHashOfEveryWindowEqualsTheWindowAlone) {
  const std::vector<std::u32string> texts = {U"各省区市网信部门负责本地区网络安全事件的应对工作", U"OA系统Version2应急办",
                                             U"哈哈哈哈哈哈哈", U"本单位网络安全领导小组统一领导本单位应急工作"};
  for (const std::u32string& t : texts) {
    for (int k : {1, 2, 3, 5, 8}) {
      if (static_cast<std::size_t>(k) > t.size()) continue;  // one shingle of all of it: tested below
      std::string utf8;
      Shingles windows;
      for (std::size_t i = 0; i < t.size(); ++i) {
        append_utf8(utf8, t[i]);
        if (i % 3 == 1) utf8 += "，";  // skipped: not content
        if (i + static_cast<std::size_t>(k) > t.size()) continue;
        std::string window;
        for (std::size_t j = i; j < i + static_cast<std::size_t>(k); ++j) append_utf8(window, t[j]);
        const Shingles alone = shingles(window, k, ShingleHash::Rolling);
        ASSERT_EQ(alone.size(), 1U);
        windows.push_back(alone.front());
      }
      finish_shingles(windows);
      EXPECT_EQ(shingles(utf8, k, ShingleHash::Rolling), windows) << utf8 << " k=" << k;
    }
  }
  // Shorter than k: one shingle of all of it, the one a window of its own length gives (as with the chained
  // hash); and the two kinds of hash differ.
  EXPECT_EQ(shingles("本单", 5, ShingleHash::Rolling).size(), 1U);
  EXPECT_EQ(shingles("本单", 5, ShingleHash::Rolling), shingles("本单", 2, ShingleHash::Rolling));
  EXPECT_EQ(shingles("本单", 5), shingles("本单", 2));
  EXPECT_NE(shingles("本单", 5, ShingleHash::Rolling), shingles("本单", 5));
  EXPECT_NE(shingles("本单位应当立即报告", 5, ShingleHash::Rolling), shingles("本单位应当立即报告", 5));
}

// Moved to another place in another text, a run of k characters keeps its rolling hash: the one window
// 甲乙丙丁戊 the two texts share is the one shingle their sets share.
TEST(Shingles, RollingHashIsTheSameAtAnyOffset) {
  const Shingles a = shingles("甲乙丙丁戊己庚", 5, ShingleHash::Rolling);
  const Shingles b = shingles("己庚辛甲乙丙丁戊", 5, ShingleHash::Rolling);
  ASSERT_EQ(a.size(), 3U);
  ASSERT_EQ(b.size(), 4U);
  EXPECT_DOUBLE_EQ(containment(a, b), 1.0 / 3.0);
  Shingles reused;
  shingles_into("己庚辛甲乙丙丁戊", 5, reused, ShingleHash::Rolling);
  EXPECT_EQ(reused, b);
}

TEST(Shingles, JaccardAndContainmentAreExact) {
  const Shingles a = {1, 2, 3, 4};
  const Shingles b = {3, 4, 5, 6, 7, 8};
  EXPECT_DOUBLE_EQ(jaccard(a, b), 2.0 / 8.0);
  EXPECT_DOUBLE_EQ(containment(a, b), 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(containment(b, a), 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(jaccard(a, a), 1.0);
  EXPECT_DOUBLE_EQ(jaccard({}, {}), 1.0);
  EXPECT_DOUBLE_EQ(jaccard(a, {}), 0.0);
  EXPECT_DOUBLE_EQ(containment({}, a), 0.0);
}

Shingles range(std::uint64_t from, std::uint64_t to) {
  Shingles s;
  for (std::uint64_t i = from; i < to; ++i) s.push_back(i * 0x9e3779b97f4a7c15ULL);
  finish_shingles(s);
  return s;
}

TEST(MinHash, EstimatesJaccardSimilarity) {
  // Sets of 4,000 with overlaps giving Jaccard 0.95, 0.8, 0.5 and 0: the estimate from 256 bins is within
  // four standard deviations (at most 0.125) of the true value.
  const Shingles base = range(0, 4000);
  for (const std::uint64_t shift : {103, 444, 1334, 4000}) {
    const Shingles other = range(shift, 4000 + shift);
    const double truth = jaccard(base, other);
    EXPECT_NEAR(minhash_similarity(minhash(base), minhash(other)), truth, 0.125) << "shift " << shift;
  }
  EXPECT_DOUBLE_EQ(minhash_similarity(minhash(base), minhash(base)), 1.0);
  EXPECT_EQ(minhash(base).size(), static_cast<std::size_t>(kMinHashSize));
  EXPECT_TRUE(minhash({}).empty());
  EXPECT_DOUBLE_EQ(minhash_similarity({}, {}), 0.0);
}

TEST(MinHash, SmallSetsFillEveryBin) {
  // Three shingles leave most bins empty; each borrows from the next filled one, so equal sets still agree
  // everywhere and a different set still disagrees somewhere.
  const Shingles small = {11, 22, 33};
  EXPECT_EQ(minhash(small), minhash(small));
  EXPECT_LT(minhash_similarity(minhash(small), minhash(Shingles{11, 22, 44})), 1.0);
}

}  // namespace
}  // namespace plancheck::text
