#include "text/numerals.hpp"

namespace plancheck::text {

std::optional<NumberMatch> read_number(std::string_view, std::size_t) { return std::nullopt; }
std::optional<std::int64_t> parse_number(std::string_view) { return std::nullopt; }

}  // namespace plancheck::text
