#include "batch/org_profile.hpp"

#include <sstream>

#include "text/ingest.hpp"
#include "waivers/glob.hpp"

namespace plancheck::batch {
namespace {

ToolError profile_error(const std::string& file, int line, Message message) {
  ToolError e;
  e.kind = ErrorKind::Usage;
  e.file = file;
  e.location.line = line;
  e.location.column = line > 0 ? 1 : 0;
  e.message = std::move(message);
  return e;
}

// One CSV record's fields; false when a quoted field is not closed on the line.
bool split_csv(const std::string& line, std::vector<std::string>& fields) {
  fields.assign(1, std::string());
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"' && fields.back().empty()) {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  for (std::string& f : fields) {
    f.erase(0, f.find_first_not_of(" \t"));
    f.erase(f.find_last_not_of(" \t") + 1);
  }
  return !quoted;
}

}  // namespace

const OrgProfileRow* OrgProfile::match(const std::string& path) const {
  for (const OrgProfileRow& row : rows) {
    if (waivers::glob_match(row.glob, path)) return &row;
  }
  return nullptr;
}

Result<OrgProfile> read_org_profile(const std::string& file) {
  const Result<std::string> bytes = text::read_file_bytes(file);  // refuses FIFOs and devices
  if (!bytes) return profile_error(file, 0, Message{MsgId::OrgProfileUnreadable, {}, {bytes.error().message}});
  std::istringstream in(bytes.value());
  OrgProfile profile;
  profile.file = file;
  std::string line;
  int line_no = 0;
  int path_col = -1, kind_col = -1, name_col = -1;
  std::vector<std::string> fields;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t,") == std::string::npos) continue;
    if (!split_csv(line, fields)) return profile_error(file, line_no, Message{MsgId::OrgProfileOpenQuote, {}});
    if (path_col < 0) {
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i] == "path") path_col = static_cast<int>(i);
        if (fields[i] == "kind") kind_col = static_cast<int>(i);
        if (fields[i] == "name") name_col = static_cast<int>(i);
      }
      if (path_col < 0 || kind_col < 0) {
        return profile_error(file, line_no, Message{MsgId::OrgProfileHeader, {}});
      }
      continue;
    }
    auto field = [&](int col) { return col >= 0 && col < static_cast<int>(fields.size()) ? fields[col] : std::string(); };
    OrgProfileRow row;
    row.line = line_no;
    row.glob = field(path_col);
    row.name = field(name_col);
    if (row.glob.empty()) return profile_error(file, line_no, Message{MsgId::OrgProfileEmptyPath, {}});
    const std::string kind = field(kind_col);
    const auto parsed = parse_org_kind(kind);
    if (!parsed) {
      return profile_error(file, line_no, Message{MsgId::OrgProfileUnknownKind, {{"kind", kind}}});
    }
    row.kind = *parsed;
    profile.rows.push_back(std::move(row));
  }
  if (path_col < 0) return profile_error(file, 0, Message{MsgId::OrgProfileEmpty, {}});
  return profile;
}

}  // namespace plancheck::batch
