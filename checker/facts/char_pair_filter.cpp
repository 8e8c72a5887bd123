#include "facts/char_pair_filter.hpp"

#include <algorithm>
#include <iterator>

#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

// Multiplicative hashing to 11 bits (kBits = 2048); pairs and single code points use different
// multipliers so that "ab" and "a" rarely share a bit.
std::uint16_t single_bit(char32_t cp) { return static_cast<std::uint16_t>((cp * 0x9E3779B1u) >> 21); }

std::uint16_t pair_bit(char32_t a, char32_t b) {
  return static_cast<std::uint16_t>(((a * 0x85EBCA77u) ^ (b * 0xC2B2AE3Du)) * 0x27D4EB2Fu >> 21);
}

// Calls `f(bit)` for every code point and adjacent pair of `s`.
template <typename F>
void for_each_bit(std::string_view s, F&& f) {
  std::size_t pos = 0;
  char32_t prev = 0;
  bool first = true;
  while (pos < s.size()) {
    const char32_t cp = text::next_code_point(s, pos);
    f(single_bit(cp));
    if (!first) f(pair_bit(prev, cp));
    prev = cp;
    first = false;
  }
}

}  // namespace

CharPairKeys CharPairKeys::of(std::string_view normalized) {
  CharPairKeys k;
  for_each_bit(normalized, [&k](std::uint16_t b) { k.bits.push_back(b); });
  std::sort(k.bits.begin(), k.bits.end());
  k.bits.erase(std::unique(k.bits.begin(), k.bits.end()), k.bits.end());
  return k;
}

CharPairKeys CharPairKeys::merged(const CharPairKeys& a, const CharPairKeys& b) {
  CharPairKeys k;
  std::set_union(a.bits.begin(), a.bits.end(), b.bits.begin(), b.bits.end(), std::back_inserter(k.bits));
  return k;
}

CharPairFilter CharPairFilter::of(std::string_view normalized) {
  CharPairFilter f;
  for_each_bit(normalized, [&f](std::uint16_t b) { f.words_[b >> 6] |= std::uint64_t{1} << (b & 63); });
  return f;
}

}  // namespace plancheck::facts
