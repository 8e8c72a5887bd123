#include "facts/plan_facts.hpp"

namespace plancheck::facts {

PlanFacts extract_facts(const Document& doc) {
  PlanFacts f;
  f.doc = &doc;
  f.passages = Passages::from(doc);
  f.grading = extract_grading(doc, f.passages);
  f.timing = extract_timing(doc, f.passages, f.grading.own_event_names);
  f.bodies = extract_bodies(doc, f.passages);
  f.organisation = build_organisation(f.passages, f.bodies);
  f.citations = extract_citations(doc, f.passages);
  return f;
}

}  // namespace plancheck::facts
