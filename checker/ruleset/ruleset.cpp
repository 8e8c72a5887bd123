#include "ruleset/ruleset.hpp"

namespace plancheck::ruleset {

std::vector<const Param*> RuleSpec::params_named(const std::string& name) const {
  std::vector<const Param*> out;
  for (const Param& p : params) {
    if (p.name == name) out.push_back(&p);
  }
  return out;
}

}  // namespace plancheck::ruleset
