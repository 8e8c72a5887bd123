// Frequencies (每年至少一次, 每半年, 每两年一次, 定期) read from a plan's passages.
#include <fmt/format.h>

#include "facts/timing.hpp"
#include "fuzz/invariants.hpp"
#include "fuzz/plan_check.hpp"
#include "fuzz/targets.hpp"

namespace plancheck::fuzz {

namespace {

std::string describe(const std::vector<facts::Frequency>& frequencies) {
  std::string out;
  for (const facts::Frequency& f : frequencies) {
    out += fmt::format("{} vague {} [{}] [{}] [{}] {}:{}-{}\n", f.per_year, f.vague, f.word, f.subject, f.clause,
                       f.at.passage, f.at.span.begin, f.at.span.end);
  }
  return out;
}

}  // namespace

void fuzz_frequencies(std::string_view input) {
  const std::optional<Document> doc = parse_plan(input);
  if (!doc) return;
  const facts::Passages passages = facts::Passages::from(*doc);
  const std::vector<facts::Frequency> frequencies = facts::extract_frequencies(passages);
  require_same(describe(frequencies), describe(facts::extract_frequencies(passages)), "extract_frequencies");
  for (const facts::Frequency& f : frequencies) {
    require(f.per_year >= 0, "a frequency is not negative");
    require(f.vague == (f.per_year == 0), "a frequency is vague exactly when it has no rate");
    require(!f.word.empty(), "a frequency names its word");
    require(f.clause.find(f.word) != std::string::npos || f.word.find("…") != std::string::npos,
            "a frequency's word is in its clause");
    require(f.sentence_text.find(f.clause) != std::string::npos, "a frequency's clause is in its sentence");
    require_ref(*doc, passages, f.at, "frequency");
  }
}

}  // namespace plancheck::fuzz
