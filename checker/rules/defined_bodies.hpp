// Kind `defined-bodies`: every body a procedure gives a task to is defined in the organisation section.
#pragma once

#include <memory>
#include <vector>

#include "facts/organisation.hpp"
#include "facts/phrase_pattern.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules {

struct DefinedBodiesParams {
  facts::PatternList ignore;  // <ignore>网信办|公安局</ignore>: outside bodies the plan need not define
};

// Works on the organisation model: a tasked body is defined when the body its name resolves to (by name,
// alias, the name without its organisation prefix or generic words, or the short kind word of a defined
// name) is mentioned in the organisation section, set up (成立X, X（以下简称“Y”）), listed in an annex member
// list or table, or named in an office clause. Never by kind alone: a defined 技术保障组 does not define a
// 数据恢复组.
class DefinedBodiesRule final : public Rule {
 public:
  explicit DefinedBodiesRule(DefinedBodiesParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;

 private:
  bool outside(const facts::OrgBody& b, const std::string& written) const;
  DefinedBodiesParams params_;
};

std::unique_ptr<const Rule> make_defined_bodies_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
