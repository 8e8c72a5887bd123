#include "batch/score.hpp"

namespace plancheck::batch {

namespace {

int weight(Severity s) {
  switch (s) {
    case Severity::Error: return 3;
    case Severity::Warning: return 2;
    case Severity::Info: return 1;
  }
  return 1;
}

}  // namespace

int score(const std::vector<RuleResult>& results) {
  long applicable = 0;
  long passed = 0;
  for (const RuleResult& r : results) {
    if (r.status != Status::Pass && r.status != Status::Fail) continue;
    applicable += weight(r.severity);
    if (r.status == Status::Pass) passed += weight(r.severity);
  }
  if (applicable == 0) return 100;
  // Integer rounding half up: (2·100·p + a) / 2a.
  return static_cast<int>((200 * passed + applicable) / (2 * applicable));
}

}  // namespace plancheck::batch
