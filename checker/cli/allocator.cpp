#include "cli/allocator.hpp"

#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#if defined(PLANCHECK_WITH_MIMALLOC)
#include <mimalloc.h>
#endif

namespace plancheck::cli {

AllocatorInUse allocator_in_use() {
  AllocatorInUse in_use;
#if defined(PLANCHECK_WITH_MIMALLOC)
  const std::unique_ptr<void, decltype(&std::free)> by_malloc(std::malloc(24), &std::free);
  const auto by_new = std::make_unique<char[]>(24);
  if (mi_is_in_heap_region(by_malloc.get()) && mi_is_in_heap_region(by_new.get())) {
    const int v = mi_version();  // major * 100 + minor * 10 + patch, e.g. 209
    in_use.mimalloc = true;
    in_use.version = fmt::format("{}.{}.{}", v / 100, v / 10 % 10, v % 10);
  }
#endif
  return in_use;
}

}  // namespace plancheck::cli
