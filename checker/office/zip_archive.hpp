// A ZIP archive read from memory (libzip lives here only): whole parts as strings, under size limits that
// stop zip bombs, nothing ever extracted to disk.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/message.hpp"

namespace plancheck::office {

struct ZipLimits {
  std::size_t max_part_bytes = 64u << 20;    // one part, uncompressed
  std::size_t max_total_bytes = 160u << 20;  // all parts read from one archive, uncompressed
};

// Why opening the archive or reading a part failed, as a catalogue message.
struct ZipFailure {
  Message message;
};

class ZipArchive {
 public:
  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // Opens `bytes` (which must outlive the archive) with the central directory checked for consistency; a
  // truncated or damaged archive fails here.
  static std::optional<ZipArchive> open(std::string_view bytes, const std::string& path,
                                        ZipFailure& failure, ZipLimits limits = {});

  bool has(const std::string& name) const;

  // The whole part, or nullopt with `failure` set (missing, encrypted, damaged, over a limit). Declared and
  // actual sizes are both checked while reading, and the total read from the archive is capped.
  std::optional<std::string> read(const std::string& name, ZipFailure& failure);

 private:
  struct State;
  explicit ZipArchive(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace plancheck::office
