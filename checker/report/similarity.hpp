// Near-identical plans in a batch: MinHash signatures banded for locality-sensitive hashing give candidate
// pairs (cost grows with the number of plans, not its square), and each candidate's similarity is then
// measured exactly, as the Jaccard similarity of the two texts' shingles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "text/shingles.hpp"

namespace plancheck::report {

// What the comparison keeps of a checked plan: a few hundred bytes, whatever the plan's size.
struct SimilarPlan {
  std::string path;          // as shown
  std::string exact_path;    // to read the plan again
  std::string title;
  std::string organisation;
  std::string content_hash;  // the text read again must be the text checked
  std::vector<std::uint32_t> signature;  // PlanResult::minhash
};

// The plan's entry, or none when it carries no signature (in error, no text, or not sketched).
std::optional<SimilarPlan> similar_plan(const PlanResult& plan);

struct SimilarPair {
  std::size_t a = 0;        // indexes into the plans compared, a < b
  std::size_t b = 0;
  double similarity = 0;    // Jaccard similarity of the shingles, or the MinHash estimate when !exact
  bool exact = true;        // false when a text could not be read again (standard input, a file gone)
};

// The shingles of a plan read again, or none when it cannot be (or its text has changed since).
using ShingleLoader = std::function<std::optional<text::Shingles>(const SimilarPlan& plan)>;

// Every pair of `plans` whose similarity is at least `threshold` (0 < threshold ≤ 1), sorted by a then b.
// Candidates come from LSH bands of the signatures; those whose estimate is clearly below the threshold
// are dropped; the rest are measured on the shingles `load` gives (each plan read once, released after
// its last pair).
std::vector<SimilarPair> similar_pairs(const std::vector<SimilarPlan>& plans, double threshold,
                                       const ShingleLoader& load);

// Groups of plans linked by similar pairs (connected components), each sorted, the groups ordered by their
// first plan; the least and greatest similarity of a pair inside the group.
struct SimilarCluster {
  std::vector<std::size_t> plans;
  double min_similarity = 1;
  double max_similarity = 0;
};
std::vector<SimilarCluster> similar_clusters(const std::vector<SimilarPair>& pairs);

// "0.953": similarities are written with three decimals, rounded down so that a pair shown as 0.900 is
// never below a threshold of 0.9.
std::string format_similarity(double similarity);

}  // namespace plancheck::report
