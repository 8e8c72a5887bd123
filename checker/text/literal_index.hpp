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
// Compiling costs tens of milliseconds even for a hundred words, so a fixed word list can be compiled at
// build time instead: save() there, and the second constructor at run time.
class LiteralIndex {
 public:
  // The CPUs a compiled database is for: this machine's (tuned to its features), or any x86-64 CPU
  // Hyperscan runs on (SSSE3), for a database saved at build time and loaded on another machine.
  enum class Target { ThisMachine, AnyX86 };

  // Compiles `literals` (ids are their positions; repeats share the first one's id, empty ones never
  // match). Throws std::runtime_error when Hyperscan refuses (e.g. a CPU without SSSE3).
  explicit LiteralIndex(std::vector<std::string> literals, Target target = Target::ThisMachine);
  // Loads `saved` (from save() on an index of the same literals) instead of compiling, when this build of
  // Hyperscan reads it and this CPU runs it; otherwise (other literals, another Hyperscan version, damaged
  // bytes) compiles for this machine as the first constructor does. loaded() tells which happened.
  LiteralIndex(std::vector<std::string> literals, std::string_view saved);
  ~LiteralIndex();
  LiteralIndex(const LiteralIndex&) = delete;
  LiteralIndex& operator=(const LiteralIndex&) = delete;

  std::size_t size() const { return literals_.size(); }
  const std::string& literal(std::uint32_t id) const { return literals_[id]; }
  // The id of `literal`, or size() when it is not in the set.
  std::uint32_t id_of(std::string_view literal) const;

  // Every occurrence in `text`, appended to `out` (cleared first), sorted by begin, then end, then id.
  void scan(std::string_view text, std::vector<LiteralHit>& out) const;

  // The compiled database, after a header naming the literals it was compiled from (a fingerprint of the
  // list, so a saved database is never used for other words). Empty when no literal is non-empty.
  std::string save() const;
  // Was the database loaded from saved bytes rather than compiled by this process?
  bool loaded() const { return loaded_; }

 private:
  // Fills ids_ and compiles; the constructors' shared part.
  void compile(Target target);
  // Takes `saved` when it holds a database of exactly these literals that this process can run.
  bool load(std::string_view saved);

  std::vector<std::string> literals_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::uint64_t serial_;        // unique per index made in this process (see the scratch spaces)
  hs_database* db_ = nullptr;  // null when no literal is non-empty
  bool loaded_ = false;
};

}  // namespace plancheck::text
