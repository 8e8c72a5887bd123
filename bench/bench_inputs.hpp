// Inputs the benchmarks share: plan files read into memory, the bundled rulesets and plan schema, and md4c.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "batch/check_plan.hpp"
#include "parse/xml_reader.hpp"

namespace plancheck::bench {

struct InputFile {
  std::string path;
  std::string bytes;      // the file as stored (any encoding)
};

// Every regular file under each of `roots` (recursively; a root may also be a file), sorted by path.
// README files are skipped so `samples/` yields plans only.
std::vector<std::string> list_inputs(const std::vector<std::string>& roots);

// The whole file as bytes ("" when it cannot be read).
std::string read_bytes(const std::string& path);

// list_inputs(roots), each file read into memory.
std::vector<InputFile> read_inputs(const std::vector<std::string>& roots);

// Total bytes of `files`.
std::size_t total_bytes(const std::vector<InputFile>& files);

// The rulesets and schema a `plancheck check` run would load from the source tree; aborts with a message
// when they do not load (a benchmark of a broken tree measures nothing).
struct CheckSetup {
  batch::Rulesets rulesets;
  std::shared_ptr<const parse::PlanSchema> schema;
  batch::CheckOptions options;
};
CheckSetup load_setup(const std::string& ruleset_id);
// Only the plan schema (what parsing needs), leaving `rulesets` empty.
CheckSetup load_schema_only();

// The files decoded and parsed as plans (against the setup's schema); those that fail are left out.
std::vector<Document> parse_all(const std::vector<InputFile>& files, const CheckSetup& s);

// Parses `text` with md4c (GFM tables on, no rendering): the baseline a Markdown-only tool would pay.
// Returns the number of blocks seen so the work cannot be optimised away.
std::size_t md4c_parse(std::string_view text);

}  // namespace plancheck::bench
