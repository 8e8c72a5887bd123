// Many literal words found in one pass over a text (Hyperscan's literal compiler), instead of one
// substring search per word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct hs_database;

namespace plancheck::text {

// One occurrence of a literal: bytes [begin, end) of the scanned text, and the literal's id.
struct LiteralHit {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t id = 0;
};

// A set of literal byte strings (normalised UTF-8 words) compiled into one Hyperscan database.
// Every occurrence of every literal is reported, overlapping ones included: the same answer as searching
// for each literal at every position. UTF-8 is self-synchronising, so a literal made of whole characters
// only ever matches at character boundaries of well-formed text.
// Built once (at start-up or when a ruleset is loaded), then read-only: scan() is safe from any number of
// threads at once (each thread has its own Hyperscan scratch space).
class LiteralIndex {
 public:
  // Compiles `literals` (ids are their positions; repeats share the first one's id, empty ones never
  // match). Throws std::runtime_error when Hyperscan refuses (e.g. a CPU without SSSE3).
  explicit LiteralIndex(std::vector<std::string> literals);
  ~LiteralIndex();
  LiteralIndex(const LiteralIndex&) = delete;
  LiteralIndex& operator=(const LiteralIndex&) = delete;

  std::size_t size() const { return literals_.size(); }
  const std::string& literal(std::uint32_t id) const { return literals_[id]; }
  // The id of `literal`, or size() when it is not in the set.
  std::uint32_t id_of(std::string_view literal) const;

  // Every occurrence in `text`, appended to `out` (cleared first), sorted by begin, then end, then id.
  void scan(std::string_view text, std::vector<LiteralHit>& out) const;

 private:
  std::vector<std::string> literals_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::uint64_t serial_;        // unique per index made in this process (see the scratch spaces)
  hs_database* db_ = nullptr;  // null when no literal is non-empty
};

}  // namespace plancheck::text
