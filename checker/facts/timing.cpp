#include "facts/timing.hpp"

namespace plancheck::facts {

TimingFacts extract_timing(const Document& /*doc*/, const Passages& /*passages*/) { return {}; }

}  // namespace plancheck::facts
