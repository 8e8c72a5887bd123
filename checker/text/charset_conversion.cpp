#include "text/charset_conversion.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <climits>
#include <memory>
#include <vector>

#include <fmt/format.h>

namespace plancheck::text {

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// With the STOP callback ICU leaves `source` just past the offending bytes; they can be read back, so
// their start is the current position minus their length.
void locate_failure(UConverter* cnv, std::string_view bytes, const char* source, Conversion& out) {
  char invalid[32];
  std::int8_t length = sizeof invalid;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_getInvalidChars(cnv, invalid, &length, &status);
  if (U_FAILURE(status)) length = 0;
  const auto consumed = static_cast<std::size_t>(source - bytes.data());
  const auto bad = static_cast<std::size_t>(length);
  out.bad_offset = consumed >= bad ? consumed - bad : 0;
  out.bad_bytes.assign(invalid, bad);
}

bool utf16_to_utf8(const std::vector<UChar>& units, std::size_t count, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::int32_t needed = 0;
  const auto n = static_cast<std::int32_t>(count);
  u_strToUTF8(nullptr, 0, &needed, units.data(), n, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(needed));
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), needed, &needed, units.data(), n, &status);
  return U_SUCCESS(status) || status == U_STRING_NOT_TERMINATED_WARNING;
}

}  // namespace

Conversion convert_to_utf8(std::string_view bytes, const char* charset) {
  Conversion out;
  // ICU counts in int32_t; the caller refuses inputs this large long before.
  if (bytes.size() >= static_cast<std::size_t>(INT32_MAX) / 2) return out;
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return out;
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return out;

  // Every supported charset needs at least one byte per UTF-16 unit, so this buffer cannot overflow.
  std::vector<UChar> units(bytes.size() + 1);
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source, bytes.data() + bytes.size(),
                 nullptr, true, &status);
  if (U_FAILURE(status)) {
    locate_failure(cnv.get(), bytes, source, out);
    return out;
  }
  out.ok = utf16_to_utf8(units, static_cast<std::size_t>(target - units.data()), out.utf8);
  return out;
}

std::string hex_bytes(std::string_view bytes) {
  std::string s;
  for (char c : bytes) {
    if (!s.empty()) s += ' ';
    s += fmt::format("0x{:02X}", static_cast<unsigned char>(c));
  }
  return s;
}

}  // namespace plancheck::text
