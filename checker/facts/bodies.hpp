// Organisational bodies (领导小组, 应急办, 专家组 …) and positions (组长, 联络员 …): where each is defined and used.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

// What kind of body a name denotes, read from its suffix (…领导小组, …办公室, …工作组 …). Group: a name
// that ends in a generic 组, 团队 or 队伍 (数据恢复组, 应急响应团队): a body, of no kind the role rules know.
enum class BodyCategory { Leading, Command, Office, Team, Experts, TechTeam, Group };
std::string_view to_string(BodyCategory c);

struct BodyMention {
  std::size_t passage = 0;      // index in Passages::items
  Span span;                    // the name in the passage's normalised text
  bool in_organisation = false; // inside the organisation section (组织机构与职责 …)
  bool defining = false;        // a heading names it, 成立X / 设立X, or X（以下简称“Y”）
  bool task = false;            // given a task: 由X…, X负责…, X组织…, X要…
  bool office = false;          // named as the office of another body: 日常工作由X承担, 办公室设在X
};

struct Body {
  std::string name;                     // normalised, as first written: 应急处置工作组
  std::vector<std::string> aliases;     // from （以下简称“应急工作组”）
  BodyCategory category = BodyCategory::Team;
  std::string tail;                     // the kind word the name ends in when the name is longer (领导小组)
  std::vector<BodyMention> mentions;    // document order
};

struct PositionMention {
  std::string name;             // normalised: 组长, 牵头人, 联络员 …
  std::size_t passage = 0;
  Span span;
};

struct BodyFacts {
  std::vector<Body> bodies;               // in order of first mention
  std::vector<PositionMention> positions; // document order
  bool has_organisation_section = false;
};

BodyFacts extract_bodies(const Document& doc, const Passages& passages);

// Two names joined by a list word only (、 和 及 与 以及 ，): what sets up or tasks one does the other.
bool joined_by_list_word(std::string_view normalised, Span a, Span b);

// True when a heading title names the organisation section (组织机构与职责, 组织体系, 领导机构与职责 …).
bool is_organisation_heading(std::string_view normalised_title);

// Whether a body's name opens with the organisation's own word (集团网信办, 本局应急办, 公司办公室): a body of
// the plan's own organisation, whatever its kind word. Not a bare unit word (局网信办 may be a parent's).
bool starts_with_own_word(std::string_view normalised_name);

}  // namespace plancheck::facts
