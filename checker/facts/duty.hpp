// 24-hour duty: what a duty mention applies under, and duty said without a number. Part of extract_timing
// (timing.cpp), which reads "24小时值班" from the durations it has read.
#pragma once

#include <string_view>

#include "facts/passages.hpp"
#include "facts/timing.hpp"

namespace plancheck::facts::duty_detail {

// What a 24-hour duty applies under: the colours and response levels of its sentence and headings, of the
// sentence it refers back to, of its paragraph's label and of the lead-in of the list it is an item of.
DutyMention duty_context(const Passages& ps, const Passage& p, Span sentence, std::string_view heading_path);

// Round-the-clock duty said without a number ("实行全天候值班", "昼夜值守"): a duty mention as "24小时值班" is.
// Keeps out.duties in text order.
void round_the_clock_duty(const Passages& ps, TimingFacts& out);

}  // namespace plancheck::facts::duty_detail
