// The reader-facing names of the report areas that rulesets group rules into, and their reading order.
#pragma once

#include <string>
#include <string_view>

#include "core/lang.hpp"

namespace plancheck::report {

// The name of `area` (a ruleset's `area` attribute) in both languages; an area no ruleset used when this
// table was written is shown as its id, and "" as "other".
LocalizedText area_name(std::string_view area);

// Position of `area` in the order a plan reads (basis, structure, roles … management); unknown areas
// sort after the known ones.
int area_rank(std::string_view area);

}  // namespace plancheck::report
