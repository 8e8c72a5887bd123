// Kind `role`: the plan names a body of the given categories (领导小组, 应急办 …) or a position (组长,
// 牵头人 …) together with a duty in the same sentence.
#pragma once

#include <memory>
#include <utility>
#include <vector>

#include "facts/bodies.hpp"
#include "facts/phrase_pattern.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules {

struct RoleScan;  // body.cpp

struct RoleParams {
  std::vector<facts::BodyCategory> categories;  // <category>leading</category>
  facts::PatternList positions;                 // <position>组长|牵头人</position>
  facts::PatternList duties;                    // <duty>领导|指挥|统筹</duty>; none: being named suffices
  facts::PatternList names;                     // <name>应急|网络安全</name>; none: every body of the categories
};

class RoleRule final : public Rule {
 public:
  explicit RoleRule(RoleParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;

 private:
  // True (and reports the pass) when the sentence around `span` of passage `idx` carries a duty, or, with
  // `under_heading`, when `span` is what a heading names and the first paragraph under it carries one.
  // `scan`: what one check has read of the plan (each passage's body names, sentences with no duty).
  bool passes_at(const RuleContext& ctx, RoleScan& scan, std::size_t idx, facts::Span span,
                 bool under_heading, Reporter& out) const;
  // Whether body `b` is one the rule asks about: set up in the plan, or named as <name> says.
  bool counts(const facts::Passages& ps, const facts::Body& b) const;
  // Whether <name> names body `b` (true when the rule names none).
  bool named(const facts::Body& b) const;

  RoleParams params_;
};

std::unique_ptr<const Rule> make_role_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
