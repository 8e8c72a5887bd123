#include "text/ingest.hpp"

#include <fstream>
#include <sstream>

namespace plancheck::text {

Result<DecodedText> decode_bytes(std::string_view bytes, const std::string&) {
  return DecodedText{std::string(bytes), "UTF-8"};
}

Result<DecodedText> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return decode_bytes(ss.str(), path);
}

}  // namespace plancheck::text
