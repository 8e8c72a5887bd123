// Reading the number a heading or list item starts with, in every style Chinese official documents use.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/document.hpp"

namespace plancheck::parse {

struct HeadingNumber {
  Numbering numbering;
  std::size_t title_offset = 0;  // byte offset in the line where the title starts (separators skipped)
};

// The number at the start of `line` (already trimmed): 第一篇/第八章/第一部分, 一、, （一）/(一), 1. 1、 1．,
// 1.1 / 1.1.1 (also 1.1编制目的), （1）/(1)/1), ①, 附件1/附件一/附录A. nullopt when the line starts with none.
std::optional<HeadingNumber> parse_heading_number(std::string_view line);

// Length in bytes of a list marker that is never a heading number: bullets (•, ·, -, *, ●, ■, ◆…) and
// Latin letters (a) a. A、) followed by the item's text; 0 when there is none.
std::size_t bullet_marker_length(std::string_view line);

// The value a numbering continues from: the last component (4.2.1 → 1), or 0 when it has none.
int last_value(const Numbering& numbering);

}  // namespace plancheck::parse
