#include "parse/xml_block_text.hpp"

#include <algorithm>

namespace plancheck::parse {
namespace {

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_latin(char c) { return static_cast<unsigned char>(c) < 0x80 && !is_space(c); }

}  // namespace

void MappedText::push(char byte, std::size_t source_offset) {
  text_.push_back(byte);
  source_.push_back(source_offset);
}

void MappedText::append_run(std::string_view bytes, std::size_t first_source_offset) {
  text_.append(bytes);
  const std::size_t at = source_.size();
  source_.resize(at + bytes.size());
  for (std::size_t k = 0; k < bytes.size(); ++k) source_[at + k] = first_source_offset + k;
}

void MappedText::append_copy(const MappedText& from, std::size_t begin, std::size_t end) {
  text_.append(from.text_, begin, end - begin);
  source_.insert(source_.end(), from.source_.begin() + static_cast<std::ptrdiff_t>(begin),
                 from.source_.begin() + static_cast<std::ptrdiff_t>(end));
}

void MappedText::append_decoded(std::string_view source, std::size_t raw_offset, std::string_view value,
                                bool cdata) {
  std::size_t i = raw_offset;
  std::size_t j = 0;
  while (j < value.size() && i < source.size()) {
    // Most character data is kept by the parser as written: copied a run at a time.
    const std::size_t limit = std::min(value.size() - j, source.size() - i);
    std::size_t n = 0;
    while (n < limit && source[i + n] == value[j + n] && (cdata || source[i + n] != '&')) ++n;
    if (n > 0) {
      append_run(value.substr(j, n), i);
      i += n;
      j += n;
    } else if (source[i] == '&' && !cdata) {  // a character or predefined entity reference: one decoded character
      const std::size_t semicolon = source.find(';', i);
      if (semicolon == std::string_view::npos) break;
      const std::size_t k = std::min(utf8_length(static_cast<unsigned char>(value[j])), value.size() - j);
      for (std::size_t m = 0; m < k; ++m) push(value[j + m], kNoSource);
      j += k;
      i = semicolon + 1;
    } else if (source[i] == '\r' && value[j] == '\n') {
      push('\n', i);
      i += (i + 1 < source.size() && source[i + 1] == '\n') ? 2 : 1;
      ++j;
    } else {
      break;  // the parser transformed the text in a way we do not model: the rest has no exact source
    }
  }
  for (; j < value.size(); ++j) push(value[j], kNoSource);
}

MappedText MappedText::unwrapped() const {
  MappedText out;
  std::size_t begin = 0;
  std::size_t end = text_.size();
  while (begin < end && is_space(text_[begin])) ++begin;
  while (end > begin && is_space(text_[end - 1])) --end;
  out.text_.reserve(end - begin);
  out.source_.reserve(end - begin);
  for (std::size_t i = begin; i < end;) {
    if (!is_space(text_[i])) {
      std::size_t word_end = i + 1;
      while (word_end < end && !is_space(text_[word_end])) ++word_end;
      out.append_copy(*this, i, word_end);
      i = word_end;
      continue;
    }
    std::size_t run_end = i;
    bool line_break = false;
    while (run_end < end && is_space(text_[run_end])) line_break |= text_[run_end++] == '\n';
    if (!line_break) {
      out.append_copy(*this, i, run_end);
    } else if (is_latin(text_[i - 1]) && is_latin(text_[run_end])) {
      out.push(' ', kNoSource);
    }
    i = run_end;
  }
  return out;
}

std::size_t MappedText::first_source_offset() const {
  for (std::size_t offset : source_) {
    if (offset != kNoSource) return offset;
  }
  return kNoSource;
}

void MappedText::append_segments(std::vector<Segment>& out, std::size_t text_offset) const {
  for (std::size_t i = 0; i < source_.size();) {
    if (source_[i] == kNoSource) {
      ++i;
      continue;
    }
    std::size_t n = 1;
    while (i + n < source_.size() && source_[i + n] == source_[i] + n) ++n;
    out.push_back(Segment{static_cast<std::uint32_t>(text_offset + i), static_cast<std::uint32_t>(source_[i]),
                          static_cast<std::uint32_t>(n)});
    i += n;
  }
}

}  // namespace plancheck::parse
