#include "batch/shard.hpp"

#include <charconv>

namespace plancheck::batch {

namespace {

std::optional<int> positive(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::optional<int> k = positive(text.substr(0, slash));
  const std::optional<int> n = positive(text.substr(slash + 1));
  if (!k || !n || *k > *n) return std::nullopt;
  return Shard{*k, *n};
}

std::uint64_t path_hash(std::string_view path) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : path) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  // FNV's low bits depend mostly on the last bytes; the final mix spreads every byte over them, since the
  // shard is taken modulo N.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

bool in_shard(std::string_view path, const Shard& shard) {
  return path_hash(path) % static_cast<std::uint64_t>(shard.count) == static_cast<std::uint64_t>(shard.index - 1);
}

}  // namespace plancheck::batch
