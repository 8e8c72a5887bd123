// Event levels, warning colours and response levels a plan defines, and how it maps them to each other.
#pragma once

#include <string>
#include <vector>

#include "core/document.hpp"
#include "facts/passages.hpp"
#include "facts/scan.hpp"

namespace plancheck::facts {

// One event level as the plan names it ("特别重大"; a renamed or extra level keeps the plan's own name).
struct EventLevel {
  std::string name;           // normalised, without the 网络安全事件/事件 suffix
  TextRef at;                 // where it is declared or defined
  std::string criteria;       // the definition's text (original characters), "" when none was found
  TextRef criteria_at;
};

// A warning colour and the event level it maps to ("" when the plan never says).
struct WarningColour {
  std::string name;           // 红色 / 橙色 / 黄色 / 蓝色
  std::string event_level;
  TextRef at;
};

// Who starts or ends a response level, as written ("部应急办"), with where it is said.
struct Authority {
  std::string who;            // normalised; "" when the sentence starts/ends the level without naming anyone
  TextRef at;
};

struct ResponseLevel {
  int number = 0;             // 1 = I级
  std::string event_level;    // mapped event level, "" when unknown
  TextRef at;                 // where the level is defined (declaration list or its own heading)
  std::vector<Authority> starts;
  std::vector<Authority> ends;
};

// A sentence (or table row) tying one colour or response level to one event level: used to spot a tie
// that contradicts the ladders (红色…较大).
struct LevelTie {
  enum class Kind { Colour, Response } kind = Kind::Colour;
  std::string from;           // "红色" or "I级"
  int rank = 0;               // colour rank 1..4 or response number
  std::string event_level;
  TextRef at;
};

struct GradingFacts {
  // Event ladder, highest first: from a declaration (分为四级：…) and/or the definitions found.
  std::vector<EventLevel> event_levels;
  int event_declared_count = 0;        // "分为四级" → 4; 0 when no count is stated
  TextRef event_declared_at;
  OwnLevelNames own_event_names;       // own names the declaration maps onto the national levels ("P1" → "特别重大")

  std::vector<WarningColour> colours;  // in the order the plan lists them
  TextRef colours_at;                  // the sentence/table declaring the colour ladder

  std::vector<ResponseLevel> responses;  // sorted by number
  int response_declared_count = 0;
  TextRef response_declared_at;
  int highest_response = 0;            // the level stated as 最高 (e.g. "I级为最高响应级别"), 0 if none
  TextRef highest_at;
  std::vector<Authority> generic_ends; // 应急结束 provisions naming no level (apply to all levels)

  std::vector<LevelTie> ties;

  const EventLevel* event_level(const std::string& name) const;
  const ResponseLevel* response(int number) const;
};

GradingFacts extract_grading(const Document& doc, const Passages& passages);

// The parts, exposed for unit tests and reuse.
void extract_event_levels(const Passages& passages, GradingFacts& out);
void extract_colours(const Passages& passages, GradingFacts& out);
void extract_responses(const Passages& passages, GradingFacts& out);
void extract_response_authorities(const Passages& passages, GradingFacts& out);

}  // namespace plancheck::facts
