// What a check is judged against besides the plan: the date (rules and citations in force on it) and the
// kind of organisation the plan belongs to (the 2025 reporting measures set a limit per kind).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/source_text.hpp"

namespace plancheck {

// 关键信息基础设施运营者; 中央和国家机关各部门及其直属单位; every other network operator.
enum class OrgKind { Cii, Central, Other };

// Where the kind came from: --org-kind, an --org-profile row, a statement in the plan, or nothing.
enum class OrgKindSource { Declared, Profile, Plan, Default };

std::string_view to_string(OrgKind kind);             // "cii" | "central" | "other"
std::string_view to_string(OrgKindSource source);     // "declared" | "profile" | "plan" | "default"
std::optional<OrgKind> parse_org_kind(std::string_view s);
std::optional<OrgKindSource> parse_org_kind_source(std::string_view s);

struct OrgKindInfo {
  OrgKind kind = OrgKind::Other;
  OrgKindSource source = OrgKindSource::Default;
  std::string evidence;   // Plan: the sentence that says so, as written; Profile: the matching glob
  Location location;      // Plan: where that sentence is
  std::string name;       // Profile: the organisation's name from the profile row, when given
};

struct Circumstances {
  std::string as_of;      // "YYYY-MM-DD": rules, rulesets and citation entries are judged as of this date
                          // ("" in unit tests: everything dated is in force)
  OrgKindInfo org;
};

// Whether `date` ("YYYY-MM-DD") is within [from, until): an empty bound is open. An empty `date` (no date
// given, as in unit tests of a single kind) judges everything in force.
bool in_force(std::string_view date, std::string_view from, std::string_view until);

// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view s);

}  // namespace plancheck
