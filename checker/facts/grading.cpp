#include "facts/grading.hpp"

namespace plancheck::facts {

GradingFacts extract_grading(const Document& /*doc*/, const Passages& /*passages*/) { return {}; }

}  // namespace plancheck::facts
