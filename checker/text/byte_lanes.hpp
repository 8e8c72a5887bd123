// SSE2 tests of sixteen bytes at once, as 0xFF lanes: for the scans that read plan text a block at a time
// (the not-a-plan count, the JSON strings' copy). Callers keep a byte-by-byte path for machines without SSE2.
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>

namespace plancheck::text {

// Lanes of `b` holding a byte in [lo, hi] (unsigned).
inline __m128i bytes_in_range(__m128i b, unsigned char lo, unsigned char hi) {
  const __m128i shifted = _mm_sub_epi8(b, _mm_set1_epi8(static_cast<char>(lo)));
  return _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(static_cast<char>(hi - lo))), shifted);
}

// Lanes of `b` holding `c`.
inline __m128i bytes_equal(__m128i b, unsigned char c) { return _mm_cmpeq_epi8(b, _mm_set1_epi8(static_cast<char>(c))); }

// The sixteen bytes at `p`, which need no alignment.
inline __m128i load_bytes(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

// One bit per lane, lane 0 the lowest.
inline unsigned lane_bits(__m128i lanes) { return static_cast<unsigned>(_mm_movemask_epi8(lanes)); }

}  // namespace plancheck::text

#endif
