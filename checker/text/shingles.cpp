#include "text/shingles.hpp"

#include <algorithm>
#include <limits>

#include "text/utf8.hpp"

namespace plancheck::text {

namespace {

// Letters, digits and ideographs; not white space, punctuation or symbols.
bool is_content(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (is_cjk(cp)) return true;
  if (is_cjk_punctuation(cp) || cp == 0xFFFD) return false;
  // General punctuation, arrows, box drawing, geometric shapes and other symbols, private use.
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF) ||
      (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F)) {
    return false;
  }
  return true;
}

// A 64-bit finaliser (splitmix64): every input bit reaches every output bit.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::uint64_t hash_window(const char32_t* cps, std::size_t n) {
  std::uint64_t h = 0x6a09e667f3bcc909ULL ^ n;
  for (std::size_t i = 0; i < n; ++i) h = mix(h ^ cps[i]);
  return h;
}

// The polynomial Σ cps[i]·P^(n−1−i) mod 2^64 of a window, finalised with its length.
constexpr std::uint64_t kRollingBase = 0x100000001b3ULL;  // odd, so multiplying by it loses no bit

std::uint64_t rolling_final(std::uint64_t poly, std::size_t n) { return mix(poly ^ (static_cast<std::uint64_t>(n) << 56)); }

void add_rolling(const std::vector<char32_t>& window, std::size_t width, Shingles& out) {
  if (window.size() < width) width = window.size();
  std::uint64_t top = 1;  // P^(width−1): the weight of the character leaving the window
  std::uint64_t poly = 0;
  for (std::size_t i = 0; i < width; ++i) {
    if (i > 0) top *= kRollingBase;
    poly = poly * kRollingBase + window[i];
  }
  out.push_back(rolling_final(poly, width));
  for (std::size_t i = width; i < window.size(); ++i) {
    poly = (poly - window[i - width] * top) * kRollingBase + window[i];
    out.push_back(rolling_final(poly, width));
  }
}

// add_shingles() with the content characters gathered in `window` (cleared first).
void add_shingles_via(std::string_view normalised, int k, Shingles& out, std::vector<char32_t>& window, ShingleHash hash) {
  const std::size_t width = k < 1 ? 1 : static_cast<std::size_t>(k);
  window.clear();
  window.reserve(normalised.size() / 3 + 1);
  for (std::size_t pos = 0; pos < normalised.size();) {
    const char32_t cp = next_code_point(normalised, pos);
    if (is_content(cp)) window.push_back(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
  }
  if (window.empty()) return;
  out.reserve(out.size() + window.size());  // at most one shingle per window position
  if (hash == ShingleHash::Rolling) {
    add_rolling(window, width, out);
    return;
  }
  if (window.size() < width) {
    out.push_back(hash_window(window.data(), window.size()));
    return;
  }
  for (std::size_t i = 0; i + width <= window.size(); ++i) out.push_back(hash_window(window.data() + i, width));
}

}  // namespace

void add_shingles(std::string_view normalised, int k, Shingles& out, ShingleHash hash) {
  std::vector<char32_t> window;
  add_shingles_via(normalised, k, out, window, hash);
}

void finish_shingles(Shingles& s) {
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

Shingles shingles(std::string_view normalised, int k, ShingleHash hash) {
  Shingles s;
  add_shingles(normalised, k, s, hash);
  finish_shingles(s);
  return s;
}

void shingles_into(std::string_view normalised, int k, Shingles& out, ShingleHash hash) {
  thread_local std::vector<char32_t> window;
  out.clear();
  add_shingles_via(normalised, k, out, window, hash);
  finish_shingles(out);
}

namespace {

std::size_t common(const Shingles& a, const Shingles& b) {
  std::size_t n = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

}  // namespace

double jaccard(const Shingles& a, const Shingles& b) {
  if (a.empty() && b.empty()) return 1.0;
  const std::size_t both = common(a, b);
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

double containment(const Shingles& part, const Shingles& whole) {
  if (part.empty()) return 0.0;
  return static_cast<double>(common(part, whole)) / static_cast<double>(part.size());
}

std::vector<std::uint32_t> minhash(const Shingles& s) {
  static_assert(kMinHashSize == 256, "the bin is the hash's top 8 bits");
  if (s.empty()) return {};
  constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> bins(kMinHashSize, kEmpty);
  std::vector<bool> filled(kMinHashSize, false);
  for (const std::uint64_t shingle : s) {
    // The shingle hashes are already mixed; mixing again keeps bins independent of how they were made.
    const std::uint64_t h = mix(shingle);
    const std::size_t bin = static_cast<std::size_t>(h >> 56);  // top 8 bits: 256 bins
    const auto value = static_cast<std::uint32_t>(h);
    filled[bin] = true;
    bins[bin] = std::min(bins[bin], value);
  }
  std::vector<std::uint32_t> out(kMinHashSize);
  for (std::size_t i = 0; i < bins.size(); ++i) {
    std::size_t j = i;
    std::uint32_t distance = 0;
    while (!filled[j]) {
      j = (j + 1) % bins.size();
      ++distance;
    }
    // The offset keeps a borrowed value from matching the bin it came from by chance.
    out[i] = bins[j] + distance * 0x9e3779b9U;
  }
  return out;
}

double minhash_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0.0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(same) / static_cast<double>(a.size());
}

}  // namespace plancheck::text
