#include "ruleset/ruleset.hpp"

namespace plancheck::ruleset {

std::vector<const Param*> RuleSpec::params_named(const std::string& name) const {
  std::vector<const Param*> out;
  for (const Param& p : params) {
    if (p.name == name) out.push_back(&p);
  }
  return out;
}

ToolError ruleset_error(const std::string& file, int line, MsgId id, MessageFields fields) {
  ToolError e;
  e.kind = ErrorKind::Ruleset;
  e.file = file;
  e.location.line = line;
  e.location.column = line > 0 ? 1 : 0;
  e.message = Message{id, std::move(fields)};
  return e;
}

}  // namespace plancheck::ruleset
