// A per-passage summary of which characters and character pairs occur, so a search for a phrase the
// passage cannot contain is skipped without reading the passage.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace plancheck::facts {

// The filter bits a phrase needs: one per code point and one per adjacent pair of code points.
struct CharPairKeys {
  std::vector<std::uint16_t> bits;  // sorted, without repeats

  static CharPairKeys of(std::string_view normalized);
  // Keys of `a` and `b` together (a phrase made of several pieces needs them all).
  static CharPairKeys merged(const CharPairKeys& a, const CharPairKeys& b);
};

// A Bloom filter over code points and adjacent pairs: never a false "absent", sometimes a false "maybe"
// (rarely in the short passages plans are made of). A phrase whose characters and pairs are not all set
// cannot occur; pieces joined by … are keyed separately, so no pair spans two pieces.
class CharPairFilter {
 public:
  static constexpr std::size_t kBits = 2048;

  static CharPairFilter of(std::string_view normalized);

  // add(first), then add(previous, next) for every later code point of a text, gives of(text): for a caller
  // that walks the text anyway (the passages split sentences in the same walk).
  void add(char32_t first) { set(single_bit(first)); }
  void add(char32_t prev, char32_t cp) {
    set(single_bit(cp));
    set(pair_bit(prev, cp));
  }

  // Multiplicative hashing to 11 bits (kBits = 2048); pairs and single code points use different
  // multipliers so that "ab" and "a" rarely share a bit.
  static std::uint16_t single_bit(char32_t cp) { return static_cast<std::uint16_t>((cp * 0x9E3779B1u) >> 21); }
  static std::uint16_t pair_bit(char32_t a, char32_t b) {
    return static_cast<std::uint16_t>(((a * 0x85EBCA77u) ^ (b * 0xC2B2AE3Du)) * 0x27D4EB2Fu >> 21);
  }

  friend bool operator==(const CharPairFilter& a, const CharPairFilter& b) { return a.words_ == b.words_; }

  bool may_contain(const CharPairKeys& keys) const {
    for (std::uint16_t b : keys.bits) {
      if ((words_[b >> 6] & (std::uint64_t{1} << (b & 63))) == 0) return false;
    }
    return true;
  }

 private:
  void set(std::uint16_t bit) { words_[bit >> 6] |= std::uint64_t{1} << (bit & 63); }

  std::array<std::uint64_t, kBits / 64> words_{};
};

// The keys of several words: a scanner that only ever starts at one of them skips a passage whose filter
// holds none (may_hold_any false means no word occurs; true, that one may).
// The keys every word needs (a list of many phrases of one word, 指定…联络员 … 联络员名单, all need 联) are asked
// first: a passage without them is skipped in one test instead of one per word.
class WordKeys {
 public:
  void add(std::string_view word) { add(CharPairKeys::of(word)); }
  void add(CharPairKeys keys);
  template <typename Words>
  void add_all(const Words& words) {
    for (std::string_view w : words) add(w);
  }
  bool may_hold_any(const CharPairFilter& filter) const {
    if (!filter.may_contain(shared_)) return false;
    return std::any_of(keys_.begin(), keys_.end(), [&](const CharPairKeys& k) { return filter.may_contain(k); });
  }

 private:
  std::vector<CharPairKeys> keys_;
  CharPairKeys shared_;  // the keys all of keys_ hold
};

}  // namespace plancheck::facts
