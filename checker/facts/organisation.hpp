// The plan's organisation model: each body it names, under one canonical name with every way the plan refers
// to it, where it is defined (with its duties, head and parent) and where the procedures give it tasks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/organisation_info.hpp"
#include "facts/bodies.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

// The part of a plan a task is given in, read from its section's heading.
enum class Phase { Monitoring, Warning, Reporting, Response, Recovery, Investigation, Drills, Safeguards, Other };
std::string_view to_string(Phase p);

// How a definition defines: the organisation chapter names it, a sentence sets it up (成立X, X（以下简称“Y”）,
// a heading), an annex member list or table lists it, or an office clause names it (日常工作由X承担).
enum class DefinedBy { Chapter, SetUp, Members, Office };
std::string_view to_string(DefinedBy d);

struct OrgPlace {
  std::size_t passage = 0;  // index in Passages::items
  Span span;                // the name as written, in the passage's normalised text
};

struct OrgDefinition {
  OrgPlace at;
  DefinedBy how = DefinedBy::Chapter;
};

struct OrgTask {
  OrgPlace at;
  Phase phase = Phase::Other;
};

// "X向Y报告", "X及时报告Y", "X报送Y": X reports to (or notifies) Y.
struct OrgReport {
  OrgPlace at;         // the name of the body reported to, in the sentence that says it
  std::size_t to = 0;  // index in Organisation::bodies of the body reported to
};

struct OrgHead {
  std::string position;  // 组长
  std::string holder;    // 局长 (from 组长由局长担任 / 组长：局长); "" when not said
};

struct OrgBody {
  std::string name;                     // canonical: the longest name under which it is defined, else the first
  std::vector<std::string> aliases;     // every other way the plan refers to it, sorted
  BodyCategory category = BodyCategory::Team;
  std::vector<OrgDefinition> definitions;  // document order
  std::vector<OrgPlace> duties;         // sentences (span = the sentence) that state its duties where defined
  std::vector<OrgHead> heads;           // 组长, 副组长 … in the order written
  std::string parent;                   // canonical name of the body it belongs to (下设, 领导小组办公室); ""
  std::vector<OrgTask> tasks;           // document order: outside the organisation chapter
  std::vector<OrgReport> reports;       // document order: the bodies it reports to or notifies
  std::vector<OrgPlace> mentions;       // every mention, document order

  bool defined() const { return !definitions.empty(); }
};

struct Organisation {
  std::vector<OrgBody> bodies;  // in order of first mention
  // The body a written name refers to: by canonical name or alias, by the name without its organisation
  // prefix (本单位, 市, 集团 …) or generic words (网络安全, 应急, 工作 …), or as the short kind word of exactly
  // the defined name (领导小组 for 网络安全应急领导小组). Never by kind alone: 数据恢复组 resolves to no 技术保障组.
  std::optional<std::size_t> resolve(std::string_view written) const;
};

// Pure and thread-safe.
Organisation build_organisation(const Passages& passages, const BodyFacts& bodies);

// Whether the body named at `span` of `sentence` (in text `s`) is acted on there, not the one acting: a report
// goes to it (报告应急办, 向领导小组书面报告), or another works with, helps, contacts or obeys it
// ("负责本部门和应急办之间的日常联络", "配合技术处置组开展工作", "服从指挥部统一调度"). Such a mention defines nothing
// and gives the body no duty.
bool acted_on(std::string_view s, Span sentence, Span span);

// The model as reports carry it: each place with its location, section and sentence (original text).
std::vector<OrgBodyInfo> describe_organisation(const Document& doc, const Passages& passages, const Organisation& org);

// The name without an organisation prefix (本单位, 本局, 我院, 集团, 市 …), "" when it has none.
std::string without_org_prefix(std::string_view name);
// The name without generic words (网络安全, 网络与信息安全, 应急, 工作 …), for matching variants.
std::string name_core(std::string_view name);

}  // namespace plancheck::facts
