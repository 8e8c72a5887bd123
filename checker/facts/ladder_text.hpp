// Reading grading ladders from text: ladder declarations (分为四级：…) and level definitions (…是指：…).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/passages.hpp"
#include "facts/scan.hpp"

namespace plancheck::facts {

enum class LadderKind { Event, Colour, Response };

// A sentence declaring a ladder: "网络安全事件分为四级：特别重大…", "预警等级分为四级：由高到低依次用红色…
// 表示，分别对应…", "应急响应分为四级：I级、II级…，分别对应…".
struct LadderDeclaration {
  int count = 0;                         // the stated number of levels, 0 when none is stated
  std::vector<std::string> items;        // Event: listed level names; Colour: colours; Response: "1".."4"
  std::vector<std::string> mapped;       // event levels after 对应, in order ("分别对应特别重大、重大…")
  TextRef at;                            // the whole sentence
};

// `own`: the plan's own event level names, for a ladder mapped onto them ("Ⅰ级…依次对应一级、二级…事件").
LadderDeclaration find_ladder_declaration(const Passages& ps, LadderKind kind, const OwnLevelNames& own = {});

// "S1、S2、S3、S4依次对应国家规定的特别重大事件、重大事件…": a plan's own event level names mapped one by one
// onto the national levels in a sentence of their own, outside a 分为 ladder (and outside the sections on
// responses and warnings, whose levels map onto events too). `items` the own names, `mapped` the national
// ones; empty when there is none.
LadderDeclaration find_own_level_mapping(const Passages& ps);

// A level defined by a passage: "特别重大网络安全事件是指：…", "(1)…的，为重大网络安全事件：", "…，为一般网络
// 安全事件。". `criteria` is empty when the definition ends in a colon and its items follow.
struct LevelDefinition {
  std::string name;
  std::size_t name_begin = 0;
  Span criteria;
};

LevelDefinition find_level_definition(std::string_view s, const std::vector<std::string>& declared);

// The level name text starts with at `pos`: a canonical level, else one of `declared`; "" if none.
std::string level_name_at(std::string_view s, std::size_t pos, const std::vector<std::string>& declared);

// A listed level name without its noun ("重大网络安全事件" → "重大", "一级事件" → "一级").
std::string clean_level_item(std::string_view item);

// Whether `levels` (in text order, two or more, distinct) are one coordinated list of `s` that a later
// word at `tied_at` (a colour, a response level) is tied to as a whole: "发生重大或者较大网络安全事件的，启动
// Ⅱ级响应" ties Ⅱ级 to each. Not a ladder sentence pairing lists (分别对应, 依次), nor a tie before the list.
bool coordinated_levels(std::string_view s, const std::vector<LevelMention>& levels, std::size_t tied_at);

// Rungs (colours, response levels) a sentence may tie clause by clause (clause_level below).
inline constexpr std::size_t kMaxClauseRungs = 8;

// The one event level of the clause of `s` around a rung mention [begin, end) — a colour, a response level —
// when no other rung (`rungs`: the begin of each mention in the sentence) shares that clause:
// "红色预警对应特别重大事件，橙色预警对应重大事件，…" ties each colour in its own clause. nullopt when the
// clause names no level, or more than one. `own`: the plan's own event level names (event_level_mentions).
std::optional<LevelMention> clause_level(std::string_view s, std::size_t begin, const std::vector<std::size_t>& rungs,
                                         const OwnLevelNames& own = {});

}  // namespace plancheck::facts
