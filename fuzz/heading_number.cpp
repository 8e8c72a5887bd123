// Heading and list numbers at the start of a line: 第一章, 一、, （一）, 1.1.1, （1）, ①, 附件1, bullets.
#include <fmt/format.h>

#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"
#include "parse/heading_number.hpp"

namespace plancheck::fuzz {

namespace {

std::string describe(const std::optional<parse::HeadingNumber>& n) {
  if (!n) return "none";
  std::string out = fmt::format("{} [{}] [{}] {}", to_string(n->numbering.style), n->numbering.text,
                                n->numbering.suffix, n->title_offset);
  for (int v : n->numbering.values) out += fmt::format(" {}", v);
  return out;
}

}  // namespace

void fuzz_heading_number(std::string_view input) {
  const std::optional<parse::HeadingNumber> number = parse::parse_heading_number(input);
  require_same(describe(number), describe(parse::parse_heading_number(input)), "parse_heading_number");
  if (number) {
    const Numbering& n = number->numbering;
    require(number->title_offset <= input.size(), "the title starts inside the line");
    require(!n.text.empty() && input.substr(0, n.text.size()) == n.text, "the number as written begins the line");
    require(n.text.size() <= number->title_offset, "the title starts after the number");
    require(n.style != NumberingStyle::None, "a number has a style");
    require(!n.values.empty(), "a number has a value");
    for (int v : n.values) require(v >= 0, fmt::format("number values are not negative ({})", v));
    require(parse::last_value(n) == n.values.back(), "last_value is the last component");
  }
  require(parse::bullet_marker_length(input) <= input.size(), "a bullet marker lies inside the line");
}

}  // namespace plancheck::fuzz
