#include <algorithm>

#include "report/writer.hpp"

namespace plancheck::report {

const RuleMeta* RunInfo::find_rule(const std::string& id) const {
  auto it = std::lower_bound(rules.begin(), rules.end(), id,
                             [](const RuleMeta& m, const std::string& key) { return m.id < key; });
  return it != rules.end() && it->id == id ? &*it : nullptr;
}

void Writer::write(const RunReport& report, std::ostream& out) const {
  auto stream = open(report, out);
  RunTally totals;
  for (const PlanResult& p : report.plans) {
    stream->plan(p);
    totals.add(p);
  }
  stream->close(totals);
}

}  // namespace plancheck::report
