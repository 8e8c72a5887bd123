#pragma once
// Which allocator serves malloc and operator new in this process, for `plancheck --version`.
#include <string>

namespace plancheck::cli {

struct AllocatorInUse {
  bool mimalloc = false;  // both malloc and operator new return memory of mimalloc's heap
  std::string version;    // "2.0.9" when mimalloc, else empty
};

// Asks rather than assumes: a build linked against mimalloc whose malloc was not interposed (link order,
// LD_PRELOAD of another allocator) reports the C library's.
AllocatorInUse allocator_in_use();

}  // namespace plancheck::cli
