#include "parse/section_levels.hpp"

#include "parse/heading_number.hpp"

namespace plancheck::parse {

namespace {

std::string level_key(const LineRole& role, const SourceLine& line) {
  const Numbering& n = role.numbering;
  std::string key(to_string(n.style));
  switch (n.style) {
    case NumberingStyle::None:
      // Unnumbered: a Markdown heading's level is its level; bold-only lines form one level of their own,
      // and so do plain lines that stand as titles.
      if (line.kind == LineKind::Heading) return "h" + std::to_string(line.heading_level);
      return line.bold ? "bold" : "title";
    case NumberingStyle::Dotted: return key + std::to_string(n.values.size());
    case NumberingStyle::Part: return key + n.suffix;
    default: return key;
  }
}

}  // namespace

int SectionLevels::reopen(std::size_t index, int value) {
  open_.resize(index + 1);
  open_[index].last = value;
  return static_cast<int>(index) + 1;
}

int SectionLevels::place(const LineRole& role, const SourceLine& line) {
  const NumberingStyle style = role.numbering.style;
  const int value = last_value(role.numbering);
  const std::string key = level_key(role, line);
  const int marked = line.kind == LineKind::Heading ? line.heading_level : 0;
  if (style == NumberingStyle::Appendix) {  // appendices stand beside the plan's chapters, never inside them
    open_.assign(1, Level{key, style, value});
    return 1;
  }
  for (std::size_t i = open_.size(); i-- > 0;) {
    if (open_[i].key == key) return reopen(i, value);
  }
  // 第八章 right after 第七篇: the same 第X family continuing the open sequence stays at that level.
  if (style == NumberingStyle::Part) {
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (open_[i].style == NumberingStyle::Part && value == open_[i].last + 1) return reopen(i, value);
    }
  }
  // A number opens a level at 1; a heading marked as one (Markdown's ###, Word's Heading 3) opens its level
  // whatever its number ("### 3.4 预警响应" in a plan that left out 3.1 to 3.3).
  if (style != NumberingStyle::None && value != 1 && !open_.empty() && marked == 0) return 0;
  // A heading marked with its level (Markdown's ##, Word's Heading 2) opens no level inside a deeper marked
  // one, nor inside one marked as deep when either of the two is unnumbered: "## 一、组织体系" after
  // "## 总则" and "### 工作原则" is their sibling. Two numbered styles marked alike still nest by their
  // numbers (# 一、总则 then # （一）编制目的).
  while (marked > 0 && !open_.empty() && open_.back().marked > 0 &&
         (open_.back().marked > marked ||
          (open_.back().marked == marked && (open_.back().style == NumberingStyle::None || style == NumberingStyle::None)))) {
    open_.pop_back();
  }
  open_.push_back(Level{key, style, value, marked});
  return static_cast<int>(open_.size());
}

}  // namespace plancheck::parse
