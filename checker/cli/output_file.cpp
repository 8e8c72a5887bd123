#include "cli/output_file.hpp"

#include <cstring>
#include <unistd.h>

#include "cli/fd_stream.hpp"
#include "cli/messages.hpp"
#include "cli/report_file.hpp"

namespace plancheck::cli {

std::optional<ToolError> write_file_atomically(const std::string& path, const std::string& content, Lang lang) {
  Result<std::unique_ptr<ReportFile>> file = ReportFile::create(path, lang);
  if (!file) return file.error();
  file.value()->stream() << content;
  return file.value()->commit();
}

std::optional<ToolError> write_output(const std::string& path, const std::string& content, Lang lang) {
  if (!path.empty()) return write_file_atomically(path, content, lang);
  FdOStream out(STDOUT_FILENO);
  out << content;
  if (const int cause = out.finish()) return stdout_error(cause, lang);
  return std::nullopt;
}

ToolError stdout_error(int cause, Lang lang) {
  return ToolError{ErrorKind::Unreadable, lang == Lang::En ? "standard output" : "标准输出", {},
                   Message{Msg::OutputFailed, {{"detail", std::strerror(cause)}}}};
}

}  // namespace plancheck::cli
