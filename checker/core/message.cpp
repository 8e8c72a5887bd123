#include "core/message.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace plancheck {

namespace {

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

// Optimal string alignment distance: Levenshtein plus the swap of two neighbours ("drlil" → "drill").
std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  const std::u32string w = code_points(word);
  const std::size_t limit = std::clamp<std::size_t>(w.size() / 3, 1, 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    // Long inputs against long candidates would cost O(n·m) each; a typo is never that far off in length.
    const std::u32string cc = code_points(c);
    const std::size_t gap = cc.size() > w.size() ? cc.size() - w.size() : w.size() - cc.size();
    if (gap > limit || cc.size() > 200 || w.size() > 200) continue;
    const std::size_t d = edit_distance(w, cc);
    if (d > 0 && d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

Message with_suggestion(Message m, std::string suggestion) {
  if (!suggestion.empty()) m.fields.emplace_back("suggestion", std::move(suggestion));
  return m;
}

std::string Message::text(Lang lang) const {
  std::string body = format(lang);
  for (const Message& cause : because) body = Message{MsgId::BecauseOf, {{"message", body}, {"cause", cause.text(lang)}}}.format(lang);
  const std::string& suggestion = field("suggestion");
  if (suggestion.empty() || id == MsgId::DidYouMean) return body;
  return Message{MsgId::DidYouMean, {{"message", body}, {"suggestion", suggestion}}}.format(lang);
}

std::string Message::format(Lang lang) const {
  const CatalogueEntry& e = catalogue_entry(id);
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const auto& [name, value] : fields) args.push_back(fmt::arg(name.c_str(), value));
  try {
    return fmt::vformat(lang == Lang::En ? e.en : e.zh, args);
  } catch (const fmt::format_error&) {
    // A field the stage did not fill: show the template rather than lose the message (the catalogue test
    // formats every entry with its declared fields, so this is a missing field at a call site).
    return lang == Lang::En ? e.en : e.zh;
  }
}

const std::string& Message::field(std::string_view name) const {
  static const std::string none;
  for (const auto& [n, v] : fields) {
    if (n == name) return v;
  }
  return none;
}

Message system_error_message(int error_number) {
  switch (error_number) {
    case ENOENT: return Message{MsgId::FileNotFound, {}};
    case EACCES:
    case EPERM: return Message{MsgId::PermissionDenied, {}};
    case EISDIR: return Message{MsgId::IsDirectory, {}};
    case ENOSPC: return Message{MsgId::NoSpace, {}};
    default: return Message{MsgId::SystemError, {{"detail", std::strerror(error_number)}}};
  }
}

Message verbatim(std::string text) { return Message{MsgId::Verbatim, {{"text", std::move(text)}}}; }

}  // namespace plancheck
