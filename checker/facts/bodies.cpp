#include "facts/bodies.hpp"

namespace plancheck::facts {

BodyFacts extract_bodies(const Document& /*doc*/, const Passages& /*passages*/) { return {}; }

}  // namespace plancheck::facts
