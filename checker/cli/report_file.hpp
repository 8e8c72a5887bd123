// A report file being written: a temporary file beside the target, renamed over it only when complete.
#pragma once

#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "core/tool_error.hpp"

namespace plancheck::cli {

// Created in the target's folder (so the final rename is atomic) with the permissions a new file would
// get; destroyed without commit() it is removed, so an interrupted run leaves no partial report.
class ReportFile {
 public:
  // The open temporary file for `path`, or why it cannot be created.
  static Result<std::unique_ptr<ReportFile>> create(const std::string& path);
  ~ReportFile();
  ReportFile(const ReportFile&) = delete;
  ReportFile& operator=(const ReportFile&) = delete;

  std::ostream& stream() { return out_; }
  const std::string& path() const { return path_; }
  // Flushes, syncs and renames the temporary file over the target.
  std::optional<ToolError> commit();
  // Removes the temporary file; the target is left as it was.
  void discard();

 private:
  ReportFile(std::string path, std::string temp);

  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool done_ = false;
};

}  // namespace plancheck::cli
