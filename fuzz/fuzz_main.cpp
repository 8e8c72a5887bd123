// libFuzzer's entry for the target named by PLANCHECK_FUZZ_TARGET (one executable per target).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/context.hpp"
#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"

namespace {

const plancheck::fuzz::Target* g_target = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_target = plancheck::fuzz::find_target(PLANCHECK_FUZZ_TARGET);
  if (!g_target) {
    std::fprintf(stderr, "plancheck fuzz: no target named %s in fuzz/targets.cpp\n", PLANCHECK_FUZZ_TARGET);
    std::abort();
  }
  plancheck::fuzz::context();  // load rulesets and schemas before the first input, not during it
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  g_target->run(plancheck::fuzz::as_text(data, size));
  return 0;
}
