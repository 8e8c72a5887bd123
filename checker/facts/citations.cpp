#include "facts/citations.hpp"

namespace plancheck::facts {

CitationFacts extract_citations(const Document& /*doc*/, const Passages& /*passages*/) { return {}; }

}  // namespace plancheck::facts
