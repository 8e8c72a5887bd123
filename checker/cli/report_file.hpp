// A report file being written: a temporary file beside the target, renamed over it only when complete —
// or, for a target that is not a regular file (a device, a FIFO, /dev/stdout), the target itself.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/tool_error.hpp"

namespace plancheck::cli {

class FdOStream;

// A regular file (or a new one) is written to a temporary file in the target's folder, so the final
// rename is atomic; it gets the target's permissions (or those a new file would get), and a symbolic link
// to it stays a link. Destroyed without commit() the temporary file is removed, so an interrupted run
// leaves no partial report. A device, FIFO or socket, and every path under /dev/ and /proc/ (aliases of
// open descriptors such as /dev/stdout), is opened and written directly: renaming over it would replace
// it. Missing folders on the way to the target are created, and removed again if the file is discarded.
class ReportFile {
 public:
  // The open file for `path`, or why it cannot be opened (message in `lang`).
  static Result<std::unique_ptr<ReportFile>> create(const std::string& path, Lang lang);
  ~ReportFile();
  ReportFile(const ReportFile&) = delete;
  ReportFile& operator=(const ReportFile&) = delete;

  std::ostream& stream();
  const std::string& path() const { return path_; }
  // Flushes and checks every write; for a regular file syncs it and renames it over the target.
  std::optional<ToolError> commit();
  // Removes the temporary file (and the folders made for it); the target is left as it was.
  void discard();

 private:
  explicit ReportFile(std::string path, Lang lang);
  ToolError error(int cause) const;

  std::string path_;    // as given
  std::string target_;  // the file the temporary is renamed over (symbolic links resolved)
  std::string temp_;    // empty when writing the target directly
  int fd_ = -1;
  std::unique_ptr<FdOStream> out_;
  std::vector<std::filesystem::path> made_folders_;  // deepest last
  Lang lang_;
  bool done_ = false;
};

}  // namespace plancheck::cli
