#include "facts/citations.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "facts/char_pair_filter.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_letter(char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct StandardMatch {
  std::string key;
  std::size_t end = 0;
};

std::size_t skip_space(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_space(s[pos])) ++pos;
  return pos;
}

// Reads PREFIX[/T|/Z] NUMBER-YEAR at `pos`, tolerating white space (a wrapped line) between the parts and
// the dashes PDF exports use.
std::optional<StandardMatch> read_standard(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  std::string prefix;
  while (p < s.size() && is_upper(static_cast<char>(std::toupper(static_cast<unsigned char>(s[p])))) && prefix.size() < 4) {
    prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(s[p++])));
  }
  if (prefix.size() < 2 || (p < s.size() && std::isalpha(static_cast<unsigned char>(s[p])))) return std::nullopt;
  if (prefix != "GB" && prefix != "GA" && prefix != "YD" && prefix != "JR" && prefix != "GM" && prefix != "SJ")
    return std::nullopt;
  if (p + 1 < s.size() && s[p] == '/' && (std::toupper(static_cast<unsigned char>(s[p + 1])) == 'T' ||
                                           std::toupper(static_cast<unsigned char>(s[p + 1])) == 'Z')) {
    prefix += '/';
    prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(s[p + 1])));
    p += 2;
  }
  p = skip_space(s, p);
  const std::size_t num_begin = p;
  while (p < s.size() && (is_digit(s[p]) || (s[p] == '.' && p + 1 < s.size() && is_digit(s[p + 1])))) ++p;
  if (p == num_begin) return std::nullopt;
  std::string number(s.substr(num_begin, p - num_begin));
  p = skip_space(s, p);
  for (std::string_view dash : {"-", "—", "–", "－"}) {
    if (s.compare(p, dash.size(), dash) == 0) {
      p = skip_space(s, p + dash.size());
      const std::size_t y = p;
      while (p < s.size() && is_digit(s[p]) && p - y < 4) ++p;
      if (p - y != 4) return std::nullopt;
      return StandardMatch{prefix + " " + number + "-" + std::string(s.substr(y, 4)), p};
    }
  }
  return std::nullopt;
}

// Whether the sentence around a citation says 废止, read once per sentence: its citations share the
// answer (reading the sentence again for each was quadratic in a long sentence full of citations).
class Abolishing {
 public:
  bool at(const Passage& p, std::size_t offset) {
    const Span sentence = sentence_at(p, offset);
    if (passage_ != &p || sentence.begin != sentence_.begin || sentence.end != sentence_.end) {
      passage_ = &p;
      sentence_ = sentence;
      answer_ = std::string_view(p.norm.text).substr(sentence.begin, sentence.end - sentence.begin).find("废止") !=
                std::string_view::npos;
    }
    return answer_;
  }

 private:
  const Passage* passage_ = nullptr;
  Span sentence_{};
  bool answer_ = false;
};

// Titles in 《…》, or in the single angle brackets 〈…〉 some texts use for them, in text order.
void scan_titles(const Passage& p, CitationFacts& out) {
  const std::string_view s = p.norm.text;
  Abolishing abolishing;
  const std::size_t first = out.items.size();
  static const CharPairKeys kAngle = CharPairKeys::of("〈");  // rare: a passage's filter mostly says none
  for (const auto& [opening, closing] : {std::pair<std::string_view, std::string_view>{"《", "》"}, {"〈", "〉"}}) {
    if (opening == "〈" && !p.filter.may_contain(kAngle)) continue;
    std::size_t close = 0;  // the first closing mark after the last opening one, kept while later ones come before it
    for (std::size_t open = text::find_text(s, opening); open != std::string_view::npos;
         open = text::find_text(s, opening, open + 1)) {
      if (close <= open) close = text::find_text(s, closing, open);
      if (close == std::string_view::npos) break;
      const std::size_t nested = text::find_text(s, opening, open + 1);
      if (nested != std::string_view::npos && nested < close) continue;  // 《…《…》: the inner one is the title
      Citation c;
      c.kind = CitationKind::Title;
      c.key = title_key(s.substr(open, close + closing.size() - open));
      c.passage = p.index;
      c.span = {static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(close + closing.size())};
      c.abolishing = abolishing.at(p, open);
      if (!c.key.empty()) out.items.push_back(std::move(c));
    }
  }
  std::stable_sort(out.items.begin() + static_cast<std::ptrdiff_t>(first), out.items.end(),
                   [](const Citation& a, const Citation& b) { return a.span.begin < b.span.begin; });
}

void scan_standards(const Passage& p, CitationFacts& out) {
  const std::string_view s = p.norm.text;
  Abolishing abolishing;
  for (std::size_t pos = 0; pos + 1 < s.size(); ++pos) {
    // A standard number opens with a Latin letter (GB, gb, YD): test the byte itself first, since this runs
    // at every byte of every passage.
    if (!is_ascii_letter(s[pos])) continue;
    if (pos > 0 && std::isalnum(static_cast<unsigned char>(s[pos - 1]))) continue;
    const auto m = read_standard(s, pos);
    if (!m) continue;
    Citation c;
    c.kind = CitationKind::Standard;
    c.key = m->key;
    c.passage = p.index;
    c.span = {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(m->end)};
    c.abolishing = abolishing.at(p, pos);
    out.items.push_back(std::move(c));
    pos = m->end - 1;
  }
}

}  // namespace

std::string canonical_standard(std::string_view s) {
  const std::size_t b = skip_space(s, 0);
  const auto m = read_standard(s, b);
  return m && skip_space(s, m->end) == s.size() ? m->key : std::string();
}

std::string title_key(std::string_view t) {
  std::string out;
  std::size_t pos = 0;
  while (pos < t.size()) {
    const std::size_t at = pos;
    const char32_t cp = text::next_code_point(t, pos);
    if (cp == U'《' || cp == U'》' || cp == U'〈' || cp == U'〉' || cp == U' ' || cp == U'\n' || cp == U'\r' || cp == U'\t' ||
        cp == U'\u3000')
      continue;
    out.append(t.substr(at, pos - at));
  }
  return out;
}

CitationFacts extract_citations(const Document& /*doc*/, const Passages& passages) {
  CitationFacts out;
  for (const Passage& p : passages.items) {
    scan_titles(p, out);
    scan_standards(p, out);
  }
  return out;
}

}  // namespace plancheck::facts
