#include "report/json_out.hpp"

#include <algorithm>
#include <cstring>

#include <nlohmann/json.hpp>

#include "text/byte_lanes.hpp"
#include "text/utf8.hpp"

namespace plancheck::report {

namespace {

// nlohmann-json's `replace` error handler, for the rare text that is not UTF-8 (a report must never be lost
// to one bad byte); the fast path below gives the same bytes for well-formed text.
std::string nlohmann_dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

constexpr char kHex[] = "0123456789abcdef";

#if defined(__SSE2__)
// How many bytes from `p` (18 of them readable) are written as they are, when its first sixteen are all such
// bytes and end whole sequences: ASCII from 0x20 but '"' and '\\', and well-formed three-byte sequences
// (text::whole_three_byte_run). 0 otherwise: the caller reads byte by byte, as it would have.
std::size_t plain_run(const char* p) {
  const __m128i b = text::load_bytes(p);
  const unsigned ascii = text::lane_bits(_mm_andnot_si128(
      _mm_or_si128(text::bytes_equal(b, '"'), text::bytes_equal(b, '\\')), text::bytes_in_range(b, 0x20, 0x7F)));
  unsigned leads = 0;
  return text::whole_three_byte_run(p, ascii, leads);
}
#endif

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  // One pass that checks the UTF-8 as it escapes; a string that is not UTF-8 is written again by nlohmann
  // (which replaces what is ill-formed), from where it started.
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
#if defined(__SSE2__)
    // Sixteen bytes and more at a time while there is nothing to escape or check further (plan text).
    while (i + 18 <= s.size()) {
      const std::size_t plain = plain_run(s.data() + i);
      if (plain == 0) break;
      i += plain;
    }
    if (i >= s.size()) break;
#endif
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t len = text::utf8_sequence_length(s, i);
      if (len == 0) {
        out.resize(start);
        out += nlohmann_dump(std::string(s));
        return;
      }
      i += len - 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_json_number(std::string& out, double value) { out += nlohmann_dump(value); }

void JsonOut::key(std::string_view name) {
  // The writers' keys are short ASCII names with nothing to escape: the comma, the line break and indent,
  // the quoted name and ": " are written with one append (a key per member makes this the writer's most
  // frequent call).
  char buffer[192];
  const std::size_t spaces = base_ + 2 * levels_.size();
  const bool plain = !after_key_ && !levels_.empty() && spaces + name.size() + 6 <= sizeof buffer &&
                     std::all_of(name.begin(), name.end(), [](char c) {
                       const auto u = static_cast<unsigned char>(c);
                       return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
                     });
  if (!plain) {
    before_value();
    append_json_string(out_, name);
    out_ += ": ";
    after_key_ = true;
    return;
  }
  Level& level = levels_.back();
  std::size_t n = 0;
  if (level.members) buffer[n++] = ',';
  level.members = true;
  buffer[n++] = '\n';
  std::memset(buffer + n, ' ', spaces);
  n += spaces;
  buffer[n++] = '"';
  std::memcpy(buffer + n, name.data(), name.size());
  n += name.size();
  std::memcpy(buffer + n, "\": ", 3);
  n += 3;
  out_.append(buffer, n);
  after_key_ = true;
}

void JsonOut::field(std::string_view name, const std::vector<std::string>& items) {
  key(name);
  begin_array();
  for (const std::string& item : items) value(item);
  end_array();
}

void JsonOut::open(char bracket) {
  before_value();
  out_ += bracket;
  levels_.push_back({});
}

void JsonOut::close(char bracket) {
  const bool members = levels_.back().members;
  levels_.pop_back();
  if (members) newline_indent(levels_.size());
  out_ += bracket;
}

void JsonOut::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;  // the outermost value
  Level& level = levels_.back();
  const bool comma = level.members;
  level.members = true;
  newline_indent(levels_.size(), comma);
}

void JsonOut::newline_indent(std::size_t levels, bool comma) {
  // ",\n" and the indentation with one append while the indentation is in this line's reach.
  static const std::string kLine = ",\n" + std::string(128, ' ');
  const std::size_t spaces = base_ + 2 * levels;
  if (spaces <= kLine.size() - 2) {
    out_.append(kLine, comma ? 0 : 1, (comma ? 2 : 1) + spaces);
    return;
  }
  if (comma) out_ += ',';
  out_ += '\n';
  out_.append(spaces, ' ');
}

}  // namespace plancheck::report
