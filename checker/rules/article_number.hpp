// Kind `article-number`: a law's article cited by a number it no longer has (《网络安全法》第二十五条 after
// the 2026 renumbering); the finding names the new number.
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <law> a title (or part of it) the articles belong to (网络安全法; several allowed);
// <renumbered old="25" new="27" topic-zh="…" topic-en="…"/> one row per moved article. A citation is the
// title followed by 第N条 (Chinese or Arabic numerals; a list "第二十五条、第三十四条" counts each). Date the
// rule with effective-from: before it the old numbers are right.
// Messages: renumbered {found} {law} {old} {new} {topic}.
std::unique_ptr<const Rule> make_article_number_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
