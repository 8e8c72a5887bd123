#include "text/normalize.hpp"

namespace plancheck::text {

NormalizedText normalize_for_matching(std::string_view utf8) {
  NormalizedText n;
  n.text = std::string(utf8);
  for (std::size_t i = 0; i <= utf8.size(); ++i) n.origin.push_back(static_cast<std::uint32_t>(i));
  return n;
}

std::string normalized(std::string_view utf8) { return normalize_for_matching(utf8).text; }

}  // namespace plancheck::text
