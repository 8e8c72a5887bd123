// Charset detection and conversion: text::decode_bytes and the ICU conversions behind it.
#include <fmt/format.h>

#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"
#include "text/charset_conversion.hpp"
#include "text/ingest.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

namespace {

std::string describe(const Result<text::DecodedText>& r) {
  return r ? r.value().encoding + '\n' + r.value().utf8 : fuzz::describe(r.error());
}

void check_conversion(std::string_view input, const char* charset) {
  const text::Conversion c = text::convert_to_utf8(input, charset);
  if (c.ok) {
    require(text::check_utf8(c.utf8).valid(c.utf8), fmt::format("{} converts to valid UTF-8", charset));
  } else {
    require(c.bad_offset < input.size(), fmt::format("{}: the bad sequence starts inside the input", charset));
    require(input.substr(c.bad_offset).substr(0, c.bad_bytes.size()) == c.bad_bytes || c.bad_bytes.empty(),
            fmt::format("{}: the bad bytes reported are those at the bad offset", charset));
  }
}

// What decoding does to UTF-8 besides dropping a BOM: a CR not followed by LF (old Mac line ends) becomes
// LF, byte for byte, so offsets are kept.
std::string with_line_feeds(std::string_view utf8) {
  std::string out(utf8);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\r' && (i + 1 == out.size() || out[i + 1] != '\n')) out[i] = '\n';
  }
  return out;
}

}  // namespace

void fuzz_encoding(std::string_view input) {
  const Result<text::DecodedText> decoded = text::decode_bytes(input, "fuzz.txt");
  require_same(describe(decoded), describe(text::decode_bytes(input, "fuzz.txt")), "decode_bytes");
  if (decoded) {
    const text::DecodedText& d = decoded.value();
    require(text::check_utf8(d.utf8).valid(d.utf8), "decoded text is valid UTF-8");
    require(!d.utf8.empty(), "decoded text is not empty");
    if (d.encoding == "UTF-8") require(d.utf8 == with_line_feeds(input), "UTF-8 input is passed through (lone CR as LF)");
    if (d.encoding == "UTF-8 (BOM)") {
      require(d.utf8 == with_line_feeds(input.substr(3)), "UTF-8 with BOM loses only its BOM (lone CR as LF)");
    }
    const bool known = d.encoding == "UTF-8" || d.encoding == "UTF-8 (BOM)" || d.encoding == "UTF-16LE" ||
                       d.encoding == "UTF-16BE" || d.encoding == "GB18030";
    require(known, "the encoding is one plancheck names: " + d.encoding);
  } else {
    require_error(decoded.error(), input, "decode_bytes");
  }
  for (const char* charset : {"GB18030", "UTF-16LE", "UTF-16BE"}) check_conversion(input, charset);
}

}  // namespace plancheck::fuzz
