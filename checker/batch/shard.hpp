// Choosing a deterministic 1/N of a batch's files, so several machines can share a batch (--shard K/N).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck::batch {

struct Shard {
  int index = 1;  // K, 1-based
  int count = 1;  // N
};

// "K/N" with 1 ≤ K ≤ N, or nullopt.
std::optional<Shard> parse_shard(std::string_view text);

// A stable 64-bit hash (FNV-1a with a final mix) of `path`: the same on every machine and run, and unchanged for a file
// when other files are added or removed.
std::uint64_t path_hash(std::string_view path);

// True when `path` (as discovered, e.g. "plans/a/b.txt") belongs to `shard`: path_hash % N == K - 1.
// Every path belongs to exactly one of the N shards, whatever else is in the batch.
bool in_shard(std::string_view path, const Shard& shard);

}  // namespace plancheck::batch
