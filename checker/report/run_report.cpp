#include <algorithm>

#include "report/writer.hpp"

namespace plancheck::report {

const RuleMeta* RunReport::find_rule(const std::string& id) const {
  auto it = std::lower_bound(rules.begin(), rules.end(), id,
                             [](const RuleMeta& m, const std::string& key) { return m.id < key; });
  return it != rules.end() && it->id == id ? &*it : nullptr;
}

}  // namespace plancheck::report
