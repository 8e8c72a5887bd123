#include "cli/data_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace plancheck::cli {

namespace fs = std::filesystem;

namespace {

bool has_rulesets(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "rulesets", ec);
}

std::string installed_data_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return (exe.parent_path().parent_path() / "share" / "plancheck").string();
}

}  // namespace

std::string resolve_data_dir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("PLANCHECK_DATA_DIR"); env && *env) return env;
  // An installed binary uses the data installed with it, even where the tree it was built from still exists.
  const std::string installed = installed_data_dir();
  if (!installed.empty() && has_rulesets(installed)) return installed;
  return PLANCHECK_DATA_DIR;
}

}  // namespace plancheck::cli
