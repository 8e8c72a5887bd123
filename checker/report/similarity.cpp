#include "report/similarity.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace plancheck::report {

namespace {

// A candidate is measured when its estimate is within this margin of the threshold: at least 0.1 and four
// standard deviations of the estimate from kMinHashSize bins.
double estimate_margin(double threshold) {
  const double sigma = std::sqrt(threshold * (1 - threshold) / text::kMinHashSize);
  return std::max(0.1, 4 * sigma);
}

// Rows per band: the most (so the fewest dissimilar candidates) for which a pair exactly at the threshold
// still shares a band with probability 1 − 10⁻³ or more; a pair further above it is missed far less often
// (at threshold + 0.05, below 10⁻⁶ for the default 0.9).
int rows_per_band(double threshold) {
  int best = 1;
  for (int rows = 1; rows <= 32; ++rows) {
    const double miss = std::pow(1 - std::pow(threshold, rows), text::kMinHashSize / rows);
    if (miss <= 1e-3) best = rows;
  }
  return best;
}

std::uint64_t band_key(const std::vector<std::uint32_t>& sig, int band, int rows) {
  std::uint64_t h = 0xcbf29ce484222325ULL ^ static_cast<std::uint64_t>(band);
  for (int i = band * rows; i < (band + 1) * rows; ++i) {
    h = (h ^ sig[static_cast<std::size_t>(i)]) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  return h;
}

std::vector<std::pair<std::size_t, std::size_t>> candidates(const std::vector<SimilarPlan>& plans, double threshold) {
  const int rows = rows_per_band(threshold);
  const int bands = text::kMinHashSize / rows;
  std::unordered_set<std::uint64_t> seen;  // a pair in several bands is one candidate
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (int band = 0; band < bands; ++band) {
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < plans.size(); ++i) {
      if (plans[i].signature.size() != static_cast<std::size_t>(text::kMinHashSize)) continue;
      buckets[band_key(plans[i].signature, band, rows)].push_back(i);
    }
    for (const auto& [key, members] : buckets) {
      for (std::size_t x = 0; x < members.size(); ++x) {
        for (std::size_t y = x + 1; y < members.size(); ++y) {
          if (seen.insert(static_cast<std::uint64_t>(members[x]) << 32 | members[y]).second) {
            out.emplace_back(members[x], members[y]);
          }
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::optional<SimilarPlan> similar_plan(const PlanResult& plan) {
  if (plan.error || plan.minhash.empty()) return std::nullopt;
  return SimilarPlan{plan.path, plan.exact_path(), plan.title, plan.organisation, plan.content_hash, plan.minhash};
}

std::vector<SimilarPair> similar_pairs(const std::vector<SimilarPlan>& plans, double threshold,
                                       const ShingleLoader& load) {
  const double margin = estimate_margin(threshold);
  std::vector<SimilarPair> measured;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& [a, b] : candidates(plans, threshold)) {
    if (text::minhash_similarity(plans[a].signature, plans[b].signature) >= threshold - margin) pairs.emplace_back(a, b);
  }
  // Each plan's shingles are read once, when its first pair comes, and released after its last.
  std::vector<std::size_t> uses(plans.size(), 0);
  for (const auto& [a, b] : pairs) {
    ++uses[a];
    ++uses[b];
  }
  std::map<std::size_t, std::optional<text::Shingles>> loaded;
  const auto shingles_of = [&](std::size_t i) -> const std::optional<text::Shingles>& {
    auto it = loaded.find(i);
    if (it == loaded.end()) it = loaded.emplace(i, load ? load(plans[i]) : std::optional<text::Shingles>()).first;
    return it->second;
  };
  const auto release = [&](std::size_t i) {
    if (--uses[i] == 0) loaded.erase(i);
  };
  for (const auto& [a, b] : pairs) {
    const std::optional<text::Shingles>& sa = shingles_of(a);
    const std::optional<text::Shingles>& sb = shingles_of(b);
    SimilarPair p{a, b, 0, sa && sb};
    p.similarity = p.exact ? text::jaccard(*sa, *sb) : text::minhash_similarity(plans[a].signature, plans[b].signature);
    if (p.similarity >= threshold) measured.push_back(p);
    release(a);
    release(b);
  }
  return measured;
}

std::vector<SimilarCluster> similar_clusters(const std::vector<SimilarPair>& pairs) {
  std::map<std::size_t, std::size_t> parent;
  const auto root = [&parent](std::size_t x) {
    std::size_t r = parent.emplace(x, x).first->second;
    while (parent[r] != r) r = parent[r];
    while (parent[x] != r) x = std::exchange(parent[x], r);  // every plan on the way now points at the root
    return r;
  };
  for (const SimilarPair& p : pairs) {
    const std::size_t ra = root(p.a);
    const std::size_t rb = root(p.b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);  // the root is the group's first plan
  }
  std::map<std::size_t, SimilarCluster> groups;
  for (const auto& entry : parent) groups[root(entry.first)].plans.push_back(entry.first);
  for (const SimilarPair& p : pairs) {
    SimilarCluster& c = groups[root(p.a)];
    c.min_similarity = std::min(c.min_similarity, p.similarity);
    c.max_similarity = std::max(c.max_similarity, p.similarity);
  }
  std::vector<SimilarCluster> out;
  for (auto& [first, c] : groups) out.push_back(std::move(c));
  return out;
}

std::string format_similarity(double similarity) {
  return fmt::format("{:.3f}", std::floor(similarity * 1000 + 1e-9) / 1000);
}

}  // namespace plancheck::report
