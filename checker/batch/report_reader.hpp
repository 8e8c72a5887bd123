// Reading a JSON report ("plancheck-report/1") back into memory, so shard reports can be merged.
#pragma once

#include <string>

#include "core/tool_error.hpp"
#include "report/writer.hpp"

namespace plancheck::batch {

// The report in `json` (the text of a file called `path`, for messages). Fields a report does not carry
// (finding spans, source lines) are left empty; everything the JSON writer writes is read back, so
// writing the result again gives the same JSON.
Result<report::RunReport> parse_json_report(const std::string& json, const std::string& path);

// The same, reading the file.
Result<report::RunReport> read_json_report(const std::string& path);

}  // namespace plancheck::batch
