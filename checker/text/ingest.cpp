#include "text/ingest.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <system_error>

#include <unicode/uchar.h>

#include <fmt/format.h>

#include "text/charset_conversion.hpp"
#include "text/utf8.hpp"

namespace plancheck::text {

namespace {

// Offsets everywhere downstream are 32-bit; refusing larger files keeps them honest.
constexpr std::size_t kMaxFileBytes = std::size_t{512} * 1024 * 1024;
// GBK text can form a valid UTF-8 sequence or two by chance; several in a row means the file is UTF-8.
constexpr std::size_t kUtf8Evidence = 4;

ToolError make_error(ErrorKind kind, const std::string& path, std::size_t offset, MsgId id, MessageFields fields = {}) {
  ToolError e;
  e.kind = kind;
  e.file = path;
  e.location.offset = offset;
  e.message = Message{id, std::move(fields)};
  return e;
}

struct Signature {
  std::string_view magic;
  std::string_view what;
};

// Formats people mistake for plans: office documents, archives, images, executables.
constexpr std::array<Signature, 11> kSignatures{{
    {"\x89PNG\r\n\x1A\n", "PNG image"},
    {"PK\x03\x04", "ZIP archive (e.g. .docx, .xlsx)"},
    {"%PDF-", "PDF document"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE compound document (e.g. .doc, .wps)"},
    {"GIF87a", "GIF image"},
    {"GIF89a", "GIF image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"\x1F\x8B", "gzip archive"},
    {"\x7F" "ELF", "executable"},
    {"Rar!\x1A\x07", "RAR archive"},
    {"7z\xBC\xAF\x27\x1C", "7-Zip archive"},
}};

std::optional<std::string_view> binary_signature(std::string_view bytes) {
  for (const Signature& s : kSignatures) {
    if (bytes.substr(0, s.magic.size()) == s.magic) return s.what;
  }
  return std::nullopt;
}

bool is_suspicious_control(unsigned unit) {
  // Tab, line feed, vertical tab, form feed, carriage return and DOS end-of-file (0x1A) occur in real text.
  return unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0B && unit != 0x0C && unit != 0x0D &&
         unit != 0x1A;
}

// True when one of the eight bytes at `p` is below 0x20. Exact: with no such byte nothing borrows, and every
// byte's top bit comes out clear; the lowest such byte borrows, and its top bit comes out set.
bool has_byte_below_space(const char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  return ((word - kOnes * 0x20) & ~word & (kOnes * 0x80)) != 0;
}

// NUL never occurs in UTF-8 or GB18030 text; other controls are tolerated in small numbers (Word leaves
// a few behind) but not at the rate binary data has them. `unit_bytes` is 1, or 2 for UTF-16.
std::optional<ToolError> scan_controls(std::string_view bytes, std::size_t unit_bytes, bool big_endian,
                                       std::size_t base, const std::string& path) {
  std::size_t count = 0;
  std::optional<std::size_t> first;
  for (std::size_t i = 0; i + unit_bytes <= bytes.size(); i += unit_bytes) {
    if (unit_bytes == 1) {
      // The common case, kept cheap: eight bytes at a time up to one below 0x20 (a line end, mostly).
      while (i + 8 <= bytes.size() && !has_byte_below_space(bytes.data() + i)) i += 8;
      if (i >= bytes.size()) break;
    }
    unsigned unit = static_cast<unsigned char>(bytes[i]);
    if (unit_bytes == 1 && unit >= 0x20) continue;
    if (unit_bytes == 2) {
      const unsigned other = static_cast<unsigned char>(bytes[i + 1]);
      unit = big_endian ? (unit << 8 | other) : (other << 8 | unit);
    }
    if (unit == 0) return make_error(ErrorKind::Binary, path, base + i, MsgId::BinaryNul);
    if (!is_suspicious_control(unit)) continue;
    if (!first) first = i;
    ++count;
  }
  const std::size_t units = bytes.size() / unit_bytes;
  if (count >= 3 && count * 100 >= units) {
    return make_error(ErrorKind::Binary, path, base + *first,
                      MsgId::BinaryControls, {{"count", std::to_string(count)}, {"units", std::to_string(units)}});
  }
  return std::nullopt;
}

bool only_white_space(std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const auto cp = static_cast<UChar32>(next_code_point(utf8, pos));
    if (cp != 0xFEFF && !u_isUWhiteSpace(cp)) return false;
  }
  return true;
}

// Old Mac exports end lines with CR alone. A lone CR becomes LF — one byte for one, so every offset stays
// where it was — and CRLF is left as it is, so every later stage sees CR, LF and CRLF all as line ends.
void lone_cr_to_lf(std::string& utf8) {
  for (std::size_t i = utf8.find('\r'); i != std::string::npos; i = utf8.find('\r', i + 1)) {
    if (i + 1 == utf8.size() || utf8[i + 1] != '\n') utf8[i] = '\n';
  }
}

Result<DecodedText> finish(DecodedText decoded, const std::string& path) {
  lone_cr_to_lf(decoded.utf8);
  if (only_white_space(decoded.utf8)) {
    return make_error(ErrorKind::Empty, path, 0, MsgId::OnlyWhiteSpace);
  }
  return decoded;
}

Result<DecodedText> convert(std::string_view bytes, std::size_t base, const char* charset,
                            const std::string& path) {
  Conversion c = convert_to_utf8(bytes, charset);
  if (!c.ok) {
    return make_error(ErrorKind::Encoding, path, base + c.bad_offset,
                      MsgId::InvalidBytes, {{"charset", charset}, {"bytes", hex_bytes(c.bad_bytes)}});
  }
  return DecodedText{std::move(c.utf8), charset};
}

Result<DecodedText> decode_utf16(std::string_view bytes, bool big_endian, const std::string& path) {
  const std::string_view body = bytes.substr(2);
  if (auto err = scan_controls(body, 2, big_endian, 2, path)) return *err;
  auto decoded = convert(body, 2, big_endian ? "UTF-16BE" : "UTF-16LE", path);
  if (!decoded) return decoded;
  return finish(decoded.take(), path);
}

ToolError invalid_utf8(std::string_view bytes, std::size_t offset, const std::string& path) {
  std::size_t end = offset + 1;
  while (end < bytes.size() && end < offset + 4 && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80) ++end;
  return make_error(ErrorKind::Encoding, path, offset,
                    MsgId::InvalidBytes, {{"charset", "UTF-8"}, {"bytes", hex_bytes(bytes.substr(offset, end - offset))}});
}

// Text that is valid UTF-8 is UTF-8. Text that goes wrong after well-formed multi-byte sequences is a
// damaged UTF-8 file (truncated, one corrupted byte); anything else is read as GB18030, a superset of GBK.
// When both readings fail, the one that got further is the file's real encoding.
Result<DecodedText> decode_without_bom(std::string_view bytes, const std::string& path) {
  const Utf8Check check = check_utf8(bytes);
  if (check.valid(bytes)) return finish(DecodedText{std::string(bytes), "UTF-8"}, path);
  const bool gb18030_bom = bytes.substr(0, 4) == "\x84\x31\x95\x33";
  const std::size_t base = gb18030_bom ? 4 : 0;
  auto gb = convert(bytes.substr(base), base, "GB18030", path);
  bool utf8_likely = check.multibyte_before >= kUtf8Evidence;
  if (!gb) utf8_likely |= check.multibyte_before > 0 && check.valid_prefix >= gb.error().location.offset;
  if (utf8_likely && !gb18030_bom) return invalid_utf8(bytes, check.valid_prefix, path);
  if (!gb) return gb;
  return finish(gb.take(), path);
}

}  // namespace

Result<DecodedText> decode_bytes(std::string_view bytes, const std::string& path) {
  if (bytes.empty()) return make_error(ErrorKind::Empty, path, 0, MsgId::EmptyFile);
  if (bytes.size() > kMaxFileBytes) {
    return make_error(ErrorKind::Unreadable, path, 0, MsgId::TooLarge, {{"limit", "512 MiB"}});
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") return decode_utf16(bytes, false, path);
  if (bytes.substr(0, 2) == "\xFE\xFF") return decode_utf16(bytes, true, path);
  if (auto what = binary_signature(bytes)) {
    return make_error(ErrorKind::Binary, path, 0, MsgId::BinarySignature, {{"what", std::string(*what)}});
  }
  if (auto err = scan_controls(bytes, 1, false, 0, path)) return *err;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    const std::string_view body = bytes.substr(3);
    const Utf8Check check = check_utf8(body);
    if (!check.valid(body)) return invalid_utf8(bytes, 3 + check.valid_prefix, path);
    return finish(DecodedText{std::string(body), "UTF-8 (BOM)"}, path);
  }
  return decode_without_bom(bytes, path);
}

namespace {

ToolError unreadable(const std::string& path, int error_number) {
  ToolError e = make_error(ErrorKind::Unreadable, path, 0, MsgId::Verbatim);
  e.message = system_error_message(error_number);
  return e;
}

// Owns a file descriptor so every early return closes it.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Result<std::string> read_file_bytes(const std::string& path) {
  // O_NONBLOCK: opening a FIFO must not hang the batch; non-regular files are refused below anyway.
  Fd file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) return unreadable(path, errno);
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) return unreadable(path, errno);
  if (S_ISDIR(st.st_mode)) return unreadable(path, EISDIR);
  if (!S_ISREG(st.st_mode)) return make_error(ErrorKind::Unreadable, path, 0, MsgId::NotRegularFile);
  if (static_cast<std::size_t>(st.st_size) > kMaxFileBytes) {
    return make_error(ErrorKind::Unreadable, path, 0, MsgId::TooLarge, {{"limit", "512 MiB"}});
  }
  std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(file.fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return unreadable(path, errno);
    if (n == 0) break;  // the file shrank while we read it
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

Result<DecodedText> read_text_file(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  return decode_bytes(bytes.value(), path);
}

Result<StreamBytes> read_standard_input_bytes(const std::string& name, std::uint64_t keep) {
  StreamBytes in;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return unreadable(name, errno);
    if (n == 0) break;
    const auto got = static_cast<std::size_t>(n);
    in.total += got;
    // Past what may be kept the stream is only counted; past what could ever be read there is no point
    // reading on.
    if (in.total > kMaxFileBytes && keep > kMaxFileBytes) {
      return make_error(ErrorKind::Unreadable, name, 0, MsgId::TooLarge, {{"limit", "512 MiB"}});
    }
    if (in.bytes.size() < keep) in.bytes.append(buffer, static_cast<std::size_t>(std::min<std::uint64_t>(got, keep - in.bytes.size())));
  }
  return in;
}

}  // namespace plancheck::text
