// Character shingles of normalised text, and what is computed from them: MinHash signatures, Jaccard
// similarity and containment. Used to find near-identical plans in a batch and text copied from a parent plan.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace plancheck::text {

// A sorted set of 64-bit shingle hashes.
using Shingles = std::vector<std::uint64_t>;

// How a run of characters becomes a 64-bit hash. Sets of one kind compare only with sets of the same kind.
enum class ShingleHash {
  // Each character mixed into the hash in turn (a full 64-bit finaliser per character). The MinHash
  // signatures of the near-identical filings report are made of these: their estimates depend on the values.
  Chained,
  // A polynomial of the characters, updated as the window moves by one multiply-add, then finalised once:
  // about a fifth of the work for 5-character windows. For callers that only compare sets (plan.copied-parent).
  Rolling,
};

// The hashes of every run of `k` consecutive content characters of `normalised` (text that went through
// normalize_for_matching): white space, punctuation and symbols are skipped, so a changed comma or a line
// break changes nothing; letters, digits and ideographs count. Fewer than `k` content characters give one
// shingle of all of them (none for none). Appends to `out` unsorted; call finish_shingles() after the last.
void add_shingles(std::string_view normalised, int k, Shingles& out, ShingleHash hash = ShingleHash::Chained);
// Sorts `s` and drops repeats.
void finish_shingles(Shingles& s);
// add_shingles() and finish_shingles() on one text.
Shingles shingles(std::string_view normalised, int k, ShingleHash hash = ShingleHash::Chained);
// shingles() written into `out`, reusing its storage and a per-thread buffer for the characters: for a
// caller that shingles many short texts in a row (every sentence of a plan) without two allocations each.
void shingles_into(std::string_view normalised, int k, Shingles& out, ShingleHash hash = ShingleHash::Chained);

// |a ∩ b| / |a ∪ b| (1 when both are empty).
double jaccard(const Shingles& a, const Shingles& b);
// |part ∩ whole| / |part|: how much of `part` is found in `whole` (0 when `part` is empty).
double containment(const Shingles& part, const Shingles& whole);

// A MinHash signature of `kMinHashSize` values by one-permutation hashing: each shingle falls into one of
// the bins by its top bits and the bin keeps the least of its low bits; an empty bin borrows the value of
// the next non-empty one (rotation), offset by the distance, so two signatures agree in a bin with a
// probability close to the Jaccard similarity of the sets. One pass over the shingles. Empty for no shingle.
constexpr int kMinHashSize = 256;
std::vector<std::uint32_t> minhash(const Shingles& s);

// The share of bins where two signatures of the same size agree: an estimate of their Jaccard similarity.
double minhash_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

}  // namespace plancheck::text
