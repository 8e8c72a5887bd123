// Durations (30天内, 10个工作日内, 三十日, 一个月) read from a plan's passages and at every number in them.
#include <fmt/format.h>

#include "facts/timing.hpp"
#include "fuzz/invariants.hpp"
#include "fuzz/plan_check.hpp"
#include "fuzz/targets.hpp"
#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

namespace {

std::string describe(const std::vector<facts::Duration>& durations) {
  std::string out;
  for (const facts::Duration& d : durations) {
    out += fmt::format("{} {} {}:{}-{} within {} [{}] aggregate {}\n", d.amount, static_cast<int>(d.unit),
                       d.at.passage, d.at.span.begin, d.at.span.end, d.within, d.anchor, d.aggregate);
  }
  return out;
}

// read_duration wherever a number may start in the passage's normalised text.
void read_everywhere(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t at = pos;
    if (!text::can_start_number(text::next_code_point(s, pos))) continue;
    std::size_t end = at;
    const facts::Duration d = facts::read_duration(s, at, &end);
    if (d.amount == 0) continue;
    require(d.amount > 0, "a duration is positive");
    require(end > at && end <= s.size(), "a duration read ends inside the text, after its start");
    require(d.calendar_days() > 0, "a duration lasts some days");
  }
}

}  // namespace

void fuzz_durations(std::string_view input) {
  const std::optional<Document> doc = parse_plan(input);
  if (!doc) return;
  const facts::Passages passages = facts::Passages::from(*doc);
  const std::vector<facts::Duration> durations = facts::extract_durations(passages);
  require_same(describe(durations), describe(facts::extract_durations(passages)), "extract_durations");
  for (const facts::Duration& d : durations) {
    require(d.amount > 0, "an extracted duration is positive");
    require_ref(*doc, passages, d.at, "duration");
    require_ref(*doc, passages, d.sentence, "duration sentence");
    require(!d.at.known || !d.sentence.known ||
                (d.sentence.span.begin <= d.at.span.begin && d.at.span.end <= d.sentence.span.end),
            "a duration lies inside its sentence");
  }
  for (const facts::Passage& p : passages.items) read_everywhere(p.norm.text);
}

}  // namespace plancheck::fuzz
