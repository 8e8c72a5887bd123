#include "report/csv_field.hpp"

namespace plancheck::report {

std::string csv_field(std::string_view value) {
  const bool formula = !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
  const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos;
  std::string out;
  out.reserve(value.size() + 3);
  if (quote) out += '"';
  if (formula) out += '\'';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quote) out += '"';
  return out;
}

}  // namespace plancheck::report
