// Kind `defined-bodies`: every body a procedure gives a task to is defined in the organisation section.
#pragma once

#include <memory>
#include <vector>

#include "facts/phrase_pattern.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules {

struct DefinedBodiesParams {
  facts::PatternList ignore;  // <ignore>网信办|公安局</ignore>: outside bodies the plan need not define
};

// A body counts as defined when it is mentioned in the organisation section or in a defining clause
// (成立X, X（以下简称“Y”）, a heading). A variant of a defined body of the same category (应急领导小组 for
// a defined 网络安全和信息化工作领导小组, 领导组 for 领导小组) is the same body: plans rarely repeat the
// full name, and a second leading body of the same kind is far rarer than a shortened name.
class DefinedBodiesRule final : public Rule {
 public:
  explicit DefinedBodiesRule(DefinedBodiesParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;

 private:
  DefinedBodiesParams params_;
};

std::unique_ptr<const Rule> make_defined_bodies_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
