#include "report/similarity.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "../../support/near_duplicates.hpp"
#include "report/similar_csv.hpp"
#include "text/normalize.hpp"

namespace plancheck::report {
namespace {

struct Batch {
  std::vector<testing::GeneratedPlan> generated;
  std::vector<text::Shingles> shingles;
  std::vector<SimilarPlan> plans;
  ShingleLoader load;
  int loads = 0;
};

// 120 distinct plans and 20 planted near-duplicates (the first 20 copied under a new name, 3 words changed).
Batch make_batch() {
  Batch b;
  testing::PlanGenerator gen(20261203);
  b.generated = gen.batch(120, 20, 120);
  for (const testing::GeneratedPlan& g : b.generated) {
    b.shingles.push_back(text::shingles(text::normalized(g.text), 5));
    b.plans.push_back(SimilarPlan{g.name, g.name, g.name, g.organisation, "", text::minhash(b.shingles.back())});
  }
  return b;
}

TEST(Similarity, FindsEveryPlantedNearDuplicateAndNothingBelowTheThreshold) {
  Batch b = make_batch();
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < b.plans.size(); ++i) index[b.plans[i].exact_path] = i;
  const ShingleLoader load = [&](const SimilarPlan& p) -> std::optional<text::Shingles> {
    ++b.loads;
    return b.shingles[index.at(p.exact_path)];
  };
  const std::vector<SimilarPair> found = similar_pairs(b.plans, 0.9, load);

  // Every pair at or above 0.9 by brute force over all 9,730 pairs: exactly the 20 planted ones.
  std::set<std::pair<std::size_t, std::size_t>> expected;
  for (std::size_t i = 0; i < b.plans.size(); ++i) {
    for (std::size_t j = i + 1; j < b.plans.size(); ++j) {
      if (text::jaccard(b.shingles[i], b.shingles[j]) >= 0.9) expected.emplace(i, j);
    }
  }
  ASSERT_EQ(expected.size(), 20u);
  for (std::size_t c = 0; c < 20; ++c) EXPECT_EQ(expected.count({c, 120 + c}), 1u) << b.generated[120 + c].name;

  std::set<std::pair<std::size_t, std::size_t>> got;
  for (const SimilarPair& p : found) {
    got.emplace(p.a, p.b);
    EXPECT_TRUE(p.exact);
    EXPECT_GE(p.similarity, 0.9);
    EXPECT_DOUBLE_EQ(p.similarity, text::jaccard(b.shingles[p.a], b.shingles[p.b]));
  }
  EXPECT_EQ(got, expected);
  EXPECT_EQ(found.size(), 20u);
  // Candidates only: each planted pair's two plans, each read once (not the 140 of the batch).
  EXPECT_LE(b.loads, 60);
  EXPECT_GE(b.loads, 40);

  // Sorted by the first plan, then the second: the same order every time.
  EXPECT_TRUE(std::is_sorted(found.begin(), found.end(),
                             [](const SimilarPair& x, const SimilarPair& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); }));
  const std::vector<SimilarPair> again = similar_pairs(b.plans, 0.9, load);
  ASSERT_EQ(again.size(), found.size());
  for (std::size_t i = 0; i < found.size(); ++i) EXPECT_EQ(std::tie(again[i].a, again[i].b), std::tie(found[i].a, found[i].b));
}

TEST(Similarity, WithoutTextsPairsKeepTheirEstimate) {
  Batch b = make_batch();
  // Without the texts the pairs keep their MinHash estimate, marked as such.
  const std::vector<SimilarPair> estimated = similar_pairs(b.plans, 0.9, nullptr);
  ASSERT_GE(estimated.size(), 18u);
  for (const SimilarPair& p : estimated) {
    EXPECT_FALSE(p.exact);
    EXPECT_GE(p.similarity, 0.9);
    EXPECT_EQ(p.b, p.a + 120);
  }
}

TEST(Similarity, ClustersJoinChainsOfPairs) {
  const std::vector<SimilarPair> pairs = {{0, 3, 0.95, true}, {3, 7, 0.91, true}, {2, 5, 0.99, true}};
  const std::vector<SimilarCluster> clusters = similar_clusters(pairs);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].plans, (std::vector<std::size_t>{0, 3, 7}));
  EXPECT_DOUBLE_EQ(clusters[0].min_similarity, 0.91);
  EXPECT_DOUBLE_EQ(clusters[0].max_similarity, 0.95);
  EXPECT_EQ(clusters[1].plans, (std::vector<std::size_t>{2, 5}));
  EXPECT_TRUE(similar_clusters({}).empty());
}

TEST(Similarity, ShownRoundedDownSoNeverAboveTheTruth) {
  EXPECT_EQ(format_similarity(0.9), "0.900");
  EXPECT_EQ(format_similarity(0.89999), "0.899");
  EXPECT_EQ(format_similarity(0.9876), "0.987");
  EXPECT_EQ(format_similarity(1.0), "1.000");
}

TEST(Similarity, CsvListsPairsWithOrganisations) {
  const std::vector<SimilarPlan> plans = {{"a.md", "a.md", "甲预案", "甲局", "", {}},
                                          {"b.md", "b.md", "乙预案", "乙局", "", {}},
                                          {"c,d.md", "c,d.md", "", "=丙", "", {}}};
  const std::vector<SimilarPair> pairs = {{0, 1, 0.93333, true}, {1, 2, 0.95, false}};
  std::ostringstream zh;
  write_similar_csv(plans, pairs, Lang::Zh, zh);
  EXPECT_EQ(zh.str(),
            "\xEF\xBB\xBF相似度,组,路径A,标题A,单位A,路径B,标题B,单位B,计算方式\r\n"
            "0.933,1,a.md,甲预案,甲局,b.md,乙预案,乙局,精确\r\n"
            "0.950,1,b.md,乙预案,乙局,\"c,d.md\",,'=丙,估计\r\n");
  std::ostringstream en;
  write_similar_csv(plans, {}, Lang::En, en);
  EXPECT_EQ(en.str(), "\xEF\xBB\xBFsimilarity,cluster,path_a,title_a,organisation_a,path_b,title_b,organisation_b,method\r\n");
}

}  // namespace
}  // namespace plancheck::report
