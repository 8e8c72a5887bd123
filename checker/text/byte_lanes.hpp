// SSE2 tests of sixteen bytes at once, as 0xFF lanes: for the scans that read plan text a block at a time
// (the not-a-plan count, the UTF-8 check, the JSON strings' copy, a line's width as laid out). Callers keep a byte-by-byte path for
// machines without SSE2.
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>

#include <cstddef>

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

// Whether the sixteen bytes at `p` (18 of them readable; `p` starts a sequence) are each either in a lane of
// `plain` (ASCII the caller takes as it is) or part of a three-byte sequence with a lead from E1 to EC, EE
// or EF and two continuation bytes, which is always well-formed (E0 and ED are not: their second byte needs
// a range check). Returns how many bytes that is, counting the continuation bytes of a sequence that starts
// in the last two lanes (16 to 18), and sets `leads` to the lanes where sequences start; returns 0 when any
// byte is something else.
inline std::size_t whole_three_byte_run(const char* p, unsigned plain, unsigned& leads) {
  const __m128i b0 = load_bytes(p);
  const __m128i b1 = load_bytes(p + 1);
  const __m128i b2 = load_bytes(p + 2);
  leads = lane_bits(_mm_andnot_si128(bytes_equal(b0, 0xED), bytes_in_range(b0, 0xE1, 0xEF)));
  const unsigned continuation = lane_bits(bytes_in_range(b0, 0x80, 0xBF));
  const unsigned followed = lane_bits(_mm_and_si128(bytes_in_range(b1, 0x80, 0xBF), bytes_in_range(b2, 0x80, 0xBF)));
  if ((plain | leads | continuation) != 0xFFFF || (leads & ~followed) != 0) return 0;
  // Every continuation byte is one of the two after a lead of this block, and every lead has its two.
  if (continuation != (((leads << 1) | (leads << 2)) & 0xFFFF)) return 0;
  return (leads & 0x8000) != 0 ? 18 : (leads & 0x4000) != 0 ? 17 : 16;
}

}  // namespace plancheck::text

#endif
