#include "batch/discover.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

namespace plancheck::batch {

namespace fs = std::filesystem;

namespace {

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

ToolError unusable(const std::string& path, Message message) { return ToolError{ErrorKind::Unreadable, path, {}, std::move(message)}; }

// `id` with the C library's text for `error` as its {detail}.
Message cause(MsgId id, int error) { return Message{id, {{"detail", std::strerror(error)}}}; }

using FolderId = std::pair<dev_t, ino_t>;

std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// A depth-first walk of one folder argument. `ancestors` are the folders on the way down (a link to one
// of them is a loop); `seen` every folder entered in this run (a folder reached again is not re-entered).
class Walk {
 public:
  Walk(Lang lang, Discovery& found, std::set<FolderId>& seen) : lang_(lang), found_(found), seen_(seen) {}

  void folder(const fs::path& dir, const struct stat& st) {
    const FolderId id{st.st_dev, st.st_ino};
    if (!seen_.insert(id).second) return;
    ancestors_.push_back(id);
    std::error_code ec;
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
    if (ec) {
      add_error(dir, cause(MsgId::DiscoverFolderUnreadable, ec.value()));
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& entry : entries) visit(entry);
    ancestors_.pop_back();
  }

  std::vector<Input> take() { return std::move(inputs_); }

 private:
  void visit(const fs::path& entry) {
    struct stat link {};
    struct stat st {};
    if (::lstat(entry.c_str(), &link) != 0) {
      add_error(entry, cause(MsgId::DiscoverCannotRead, errno));
      return;
    }
    const bool is_link = S_ISLNK(link.st_mode);
    if (is_link && ::stat(entry.c_str(), &st) != 0) {
      const int error = errno;
      add_error(entry, error == ENOENT ? Message{MsgId::DiscoverDanglingLink, {}} : cause(MsgId::DiscoverCannotFollow, error));
      return;
    }
    if (!is_link) st = link;
    if (S_ISDIR(st.st_mode)) {
      const FolderId id{st.st_dev, st.st_ino};
      if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
        add_error(entry, Message{MsgId::DiscoverLinkLoop, {}});
        return;
      }
      folder(entry, st);
    } else if (S_ISREG(st.st_mode) && is_plan_extension(entry.string())) {
      inputs_.push_back({entry.generic_string(), std::nullopt});
    } else {
      ++found_.skipped[S_ISREG(st.st_mode) ? lower_extension(entry) : std::string("(") + tr(lang_, "非普通文件", "not a regular file") + ")"];
    }
  }

  void add_error(const fs::path& path, Message message) {
    inputs_.push_back({path.generic_string(), unusable(path.generic_string(), std::move(message))});
  }

  Lang lang_;
  Discovery& found_;
  std::set<FolderId>& seen_;
  std::vector<FolderId> ancestors_;
  std::vector<Input> inputs_;
};

// The identity of a file for de-duplication: its canonical path, or the path as given when it has none.
std::string identity(const Input& input) {
  if (input.error) return "error:" + input.path;
  if (input.from_stdin) return "stdin:";
  std::error_code ec;
  const fs::path canonical = fs::canonical(input.path, ec);
  return ec ? "path:" + input.path : "file:" + canonical.string();
}

}  // namespace

bool is_plan_extension(const std::string& path) {
  const std::string ext = lower_extension(path);
  // .doc and .wps are taken so that a folder of filed plans reports them (they need converting) instead of
  // leaving them out unnoticed.
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".xml" || ext == ".docx" || ext == ".pdf" ||
         ext == ".odt" || ext == ".doc" || ext == ".wps";
}

Discovery discover(const std::vector<std::string>& paths, Lang lang) {
  Discovery found;
  std::set<FolderId> seen;
  std::vector<Input> all;
  for (const std::string& path : paths) {
    struct stat st {};
    if (path == "-") {
      all.push_back({kStdinName, std::nullopt, true});
    } else if (::stat(path.c_str(), &st) != 0) {
      const int error = errno;
      all.push_back({path, unusable(path, error == ENOENT ? Message{MsgId::FileNotFound, {}} : cause(MsgId::DiscoverCannotRead, error))});
    } else if (S_ISDIR(st.st_mode)) {
      Walk walk(lang, found, seen);
      walk.folder(path, st);
      std::vector<Input> under = walk.take();
      std::sort(under.begin(), under.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
      for (Input& input : under) all.push_back(std::move(input));
    } else {
      all.push_back({path, std::nullopt});
    }
  }
  std::set<std::string> taken;
  for (Input& input : all) {
    if (taken.insert(identity(input)).second) found.inputs.push_back(std::move(input));
  }
  return found;
}

}  // namespace plancheck::batch
