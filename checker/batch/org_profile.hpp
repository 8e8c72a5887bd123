// --org-profile FILE: the kind of organisation (cii, central, other) of each plan in a batch, by path glob.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/circumstances.hpp"
#include "core/lang.hpp"
#include "core/tool_error.hpp"

namespace plancheck::batch {

struct OrgProfileRow {
  std::string glob;   // waivers::glob_match syntax: plans/cii/**, */医院*.md
  OrgKind kind = OrgKind::Other;
  std::string name;   // the organisation's name, optional
  int line = 0;
};

struct OrgProfile {
  std::string file;
  std::vector<OrgProfileRow> rows;  // file order: the first match wins

  // The first row whose glob matches `path`, or null.
  const OrgProfileRow* match(const std::string& path) const;
};

// Reads a CSV file (UTF-8, optional BOM, "," separated, fields may be "quoted") whose header names the
// columns `path` and `kind` and optionally `name`, in any order. Every problem — an unreadable file, a
// missing column, an unknown kind, an empty glob — is an ErrorKind::Usage error naming file and line.
Result<OrgProfile> read_org_profile(const std::string& file);

}  // namespace plancheck::batch
