// Where the bundled data (rulesets/, schemas/) lives for this run.
#pragma once

#include <string>

namespace plancheck::cli {

// The first of: `option` (--data-dir), env PLANCHECK_DATA_DIR, <folder of the executable>/../share/plancheck
// when it holds a rulesets/ folder (/usr/share/plancheck for /usr/bin/plancheck), and the compiled-in
// PLANCHECK_DATA_DIR (the source tree in a build, /usr/share/plancheck in a package). An explicit --data-dir or
// environment value is taken as is (a wrong one should fail loudly, not fall through silently).
std::string resolve_data_dir(const std::string& option);

}  // namespace plancheck::cli
