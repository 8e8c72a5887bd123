// Event levels, warning colours and response levels a plan defines, and how it maps them to each other.
#pragma once

#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

struct GradingFacts {
};

GradingFacts extract_grading(const Document& doc, const Passages& passages);

}  // namespace plancheck::facts
