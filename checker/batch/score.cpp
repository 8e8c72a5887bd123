#include "batch/score.hpp"

#include <map>

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

struct Weights {
  long applicable = 0;
  long passed = 0;

  void add(const RuleResult& r) {
    if (r.status != Status::Pass && r.status != Status::Fail) return;
    applicable += weight(r.severity);
    if (r.status == Status::Pass) passed += weight(r.severity);
  }

  int percent() const {
    if (applicable == 0) return 100;
    // Integer rounding half up: (2·100·p + a) / 2a.
    return static_cast<int>((200 * passed + applicable) / (2 * applicable));
  }
};

}  // namespace

int score(const std::vector<RuleResult>& results) {
  Weights w;
  for (const RuleResult& r : results) w.add(r);
  return w.percent();
}

std::vector<AreaScore> area_scores(const std::vector<RuleResult>& results,
                                   const std::function<std::string(const std::string& rule)>& area_of) {
  std::map<std::string, std::pair<Weights, AreaScore>> by_area;
  for (const RuleResult& r : results) {
    auto& [weights, area] = by_area[area_of(r.rule)];
    weights.add(r);
    if (r.status == Status::Pass) ++area.passed;
    else if (r.status == Status::Fail) ++area.failed;
    else ++area.excluded;
  }
  std::vector<AreaScore> out;
  out.reserve(by_area.size());
  for (auto& [id, entry] : by_area) {
    entry.second.area = id;
    entry.second.score = entry.first.percent();
    out.push_back(std::move(entry.second));
  }
  return out;
}

}  // namespace plancheck::batch
