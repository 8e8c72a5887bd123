#include "batch/shard.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace plancheck::batch {
namespace {

TEST(Shard, ParsesKOverN) {
  struct Case {
    const char* text;
    std::optional<std::pair<int, int>> expected;
  };
  const Case cases[] = {
      {"1/1", {{1, 1}}}, {"3/8", {{3, 8}}}, {"8/8", {{8, 8}}}, {"0/4", std::nullopt}, {"5/4", std::nullopt},
      {"1/0", std::nullopt}, {"1", std::nullopt}, {"a/b", std::nullopt}, {"1/2/3", std::nullopt},
      {"-1/2", std::nullopt}, {"", std::nullopt}, {" 1/2", std::nullopt},
  };
  for (const Case& c : cases) {
    const std::optional<Shard> s = parse_shard(c.text);
    ASSERT_EQ(s.has_value(), c.expected.has_value()) << c.text;
    if (s) {
      EXPECT_EQ(s->index, c.expected->first) << c.text;
      EXPECT_EQ(s->count, c.expected->second) << c.text;
    }
  }
}

std::vector<std::string> sample_paths() {
  std::vector<std::string> paths;
  for (int i = 0; i < 500; ++i) paths.push_back("plans/region" + std::to_string(i % 7) + "/plan_" + std::to_string(i) + ".txt");
  paths.push_back("预案/重庆.txt");
  paths.push_back("");
  return paths;
}

TEST(Shard, EveryPathIsInExactlyOneShard) {
  const std::vector<std::string> paths = sample_paths();
  for (int n : {1, 2, 3, 7, 16}) {
    std::vector<int> sizes(static_cast<std::size_t>(n), 0);
    for (const std::string& path : paths) {
      int owners = 0;
      for (int k = 1; k <= n; ++k) {
        if (in_shard(path, Shard{k, n})) {
          ++owners;
          ++sizes[static_cast<std::size_t>(k - 1)];
        }
      }
      EXPECT_EQ(owners, 1) << path << " with N=" << n;
    }
    // Balanced enough to be worth sharding: no shard more than twice its fair share.
    for (int size : sizes) EXPECT_LT(size, 2 * static_cast<int>(paths.size()) / n + 2) << "N=" << n;
  }
}

TEST(Shard, HashIsStableAcrossRunsAndMachines) {
  // Pinned values: changing the hash would silently reshuffle shards between plancheck versions, and a
  // batch split across machines running different builds would lose or double plans.
  EXPECT_EQ(path_hash("plans/a.txt"), 0x168bb12e5c5f5e48ULL);
  EXPECT_EQ(path_hash(""), 0xecba3df2c3383c52ULL);
  EXPECT_TRUE(in_shard("anything", Shard{1, 1}));
}

}  // namespace
}  // namespace plancheck::batch
