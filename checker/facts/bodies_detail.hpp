// Shared by the files of the body facts (body_names.cpp: where a body's name is in a passage; bodies.cpp:
// which mentions are one body, its aliases and offices). Not part of the facts' interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/bodies.hpp"
#include "facts/passages.hpp"
#include "text/search.hpp"

namespace plancheck::facts::body_detail {

bool starts_with(std::string_view s, std::size_t pos, std::string_view w);
using text::ends_with_at;

// A body's name found in a passage, before it is told apart from the other bodies.
struct RawMention {
  Span span;
  BodyCategory category;
  bool after_you = false;
  std::string tail;  // the kind word, when the name is longer than it
};

// The bodies named in a passage, by the kind words their names end with (…领导小组, …办公室, …组), each
// starting after the last stop word before it; in order.
std::vector<RawMention> scan_bodies(const Passage& p);
// Where the text after that alias's closing bracket starts (X（以下简称“Y”）, …: the "，"); `end` when the name
// defines no alias.
std::size_t past_alias(std::string_view s, std::size_t end);
// Whether scan_bodies finds a name by its kind word wherever it stands (…领导小组, …办公室; not …中心, which
// is a body only where it is set up).
bool found_by_kind_word(std::string_view name);
// A verb that sets a body up (成立, 设立, 组建, 建立, 下设) ends right before `begin`.
bool sets_up_before(std::string_view s, std::size_t begin);
// A task verb (负责, 组织, 应…) starts right after a name ending at `end`, or after a clause of when that
// follows it ("接到报告后，应立即…").
bool task_after(std::string_view s, std::size_t end);
// The clause of a name ending at `end` says what a body is made of ("由信息科技部安全团队和签约服务商人员组成"):
// a name after 由 there is a member, not the one doing a task.
bool names_members(std::string_view s, std::size_t end);
// Office clauses (office_clauses.cpp): "日常工作由X承担", "由X承担领导小组日常工作", "X（以下简称“Y”）是领导小组的
// 日常办事机构" name X the office of the body; "（办公室）设在X" names X its host (another name of the office
// just named).
struct OfficeClause {
  Span department;
  bool host = false;  // 设在X: X is another name of the office just named
};
std::vector<OfficeClause> office_clauses(const Passage& p);

// Appends the positions (组长, 联络员 …) a passage names.
void scan_positions(const Passage& p, BodyFacts& facts);

}  // namespace plancheck::facts::body_detail
