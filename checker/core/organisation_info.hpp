// The plan's organisation model as reports carry it: bodies with their names, definitions, duties and tasks,
// each place resolved to a location, section and sentence (facts/organisation.hpp builds it).
#pragma once

#include <string>
#include <vector>

#include "core/source_text.hpp"

namespace plancheck {

struct OrgPlaceInfo {
  std::string kind;   // definitions: organisation-chapter | set-up | member-list | office-clause; tasks: the
                      // phase (monitoring, warning, reporting, response, recovery, investigation, drills,
                      // safeguards, other); duties: ""
  std::string name;   // the name as written there, original characters
  Location location;  // where the name is written
  std::string section;
  std::string text;   // the sentence, original characters
};

struct OrgHeadInfo {
  std::string position;  // 组长
  std::string holder;    // 局长; "" when not said
};

struct OrgBodyInfo {
  std::string name;                  // canonical name
  std::string category;              // leading | command | office | team | experts | tech-team | group
  std::vector<std::string> aliases;  // sorted
  std::string parent;                // canonical name of the body it belongs to; ""
  std::vector<OrgHeadInfo> heads;
  std::vector<OrgPlaceInfo> definitions;
  std::vector<OrgPlaceInfo> duties;
  std::vector<OrgPlaceInfo> tasks;
  std::vector<OrgPlaceInfo> reports_to;  // kind: the canonical name of the body reported to; name: as written
};

}  // namespace plancheck
