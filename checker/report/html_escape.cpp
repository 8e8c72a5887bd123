#include "report/html_escape.hpp"

#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool forbidden_control(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

const char* reference(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return nullptr;
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = text::next_code_point(text, pos);
    const bool ill_formed = cp == 0xFFFD && pos - start == 1;
    if (ill_formed || forbidden_control(cp)) {
      out += kReplacement;
    } else if (const char* ref = cp < 0x80 ? reference(static_cast<char>(cp)) : nullptr) {
      out += ref;
    } else {
      out.append(text, start, pos - start);
    }
  }
  return out;
}

}  // namespace plancheck::report
