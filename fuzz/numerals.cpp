// Numbers as plans write them (30, 三十, 十五, 两, 1千万, 〇), read from every position of the input.
#include <fmt/format.h>

#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"
#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

void fuzz_numerals(std::string_view input) {
  std::size_t pos = 0;
  while (pos < input.size()) {
    const std::size_t at = pos;
    const char32_t cp = text::next_code_point(input, pos);
    const std::optional<text::NumberMatch> m = text::read_number(input, at);
    const std::optional<text::NumberMatch> again = text::read_number(input, at);
    require(m.has_value() == again.has_value() && (!m || (m->value == again->value && m->length == again->length)),
            "read_number twice at one position: same number");
    if (!m) continue;
    require(text::can_start_number(cp), fmt::format("can_start_number(U+{:04X}) where a number starts", unsigned(cp)));
    require(m->length > 0 && at + m->length <= input.size(), "a number lies inside the text");
    require(m->value >= 0, "a number is not negative");
    const std::optional<std::int64_t> whole = text::parse_number(input.substr(at, m->length));
    require(whole.has_value() && *whole == m->value, "parse_number of the text read gives the same number");
  }
}

}  // namespace plancheck::fuzz
