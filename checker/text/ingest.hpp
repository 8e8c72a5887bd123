// Reading a plan's bytes: charset detection (BOM, UTF-8, UTF-16, GB18030) and conversion to UTF-8.
#pragma once

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

// Reads standard input to its end and decodes it; errors name it `name` (e.g. "<stdin>").
Result<DecodedText> read_standard_input(const std::string& name);
// The same, undecoded (Word, OpenDocument and PDF input is recognised from its bytes).
Result<std::string> read_standard_input_bytes(const std::string& name);

}  // namespace plancheck::text
