// Everything extracted from one plan, once, for the rules to query: passages plus topic facts.
#pragma once

#include "core/document.hpp"
#include "facts/bodies.hpp"
#include "facts/citations.hpp"
#include "facts/grading.hpp"
#include "facts/organisation.hpp"
#include "facts/passages.hpp"
#include "facts/timing.hpp"

namespace plancheck::facts {

// Extraction says what a plan says; it never judges. Rules query these facts and never re-parse text.
struct PlanFacts {
  const Document* doc = nullptr;
  Passages passages;
  GradingFacts grading;        // event levels, warning colours, response levels and their mapping
  TimingFacts timing;          // durations (deadlines) and frequencies
  BodyFacts bodies;            // organisational bodies and positions
  Organisation organisation;   // the bodies merged by name and alias: definitions, duties, tasks
  CitationFacts citations;     // 《…》 titles and standard numbers
};

// Pure and thread-safe; `doc` must outlive the result (facts point into it).
PlanFacts extract_facts(const Document& doc);

}  // namespace plancheck::facts
