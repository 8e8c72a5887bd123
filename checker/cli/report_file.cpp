#include "cli/report_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/fd_stream.hpp"
#include "cli/messages.hpp"

namespace plancheck::cli {

namespace fs = std::filesystem;

namespace {

// /dev/stdout, /dev/fd/N, /proc/self/fd/N and the like name descriptors that are already open: a
// temporary file cannot be put beside them, and replacing them would lose the output.
bool is_descriptor_alias(const std::string& path) { return path.rfind("/dev/", 0) == 0 || path.rfind("/proc/", 0) == 0; }

mode_t default_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// Creates the missing folders above `file`; those it made are appended to `made`, outermost first.
std::error_code make_parent_folders(const fs::path& file, std::vector<fs::path>& made) {
  std::error_code ec;
  std::vector<fs::path> missing;
  for (fs::path p = file.parent_path(); !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (!fs::create_directory(*it, ec) && ec) return ec;
    made.push_back(*it);
  }
  return {};
}

}  // namespace

ReportFile::ReportFile(std::string path, Lang lang) : path_(std::move(path)), lang_(lang) {}

ToolError ReportFile::error(int cause) const {
  return ToolError{ErrorKind::Unreadable, path_, {}, Message{Msg::OutputFailed, {{"detail", std::strerror(cause)}}}};
}

Result<std::unique_ptr<ReportFile>> ReportFile::create(const std::string& path, Lang lang) {
  std::unique_ptr<ReportFile> file(new ReportFile(path, lang));
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  struct stat link {};
  const bool dangling_link = !exists && ::lstat(path.c_str(), &link) == 0;
  if (exists && S_ISDIR(st.st_mode)) return file->error(EISDIR);
  if ((exists && !S_ISREG(st.st_mode)) || dangling_link || is_descriptor_alias(path)) {
    // Appending to a regular file reached through /dev/stdout keeps what the shell's `>>` put there.
    const int flags = O_WRONLY | O_CLOEXEC | (exists ? (S_ISREG(st.st_mode) ? O_APPEND : 0) : O_CREAT);
    file->fd_ = ::open(path.c_str(), flags, default_mode());
    if (file->fd_ < 0) return file->error(errno);
  } else {
    std::error_code ec;
    file->target_ = exists ? fs::canonical(path, ec).string() : path;
    if (ec) return file->error(ec.value());
    if (!exists) {
      if (std::error_code made = make_parent_folders(file->target_, file->made_folders_)) {
        file->discard();
        return file->error(made.value());
      }
    }
    const fs::path target(file->target_);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : ".";
    file->temp_ = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    file->fd_ = ::mkstemp(file->temp_.data());
    if (file->fd_ < 0) {
      const int cause = errno;
      file->temp_.clear();
      file->discard();
      return file->error(cause);
    }
    // mkstemp makes the file readable by the owner only; keep the permissions the report already had.
    ::fchmod(file->fd_, exists ? (st.st_mode & 07777) : default_mode());
  }
  file->out_ = std::make_unique<FdOStream>(file->fd_);
  return Result<std::unique_ptr<ReportFile>>(std::move(file));
}

ReportFile::~ReportFile() { discard(); }

std::ostream& ReportFile::stream() { return *out_; }

std::optional<ToolError> ReportFile::commit() {
  if (done_) return error(EBADF);
  int cause = out_->finish();
  out_->abandon();  // the descriptor is closed next: nothing may reach it afterwards
  if (cause == 0 && !temp_.empty() && ::fsync(fd_) != 0) cause = errno;
  if (::close(fd_) != 0 && cause == 0) cause = errno;
  fd_ = -1;
  if (cause == 0 && !temp_.empty() && std::rename(temp_.c_str(), target_.c_str()) != 0) cause = errno;
  if (cause != 0) {
    discard();
    return error(cause);
  }
  done_ = true;
  return std::nullopt;
}

void ReportFile::discard() {
  if (done_) return;
  done_ = true;
  if (out_) out_->abandon();
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) std::remove(temp_.c_str());
  std::error_code ec;
  for (auto it = made_folders_.rbegin(); it != made_folders_.rend(); ++it) fs::remove(*it, ec);  // only if empty
}

}  // namespace plancheck::cli
