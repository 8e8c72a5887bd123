// Kind `citation-number`: a standard cited by a number that does not exist, or by a real number with
// another standard's title (GB/Z 20986-2019; GB/T 22239-2019《…事件分类分级指南》).
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// Parameters: <standard number="GB/T 20986-2023" title="信息安全技术 网络安全事件分类分级指南"/>, the
// catalogue of known editions. A cited number whose series (20986) is in the catalogue but whose edition
// (prefix and year) is not does not exist; a known number written next to a 《title》 (just before or
// after it) that is the catalogue title of another series carries the wrong title. Series not in the
// catalogue are never judged.
// Messages: unknown {found} {known}; wrong-title {found} {title} {expected}.
std::unique_ptr<const Rule> make_citation_number_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
