// Reading a plan's bytes: charset detection (BOM, UTF-8, UTF-16, GB18030) and conversion to UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/tool_error.hpp"

namespace plancheck::text {

struct DecodedText {
  std::string utf8;       // without BOM; CRLF and LF kept, a lone CR (old Mac) turned into LF
  std::string encoding;   // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
};

// Detects the encoding of `bytes` and converts to UTF-8. Errors (ErrorKind::Empty, Binary, Encoding) carry
// `path` and the byte offset of the first bad byte in the raw input.
Result<DecodedText> decode_bytes(std::string_view bytes, const std::string& path);

// Reads the whole file (a regular file of at most 512 MiB); ErrorKind::Unreadable when it cannot be read.
Result<std::string> read_file_bytes(const std::string& path);

// Reads the whole file and decodes it; ErrorKind::Unreadable when the path cannot be read.
Result<DecodedText> read_text_file(const std::string& path);

// Standard input, undecoded (Word, OpenDocument and PDF input is recognised from its bytes).
struct StreamBytes {
  std::string bytes;       // the first min(total, keep) bytes
  std::uint64_t total = 0; // bytes the stream held
};
// Reads standard input to its end, keeping at most `keep` bytes and counting the rest, so a stream of any
// length takes no more memory than `keep`; errors name it `name` (e.g. "<stdin>"). ErrorKind::Unreadable
// when it cannot be read, or when `keep` is over 512 MiB and so is the stream.
Result<StreamBytes> read_standard_input_bytes(const std::string& name, std::uint64_t keep);

}  // namespace plancheck::text
