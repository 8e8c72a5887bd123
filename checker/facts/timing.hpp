// Durations (deadlines with their anchor) and frequencies (times per year, or vague) a plan states.
#pragma once

#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

struct TimingFacts {
};

TimingFacts extract_timing(const Document& doc, const Passages& passages);

}  // namespace plancheck::facts
