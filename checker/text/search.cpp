#include "text/search.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace plancheck::text {
namespace {

// The two byte positions of `needle` compared first. A continuation byte (80..BF) of a CJK character is
// spread over 64 values where a lead byte has about six, so the last byte of the first character is a far
// better filter than the first byte.
struct Probes {
  std::size_t first = 0;
  std::size_t last = 0;
};

Probes probes_for(std::string_view needle) {
  Probes p;
  p.last = needle.size() - 1;
  const auto lead = static_cast<unsigned char>(needle[0]);
  std::size_t first_len = 1;
  if (lead >= 0xF0) {
    first_len = 4;
  } else if (lead >= 0xE0) {
    first_len = 3;
  } else if (lead >= 0xC0) {
    first_len = 2;
  }
  p.first = first_len <= needle.size() ? first_len - 1 : 0;
  if (p.first == p.last) p.first = p.last > 0 ? p.last - 1 : 0;
  return p;
}

bool matches_at(const char* at, std::string_view needle) { return std::memcmp(at, needle.data(), needle.size()) == 0; }

}  // namespace

std::size_t find_text(std::string_view hay, std::string_view needle, std::size_t from) {
  const std::size_t n = needle.size();
  if (from > hay.size()) return std::string_view::npos;
  if (n == 0) return from;
  if (hay.size() - from < n) return std::string_view::npos;
  const char* const base = hay.data();
  if (n == 1) {
    const void* at = std::memchr(base + from, needle[0], hay.size() - from);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - base) : std::string_view::npos;
  }
  const Probes p = probes_for(needle);
  const char b1 = needle[p.first];
  const char b2 = needle[p.last];
  // Candidate starts are i in [from, last_start].
  const std::size_t last_start = hay.size() - n;
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i v1 = _mm_set1_epi8(b1);
  const __m128i v2 = _mm_set1_epi8(b2);
  // The starts start..start+15 at which both probe bytes agree, one bit each. The loads reach byte
  // start + 15 + p.last, which must be inside `hay`.
  const auto block = [&](std::size_t start) {
    const __m128i h1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + start + p.first));
    const __m128i h2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + start + p.last));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(h1, v1), _mm_cmpeq_epi8(h2, v2))));
  };
  const auto first_match = [&](std::size_t start, std::uint32_t mask) {
    for (; mask != 0; mask &= mask - 1) {
      const auto bit = static_cast<std::size_t>(__builtin_ctz(mask));
      if (matches_at(base + start + bit, needle)) return start + bit;
    }
    return std::string_view::npos;
  };
  while (i + 15 <= last_start) {
    if (const std::size_t at = first_match(i, block(i)); at != std::string_view::npos) return at;
    i += 16;
  }
  // Fewer than 16 starts are left. When the text holds a whole block before them, the block ending at the
  // last start tests them, its starts before i masked off: most texts searched are a sentence long, and
  // byte by byte these last starts cost as much as all the blocks before them.
  if (i <= last_start && last_start >= 15) {
    const std::size_t start = last_start - 15;
    return first_match(start, block(start) & (~std::uint32_t{0} << (i - start)));
  }
#endif
  for (; i <= last_start; ++i) {
    if (base[i + p.first] == b1 && base[i + p.last] == b2 && matches_at(base + i, needle)) return i;
  }
  return std::string_view::npos;
}

}  // namespace plancheck::text
