// The date an HTML report is dated with: reproducible builds' SOURCE_DATE_EPOCH when set, else today.
#pragma once

#include <optional>
#include <string>

namespace plancheck::report {

// "YYYY-MM-DD" (UTC) of `source_date_epoch` (seconds since 1970, as in the reproducible-builds
// convention), or nullopt when it is absent or not a non-negative integer.
std::optional<std::string> date_from_epoch(const char* source_date_epoch);

// date_from_epoch(getenv("SOURCE_DATE_EPOCH")), or today's UTC date.
std::string run_date();

}  // namespace plancheck::report
