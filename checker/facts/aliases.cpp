#include "facts/aliases.hpp"

#include "facts/scan.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {

std::size_t alias_opening_end(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  if (!starts_with_any(s, pos, {"(", "（"}, &len)) return pos;
  std::size_t at = pos + len;
  if (starts_with_any(s, at, {"以下", "下面", "后文", "下"}, &len)) at += len;  // 下面简称 in a casual plan
  if (!starts_with_any(s, at, {"简称为", "简称", "称为", "称"}, &len)) return pos;
  return at + len;
}

std::pair<std::size_t, std::size_t> alias_bytes(std::string_view s, std::size_t end) {
  std::size_t b = alias_opening_end(s, end);
  if (b == end) return {end, end};
  for (std::string_view q : {"“", "\"", "「"}) {
    if (s.compare(b, q.size(), q) == 0) b += q.size();
  }
  std::size_t e = b;
  while (e < s.size()) {
    std::size_t p = e;
    const char32_t cp = text::next_code_point(s, p);
    if (cp == U'”' || cp == U'"' || cp == U'」' || cp == U')' || cp == U'）') break;
    e = p;
  }
  return {b, e};
}


std::optional<std::string> alias_after(std::string_view s, std::size_t end) {
  const auto [b, e] = alias_bytes(s, end);
  if (e > b) return std::string(s.substr(b, e - b));
  return std::nullopt;
}

std::size_t alias_start(std::string_view s, std::size_t end) {
  const auto [b, e] = alias_bytes(s, end);
  return e > b ? b : end;
}

}  // namespace plancheck::facts
