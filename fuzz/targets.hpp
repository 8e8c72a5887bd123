// THE table of fuzz targets: each runs one reader on fuzzed bytes and checks its invariants. libFuzzer
// drives one target per executable (fuzz_main.cpp); the replay test runs them all on the committed inputs.
#pragma once

#include <string_view>
#include <vector>

namespace plancheck::fuzz {

struct Target {
  std::string_view name;          // also the folder of its corpus (fuzz/corpus/<name>) and its executable
  void (*run)(std::string_view input);
};

const std::vector<Target>& targets();
const Target* find_target(std::string_view name);

// One function per target, each in its own file.
void fuzz_encoding(std::string_view input);
void fuzz_plan_xml(std::string_view input);
void fuzz_markdown(std::string_view input);
void fuzz_plain_text(std::string_view input);
void fuzz_heading_number(std::string_view input);
void fuzz_numerals(std::string_view input);
void fuzz_durations(std::string_view input);
void fuzz_frequencies(std::string_view input);
void fuzz_ruleset(std::string_view input);
void fuzz_waivers(std::string_view input);
void fuzz_glob(std::string_view input);
void fuzz_suppressions(std::string_view input);
void fuzz_office(std::string_view input);

}  // namespace plancheck::fuzz
