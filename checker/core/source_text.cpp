#include "core/source_text.hpp"

#include <algorithm>

namespace plancheck {

SourceText::SourceText(std::string utf8) : text_(std::move(utf8)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Location SourceText::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  int column = 1;
  for (std::size_t i = line_starts_[line_index]; i < offset; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte starts one.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return Location{offset, static_cast<int>(line_index) + 1, column};
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

}  // namespace plancheck
