// Where the bundled data (rulesets/, schemas/) lives for this run.
#pragma once

#include <string>

namespace plancheck::cli {

// The first of: `option` (--data-dir), env PLANCHECK_DATA_DIR, the compiled-in PLANCHECK_DATA_DIR, and
// <folder of the executable>/../share/plancheck that holds a rulesets/ folder. An explicit --data-dir or
// environment value is taken as is (a wrong one should fail loudly, not fall through silently).
std::string resolve_data_dir(const std::string& option);

}  // namespace plancheck::cli
