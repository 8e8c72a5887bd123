#include "facts/char_pair_filter.hpp"

#include <algorithm>
#include <iterator>

#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

// Calls `f(bit)` for every code point and adjacent pair of `s`.
template <typename F>
void for_each_bit(std::string_view s, F&& f) {
  std::size_t pos = 0;
  char32_t prev = 0;
  bool first = true;
  while (pos < s.size()) {
    const char32_t cp = text::next_code_point(s, pos);
    f(CharPairFilter::single_bit(cp));
    if (!first) f(CharPairFilter::pair_bit(prev, cp));
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

void WordKeys::add(CharPairKeys keys) {
  if (keys_.empty()) {
    shared_ = keys;
  } else {
    CharPairKeys both;
    std::set_intersection(shared_.bits.begin(), shared_.bits.end(), keys.bits.begin(), keys.bits.end(),
                          std::back_inserter(both.bits));
    shared_ = std::move(both);
  }
  keys_.push_back(std::move(keys));
}

CharPairFilter CharPairFilter::of(std::string_view normalized) {
  CharPairFilter f;
  for_each_bit(normalized, [&f](std::uint16_t b) { f.set(b); });
  return f;
}

}  // namespace plancheck::facts
