#include "waivers/directive.hpp"

#include <array>

namespace plancheck::waivers {

namespace {

constexpr std::string_view kPrefix = "plancheck-";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  // U+3000 (ideographic space) too: plans are typed with Chinese input methods.
  constexpr std::string_view kWide = "\xE3\x80\x80";
  for (;;) {
    const std::size_t before = s.size();
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    if (s.substr(0, kWide.size()) == kWide) s.remove_prefix(kWide.size());
    if (s.size() >= kWide.size() && s.substr(s.size() - kWide.size()) == kWide) s.remove_suffix(kWide.size());
    if (s.size() == before) return s;
  }
}

// Where the reason starts: the first separator, or npos. Rule ids never contain these.
std::pair<std::size_t, std::size_t> find_separator(std::string_view s) {
  constexpr std::array<std::string_view, 5> kSeparators = {"--", "\xE2\x80\x94", "\xEF\xBC\x9A", ":", "\xE2\x80\x93"};
  std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
  for (std::string_view sep : kSeparators) {
    const std::size_t at = s.find(sep);
    if (at < best.first) best = {at, sep.size()};
  }
  return best;
}

std::vector<std::string> split_rules(std::string_view s) {
  std::string flat(s);
  for (std::string_view sep : {"\xEF\xBC\x8C", "\xE3\x80\x81"}) {  // '，' and '、'
    for (std::size_t at = flat.find(sep); at != std::string::npos; at = flat.find(sep)) flat.replace(at, sep.size(), ",");
  }
  std::vector<std::string> rules;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= flat.size(); ++i) {
    if (i < flat.size() && flat[i] != ',' && !is_space(flat[i])) continue;
    if (i > start) rules.push_back(flat.substr(start, i - start));
    start = i + 1;
  }
  return rules;
}

std::optional<DirectiveKind> kind_of(std::string_view word) {
  if (word == "plancheck-disable") return DirectiveKind::Disable;
  if (word == "plancheck-disable-next-line") return DirectiveKind::DisableNextLine;
  if (word == "plancheck-enable") return DirectiveKind::Enable;
  return std::nullopt;
}

}  // namespace

std::optional<Directive> read_directive(std::string_view comment) {
  std::string_view rest = trim(comment);
  if (rest.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  std::size_t word_end = 0;
  while (word_end < rest.size() && !is_space(rest[word_end]) && rest[word_end] != ':' &&
         rest.substr(word_end, 2) != "--") {
    ++word_end;
  }
  Directive d;
  d.keyword = std::string(rest.substr(0, word_end));
  const std::optional<DirectiveKind> kind = kind_of(d.keyword);
  if (!kind) {
    d.problem = DirectiveProblem::UnknownDirective;
    return d;
  }
  d.kind = *kind;
  rest.remove_prefix(word_end);
  const auto [at, length] = find_separator(rest);
  d.rules = split_rules(rest.substr(0, at));
  if (at != std::string_view::npos) {
    std::string_view reason = rest.substr(at + length);
    while (!reason.empty() && (reason.front() == '-' || reason.substr(0, 3) == "\xE2\x80\x94")) {
      reason.remove_prefix(reason.front() == '-' ? 1 : 3);  // "——" and "---" are one separator
    }
    d.reason = std::string(trim(reason));
  }
  if (d.rules.empty() && d.kind != DirectiveKind::Enable) {
    d.problem = DirectiveProblem::MissingRules;
  } else if (d.reason.empty() && d.kind != DirectiveKind::Enable) {
    d.problem = DirectiveProblem::MissingReason;
  }
  return d;
}

}  // namespace plancheck::waivers
