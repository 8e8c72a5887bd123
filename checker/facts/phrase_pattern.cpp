#include "facts/phrase_pattern.hpp"

#include <algorithm>
#include <utility>

#include "text/normalize.hpp"
#include "text/search.hpp"

namespace plancheck::facts {
namespace {

// Splits at any of `separators`, keeping empty parts out.
std::vector<std::string> split_any(std::string_view s, const std::vector<std::string_view>& separators) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t sep_len = 0;
    for (std::string_view sep : separators) {
      if (s.compare(pos, sep.size(), sep) == 0) {
        sep_len = sep.size();
        break;
      }
    }
    if (sep_len == 0) {
      ++pos;
      continue;
    }
    if (pos > begin) parts.emplace_back(s.substr(begin, pos - begin));
    pos += sep_len;
    begin = pos;
  }
  if (begin < s.size()) parts.emplace_back(s.substr(begin));
  return parts;
}

}  // namespace

SpanSet::SpanSet(std::vector<Span> spans) : spans_(std::move(spans)) {
  std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  max_end_.reserve(spans_.size());
  std::uint32_t most = 0;
  for (const Span& s : spans_) {
    most = std::max(most, s.end);
    max_end_.push_back(most);
  }
}

bool SpanSet::overlaps(Span a) const {
  // Some span overlaps `a` when one of those beginning before a.end ends after a.begin.
  const auto it = std::lower_bound(spans_.begin(), spans_.end(), a.end,
                                   [](const Span& s, std::uint32_t end) { return s.begin < end; });
  if (it == spans_.begin()) return false;
  return max_end_[static_cast<std::size_t>(it - spans_.begin()) - 1] > a.begin;
}

bool SpanSet::covers(Span a) const {
  // One of the spans beginning at or before a.begin reaches a.end.
  const auto it = std::upper_bound(spans_.begin(), spans_.end(), a.begin,
                                   [](std::uint32_t begin, const Span& s) { return begin < s.begin; });
  if (it == spans_.begin()) return false;
  return max_end_[static_cast<std::size_t>(it - spans_.begin()) - 1] >= a.end;
}

PhrasePattern PhrasePattern::compile(std::string_view source) {
  PhrasePattern p;
  p.source_ = std::string(source);
  // Split before normalising: NFKC turns "…" into "..." and "｜" into "|".
  for (const std::string& alt : split_any(source, {"|", "｜"})) {
    Alternative a;
    for (const std::string& raw : split_any(alt, {"…", "..."})) {
      std::string piece = text::normalized(raw);
      if (piece.empty()) continue;
      a.keys = CharPairKeys::merged(a.keys, CharPairKeys::of(piece));
      a.pieces.push_back(std::move(piece));
    }
    if (!a.pieces.empty()) p.alternatives_.push_back(std::move(a));
  }
  return p;
}

std::optional<Span> PhrasePattern::match_at(const std::vector<std::string>& pieces, std::string_view text,
                                            std::size_t start, std::size_t end) {
  // `start` is where the first piece was found; later pieces are matched greedily, which finds a match
  // whenever one exists for this start.
  std::size_t pos = start + pieces.front().size();
  for (std::size_t i = 1; i < pieces.size(); ++i) {
    const std::size_t at = text::find_text(text, pieces[i], pos);
    if (at == std::string_view::npos || at + pieces[i].size() > end) return std::nullopt;
    pos = at + pieces[i].size();
  }
  return Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos)};
}

std::optional<Span> PhrasePattern::find(std::string_view text, Span range, const SpanSet& excluded) const {
  return find_in(text, nullptr, range, excluded);
}

std::optional<Span> PhrasePattern::find(const Passage& p, Span range, const SpanSet& excluded) const {
  return find_in(p.norm.text, &p.filter, range, excluded);
}

std::vector<Span> PhrasePattern::find_all(std::string_view text, Span range) const {
  return find_all_in(text, nullptr, range);
}

std::vector<Span> PhrasePattern::find_all(const Passage& p, Span range) const {
  return find_all_in(p.norm.text, &p.filter, range);
}

bool PhrasePattern::may_occur_in(const Passage& p) const {
  return std::any_of(alternatives_.begin(), alternatives_.end(),
                     [&p](const Alternative& a) { return p.filter.may_contain(a.keys); });
}

void PhrasePattern::add_keys_to(WordKeys& keys) const {
  for (const Alternative& a : alternatives_) keys.add(a.keys);
}

std::optional<Span> PhrasePattern::find_in(std::string_view text, const CharPairFilter* filter, Span range,
                                           const SpanSet& excluded) const {
  std::optional<Span> best;
  const std::size_t end = std::min<std::size_t>(range.end, text.size());
  // Searching only up to `end` gives the same answers (a piece first found crossing `end` has no later
  // fitting occurrence) without scanning the rest of the passage for every sentence.
  text = text.substr(0, end);
  for (const Alternative& alt : alternatives_) {
    if (filter && !filter->may_contain(alt.keys)) continue;
    const std::vector<std::string>& pieces = alt.pieces;
    std::size_t from = range.begin;
    while (true) {
      const std::size_t at = text::find_text(text, pieces.front(), from);
      if (at == std::string_view::npos || at + pieces.front().size() > end) break;
      if (best && at >= best->begin) break;
      const auto m = match_at(pieces, text, at, end);
      if (!m) break;  // no later start can complete the pieces either
      if (!excluded.overlaps(*m)) {
        best = m;
        break;
      }
      from = at + 1;
    }
  }
  return best;
}

std::vector<Span> PhrasePattern::find_all_in(std::string_view text, const CharPairFilter* filter, Span range) const {
  std::vector<Span> out;
  Span rest = range;
  while (rest.begin < rest.end) {
    const auto m = find_in(text, filter, rest, {});
    if (!m) break;
    out.push_back(*m);
    rest.begin = m->end > m->begin ? m->end : m->begin + 1;
  }
  return out;
}

namespace {

template <typename Text>
std::optional<Span> earliest(const std::vector<PhrasePattern>& patterns, const Text& text, Span range,
                             const SpanSet& excluded) {
  std::optional<Span> best;
  for (const PhrasePattern& p : patterns) {
    const auto m = p.find(text, range, excluded);
    if (m && (!best || m->begin < best->begin)) best = m;
  }
  return best;
}

template <typename Text>
std::vector<Span> all_of(const std::vector<PhrasePattern>& patterns, const Text& text, Span range) {
  std::vector<Span> out;
  for (const PhrasePattern& p : patterns) {
    const auto more = p.find_all(text, range);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

}  // namespace

std::optional<Span> PatternList::find(std::string_view text, Span range, const SpanSet& excluded) const {
  return earliest(patterns, text, range, excluded);
}

std::optional<Span> PatternList::find(const Passage& p, Span range, const SpanSet& excluded) const {
  return earliest(patterns, p, range, excluded);
}

std::vector<Span> PatternList::find_all(std::string_view text, Span range) const { return all_of(patterns, text, range); }

std::vector<Span> PatternList::find_all(const Passage& p, Span range) const { return all_of(patterns, p, range); }

bool PatternList::may_occur_in(const Passage& p) const {
  return std::any_of(patterns.begin(), patterns.end(), [&p](const PhrasePattern& pattern) { return pattern.may_occur_in(p); });
}

}  // namespace plancheck::facts
