// The XML reader's text assembly: decoded XML character data, mapped byte by byte back to the source, so
// a block's text keeps exact segments and locations despite entities, CRLF and re-wrapped lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace plancheck::parse {

class MappedText {
 public:
  static constexpr std::size_t kNoSource = static_cast<std::size_t>(-1);

  // Appends `value`, the parser's decoded form of the character data starting at byte `raw_offset` of
  // `source` (entities expanded, CRLF folded). Bytes that come from an entity reference have no source.
  void append_decoded(std::string_view source, std::size_t raw_offset, std::string_view value, bool cdata);

  // Trims the ends and removes line breaks (with the indentation around them) that an author or an
  // exporter put inside a sentence; between two Latin letters or digits they become one space.
  MappedText unwrapped() const;

  const std::string& text() const { return text_; }
  // Source offset of the first byte that has one, or kNoSource.
  std::size_t first_source_offset() const;
  // Segments for a Block whose text holds this text starting at `text_offset`.
  void append_segments(std::vector<Segment>& out, std::size_t text_offset) const;

 private:
  void push(char byte, std::size_t source_offset);
  // Appends `bytes`, which stand at consecutive source offsets from `first_source_offset`.
  void append_run(std::string_view bytes, std::size_t first_source_offset);
  // Appends bytes [begin, end) of `from` with their source offsets.
  void append_copy(const MappedText& from, std::size_t begin, std::size_t end);

  std::string text_;
  std::vector<std::size_t> source_;  // source_[i]: byte offset in the source of text_[i], or kNoSource
};

}  // namespace plancheck::parse
