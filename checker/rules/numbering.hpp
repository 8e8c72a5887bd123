// Kind `numbering`: each sibling sequence of numbered headings runs without a gap, a repeat or a style change.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "rules/registry.hpp"

namespace plancheck::rules {

// No parameters. Unnumbered (bold, Markdown) headings take no part; appendix headings (附件1, 附件2)
// form a sequence of their own; dotted numbers (4.2.1) are checked on their last component among
// siblings that share the same prefix.
std::unique_ptr<const Rule> make_numbering_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

// How a heading numbered like `model` would be written with `value` in its last place: ("第七篇", 8) →
// "第八篇", ("4.2.1", 2) → "4.2.2", ("（三）", 4) → "（四）".
std::string renumbered(const Numbering& model, int value);

}  // namespace plancheck::rules
