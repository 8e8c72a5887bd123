#include "cli/report_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace plancheck::cli {

namespace {

ToolError file_error(const std::string& path, int error) {
  return ToolError{ErrorKind::Unreadable, path, {}, std::strerror(error)};
}

// mkstemp creates files readable by the owner only; a report should get the usual umask permissions.
void give_default_permissions(int fd) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
}

bool sync_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool synced = ::fsync(fd) == 0;
  return ::close(fd) == 0 && synced;
}

}  // namespace

Result<std::unique_ptr<ReportFile>> ReportFile::create(const std::string& path) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return file_error(path, errno);
  give_default_permissions(fd);
  ::close(fd);
  std::unique_ptr<ReportFile> file(new ReportFile(path, temp));
  if (!file->out_) {
    const int error = errno;
    file->discard();
    return file_error(path, error);
  }
  return Result<std::unique_ptr<ReportFile>>(std::move(file));
}

ReportFile::ReportFile(std::string path, std::string temp)
    : path_(std::move(path)), temp_(std::move(temp)), out_(temp_, std::ios::binary | std::ios::trunc) {}

ReportFile::~ReportFile() { discard(); }

std::optional<ToolError> ReportFile::commit() {
  if (done_) return file_error(path_, EBADF);
  out_.flush();
  const bool written = static_cast<bool>(out_);
  out_.close();
  if (!written || out_.fail() || !sync_file(temp_) || std::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int error = errno != 0 ? errno : EIO;
    discard();
    return file_error(path_, error);
  }
  done_ = true;
  return std::nullopt;
}

void ReportFile::discard() {
  if (done_) return;
  done_ = true;
  if (out_.is_open()) out_.close();
  std::remove(temp_.c_str());
}

}  // namespace plancheck::cli
