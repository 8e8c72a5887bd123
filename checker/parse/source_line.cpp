#include "parse/source_line.hpp"

#include <algorithm>

#include "parse/line_text.hpp"

namespace plancheck::parse {

namespace {

constexpr std::size_t kNoSource = static_cast<std::size_t>(-1);

// Drops the first `n` bytes of the text from the segments, shifting the rest down.
void drop_front(std::vector<Segment>& segments, std::uint32_t n) {
  std::vector<Segment> kept;
  for (Segment s : segments) {
    const std::uint32_t end = s.text_offset + s.length;
    if (end <= n) continue;
    if (s.text_offset < n) {
      const std::uint32_t cut = n - s.text_offset;
      s.source_offset += cut;
      s.length -= cut;
      s.text_offset = n;
    }
    s.text_offset -= n;
    kept.push_back(s);
  }
  segments = std::move(kept);
}

void keep_front(std::vector<Segment>& segments, std::uint32_t n) {
  std::vector<Segment> kept;
  for (Segment s : segments) {
    if (s.text_offset >= n) continue;
    s.length = std::min(s.length, n - s.text_offset);
    kept.push_back(s);
  }
  segments = std::move(kept);
}

}  // namespace

void append_piece(SourceLine& line, std::string_view piece, std::size_t source_offset) {
  if (piece.empty()) return;
  const auto text_offset = static_cast<std::uint32_t>(line.text.size());
  if (line.text.empty() && source_offset != kNoSource) line.offset = source_offset;
  line.text.append(piece);
  if (source_offset == kNoSource) return;
  if (!line.segments.empty()) {
    Segment& last = line.segments.back();
    if (last.text_offset + last.length == text_offset && last.source_offset + last.length == source_offset) {
      last.length += static_cast<std::uint32_t>(piece.size());
      return;
    }
  }
  line.segments.push_back(Segment{text_offset, static_cast<std::uint32_t>(source_offset),
                                  static_cast<std::uint32_t>(piece.size())});
}

void trim_line(SourceLine& line) {
  const std::size_t tail = trailing_space_bytes(line.text);
  line.text.resize(line.text.size() - tail);
  keep_front(line.segments, static_cast<std::uint32_t>(line.text.size()));
  const std::size_t head = leading_space_bytes(line.text);
  line.text.erase(0, head);
  drop_front(line.segments, static_cast<std::uint32_t>(head));
  if (!line.segments.empty() && line.segments.front().text_offset == 0) line.offset = line.segments.front().source_offset;
}

void erase_text(SourceLine& line, const std::vector<std::pair<std::size_t, std::size_t>>& cuts) {
  if (cuts.empty()) return;
  SourceLine out;
  out.kind = line.kind;
  out.heading_level = line.heading_level;
  out.bold = line.bold;
  out.marker = line.marker;
  out.cells = line.cells;
  out.group = line.group;
  out.fill = line.fill;
  const std::string_view text = line.text;
  // Copies text [from, to) with the segments that map it (what no segment maps stays unmapped), from segment
  // `next` on: the kept parts come in order, so the segments are walked once.
  std::size_t next = 0;
  const auto copy = [&](std::size_t from, std::size_t to) {
    std::size_t at = from;
    while (next < line.segments.size() && line.segments[next].text_offset + line.segments[next].length <= at) ++next;
    for (std::size_t k = next; k < line.segments.size() && at < to; ++k) {
      const Segment& seg = line.segments[k];
      const std::size_t sb = seg.text_offset;
      const std::size_t se = sb + seg.length;
      if (sb >= to) break;
      if (sb > at) append_piece(out, text.substr(at, sb - at), kNoSource);
      const std::size_t from_here = std::max(at, sb);
      const std::size_t until = std::min(se, to);
      append_piece(out, text.substr(from_here, until - from_here), seg.source_offset + (from_here - sb));
      at = until;
    }
    if (at < to) append_piece(out, text.substr(at, to - at), kNoSource);
  };
  std::size_t kept = 0;
  for (const auto& [begin, end] : cuts) {
    copy(kept, begin);
    kept = end;
  }
  copy(kept, text.size());
  if (cuts.front().first > 0) out.offset = line.offset;
  line = std::move(out);
}

void append_line_to_block(Block& block, const SourceLine& line, std::string_view separator) {
  block.text.append(separator);
  const auto base = static_cast<std::uint32_t>(block.text.size());
  for (Segment s : line.segments) {
    s.text_offset += base;
    block.segments.push_back(s);
  }
  block.text.append(line.text);
}

void append_text_range(SourceLine& row, const SourceLine& line, std::size_t b, std::size_t e) {
  const std::string_view text(line.text);
  std::size_t at = b;
  for (const Segment& seg : line.segments) {
    const std::size_t sb = std::max<std::size_t>(seg.text_offset, at);
    const std::size_t se = std::min<std::size_t>(seg.text_offset + seg.length, e);
    if (sb >= se) continue;
    if (sb > at) append_piece(row, text.substr(at, sb - at), std::string_view::npos);
    append_piece(row, text.substr(sb, se - sb), seg.source_offset + (sb - seg.text_offset));
    at = se;
  }
  if (at < e) append_piece(row, text.substr(at, e - at), std::string_view::npos);
}

}  // namespace plancheck::parse
