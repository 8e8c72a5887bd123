#include "facts/grading.hpp"

#include <algorithm>

namespace plancheck::facts {

const EventLevel* GradingFacts::event_level(const std::string& name) const {
  auto it = std::find_if(event_levels.begin(), event_levels.end(), [&](const EventLevel& l) { return l.name == name; });
  return it == event_levels.end() ? nullptr : &*it;
}

const ResponseLevel* GradingFacts::response(int number) const {
  auto it = std::find_if(responses.begin(), responses.end(), [&](const ResponseLevel& r) { return r.number == number; });
  return it == responses.end() ? nullptr : &*it;
}

GradingFacts extract_grading(const Document& /*doc*/, const Passages& passages) {
  GradingFacts g;
  extract_event_levels(passages, g);
  extract_colours(passages, g);
  extract_responses(passages, g);
  extract_response_authorities(passages, g);
  return g;
}

}  // namespace plancheck::facts
