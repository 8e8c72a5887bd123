// The table of matching forms as compiled into the program (generated at build time; see char_forms_icu.hpp).
#pragma once

#include <cstddef>
#include <cstdint>

namespace plancheck::text {

// A code point whose form is not itself: its text is kCharFormPool[offset, offset + length).
struct CharFormEntry {
  std::uint32_t cp;
  std::uint32_t offset;
  std::uint32_t length;
};

constexpr std::size_t kCharFlagCount = 0x10000;
extern const std::uint8_t kCharFlags[kCharFlagCount];  // CharFlag bits of every code point below U+10000
extern const CharFormEntry kCharFormEntries[];          // ascending code points
extern const std::size_t kCharFormEntryCount;
extern const unsigned char kCharFormPool[];  // UTF-8 bytes
extern const std::size_t kCharFormPoolSize;

}  // namespace plancheck::text
