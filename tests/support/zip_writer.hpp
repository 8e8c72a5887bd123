// Writes small ZIP archives in memory for the office reader tests (stored entries, no compression), so each
// test states its package parts inline.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace plancheck::office::testing {

using Parts = std::vector<std::pair<std::string, std::string>>;

inline std::uint32_t crc32(const std::string& data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

inline void put16(std::string& out, unsigned v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}

inline void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

inline std::string make_zip(const Parts& parts) {
  std::string out, directory;
  for (const auto& [name, data] : parts) {
    const auto offset = static_cast<std::uint32_t>(out.size());
    const std::uint32_t crc = crc32(data);
    out += "PK\x03\x04";
    put16(out, 20); put16(out, 0); put16(out, 0); put16(out, 0); put16(out, 0);
    put32(out, crc); put32(out, static_cast<std::uint32_t>(data.size())); put32(out, static_cast<std::uint32_t>(data.size()));
    put16(out, static_cast<unsigned>(name.size())); put16(out, 0);
    out += name;
    out += data;
    directory += "PK\x01\x02";
    put16(directory, 20); put16(directory, 20); put16(directory, 0); put16(directory, 0); put16(directory, 0);
    put16(directory, 0);
    put32(directory, crc); put32(directory, static_cast<std::uint32_t>(data.size()));
    put32(directory, static_cast<std::uint32_t>(data.size()));
    put16(directory, static_cast<unsigned>(name.size())); put16(directory, 0); put16(directory, 0);
    put16(directory, 0); put16(directory, 0); put32(directory, 0); put32(directory, offset);
    directory += name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(out.size());
  out += directory;
  out += "PK\x05\x06";
  put16(out, 0); put16(out, 0);
  put16(out, static_cast<unsigned>(parts.size())); put16(out, static_cast<unsigned>(parts.size()));
  put32(out, static_cast<std::uint32_t>(directory.size())); put32(out, directory_offset);
  put16(out, 0);
  return out;
}

}  // namespace plancheck::office::testing
