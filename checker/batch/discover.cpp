#include "batch/discover.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace plancheck::batch {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> plan_files_under(const fs::path& folder, std::error_code& ec) {
  std::vector<std::string> files;
  const auto options = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(folder, options, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    const std::string path = it->path().generic_string();
    if (is_plan_extension(path)) files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

ToolError unusable(const std::string& path, Lang lang, bool missing) {
  std::string message;
  if (missing) {
    message = lang == Lang::En ? "no such file or directory" : "文件或文件夹不存在";
  } else {
    message = lang == Lang::En ? "cannot read this folder" : "无法读取该文件夹";
  }
  return ToolError{ErrorKind::Unreadable, path, {}, message};
}

}  // namespace

bool is_plan_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".xml";
}

std::vector<Input> discover(const std::vector<std::string>& paths, Lang lang) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      inputs.push_back({path, unusable(path, lang, true)});
    } else if (fs::is_directory(status)) {
      for (std::string& file : plan_files_under(path, ec)) inputs.push_back({std::move(file), std::nullopt});
      if (ec) inputs.push_back({path, unusable(path, lang, false)});
    } else {
      inputs.push_back({path, std::nullopt});
    }
  }
  return inputs;
}

}  // namespace plancheck::batch
