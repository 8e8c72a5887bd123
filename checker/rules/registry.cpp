#include "rules/registry.hpp"

#include <algorithm>

namespace plancheck::rules {

const std::vector<KindInfo>& kinds() {
  // One row per kind, sorted by name.
  static const std::vector<KindInfo> table = {
  };
  return table;
}

const KindInfo* find_kind(std::string_view name) {
  const auto& t = kinds();
  auto it = std::find_if(t.begin(), t.end(), [&](const KindInfo& k) { return k.name == name; });
  return it == t.end() ? nullptr : &*it;
}

}  // namespace plancheck::rules
