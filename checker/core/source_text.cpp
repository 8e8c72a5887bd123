#include "core/source_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace plancheck {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Continuation bytes (10xxxxxx) among the eight bytes of `word`: bit 7 set and bit 6 clear. The marks are
// summed by one multiplication (each byte holds 0 or 1, the sum at most 8): without -mpopcnt,
// __builtin_popcountll is a call into libgcc.
int continuation_bytes(std::uint64_t word) {
  const std::uint64_t marks = (word & ~(word << 1) & kHighBits) >> 7;
  return static_cast<int>((marks * 0x0101010101010101ULL) >> 56);
}

}  // namespace

std::size_t count_code_points(std::string_view utf8) {
  std::size_t continuations = 0;
  std::size_t i = 0;
  for (; i + 8 <= utf8.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, utf8.data() + i, 8);
    continuations += static_cast<std::size_t>(continuation_bytes(word));
  }
  for (; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) ++continuations;
  }
  return utf8.size() - continuations;
}

SourceText::SourceText(std::string utf8) : text_(std::move(utf8)) {
  line_starts_.push_back(0);
  const char* const end = text_.data() + text_.size();
  for (const char* p = text_.data(); (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr;) {
    ++p;
    line_starts_.push_back(static_cast<std::size_t>(p - text_.data()));
  }
  block_code_points_.reserve(text_.size() / kBlock + 1);
  std::size_t total = 0;
  const std::string_view all(text_);
  for (std::size_t at = 0; at <= text_.size(); at += kBlock) {
    block_code_points_.push_back(total);
    total += count_code_points(all.substr(at, kBlock));
  }
}

std::size_t SourceText::code_points_before(std::size_t offset) const {
  const std::size_t block = offset / kBlock;
  const std::size_t start = block * kBlock;
  return block_code_points_[block] + count_code_points(std::string_view(text_).substr(start, offset - start));
}

Location SourceText::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  const std::size_t line_start = line_starts_[line_index];
  const std::size_t before = offset - line_start <= kBlock
                                 ? count_code_points(std::string_view(text_).substr(line_start, offset - line_start))
                                 : code_points_before(offset) - code_points_before(line_start);
  return Location{offset, static_cast<int>(line_index) + 1, static_cast<int>(before) + 1};
}

std::string_view SourceText::line(int number) const {
  if (number < 1 || number > line_count()) return {};
  const std::size_t begin = line_starts_[static_cast<std::size_t>(number) - 1];
  std::size_t end = static_cast<std::size_t>(number) < line_starts_.size()
                        ? line_starts_[static_cast<std::size_t>(number)] - 1
                        : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

std::string place_label(const OriginalPlace& place) {
  if (place.paragraph > 0) return "\u00B6" + std::to_string(place.paragraph);
  if (place.page > 0) return "p" + std::to_string(place.page) + ":L" + std::to_string(place.page_line);
  return "";
}

}  // namespace plancheck
