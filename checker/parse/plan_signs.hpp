// Whether a text shows any sign of being an emergency plan, so that a README or a note in a batch is set
// apart as "not a plan" instead of being scored as a failing plan.
#pragma once

#include <optional>
#include <string_view>

#include "core/message.hpp"

namespace plancheck::parse {

// Why `utf8` is not an emergency plan, or nothing when it may be one. A text is not a plan when
//  - it holds no Chinese text: fewer than 20 CJK ideographs, or fewer ideographs than Latin letters
//    (English documents, READMEs quoting a few Chinese terms); or
//  - it has none of the plan vocabulary (预案, 应急, 突发, 事件, 处置, 响应, in simplified or traditional
//    characters) and no numbered Chinese headings (第一章, 一、, （一）) — the structure every plan has.
// Deliberately generous: one word of the vocabulary is enough, so short plans and plans in traditional
// characters pass; only files with no sign at all are set apart (and --force checks them anyway).
std::optional<Message> not_a_plan_reason(std::string_view utf8);

// What the first test counts: the CJK ideographs and the Latin letters of `utf8` outside markup (tags,
// declarations, comments). An ill-formed byte counts as neither.
struct ScriptCounts {
  std::size_t ideographs = 0;
  std::size_t latin = 0;
};
ScriptCounts count_scripts(std::string_view utf8);

}  // namespace plancheck::parse
