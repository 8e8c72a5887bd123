#include "fuzz/targets.hpp"

namespace plancheck::fuzz {

const std::vector<Target>& targets() {
  static const std::vector<Target> table{
      {"durations", fuzz_durations},
      {"encoding", fuzz_encoding},
      {"frequencies", fuzz_frequencies},
      {"glob", fuzz_glob},
      {"heading_number", fuzz_heading_number},
      {"markdown", fuzz_markdown},
      {"numerals", fuzz_numerals},
      {"office", fuzz_office},
      {"plain_text", fuzz_plain_text},
      {"plan_xml", fuzz_plan_xml},
      {"ruleset", fuzz_ruleset},
      {"suppressions", fuzz_suppressions},
      {"waivers", fuzz_waivers},
  };
  return table;
}

const Target* find_target(std::string_view name) {
  for (const Target& t : targets()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

}  // namespace plancheck::fuzz
