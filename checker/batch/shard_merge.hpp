// Combining the reports of the shards of one batch (--shard K/N) into the report of the whole batch.
#pragma once

#include <string>
#include <vector>

#include "core/tool_error.hpp"
#include "report/writer.hpp"

namespace plancheck::batch {

// One report holding every plan of `shards`, sorted by path (discovery order within a folder, so a merge
// of all N shards of a single-folder batch equals the unsharded run), with the rules of every shard
// (by id; the first shard's metadata wins) and the first shard's tool. A path found in two shards is an
// error (the shards overlap: wrong K/N, or a shard given twice); `names` are the shards' file names for
// that message.
// Reports of different rulesets or plancheck versions are refused (a usage error naming both) unless
// `allow_mixed`: their results would not mean the same thing.
Result<report::RunReport> merge_reports(std::vector<report::RunReport> shards, const std::vector<std::string>& names,
                                        bool allow_mixed = false);

}  // namespace plancheck::batch
