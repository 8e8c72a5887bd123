// Internal to the organisation model (facts/organisation*.cpp): the steps build_organisation runs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/organisation.hpp"

namespace plancheck::facts::org_detail {

// The names under which `name` is looked up: itself, without its organisation prefix, without generic words.
std::vector<std::string> lookup_keys(std::string_view name);

bool is_defining(const BodyMention& m);

// Groups of BodyFacts bodies that are one body (indices into facts.bodies), in first-mention order.
std::vector<std::vector<std::size_t>> group_bodies(const BodyFacts& facts);

// Each group's canonical name, aliases and category; its places sorted into document order.
void name_bodies(const BodyFacts& facts, const std::vector<std::vector<std::size_t>>& groups, Organisation& org);

// Parents: `sub_body_parent` (from 下设) where known, otherwise the body whose name opens the body's name
// (领导小组办公室 → 领导小组).
void link_parents(const std::vector<std::optional<std::size_t>>& sub_body_parent, Organisation& org);

// The part of a plan a section path is in, read from its innermost heading first.
Phase phase_of(std::string_view section_path);

}  // namespace plancheck::facts::org_detail
