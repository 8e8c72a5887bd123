#include "core/tool_error.hpp"

#include <fmt/format.h>

namespace plancheck {

const std::string kErrorPrefixName = "plancheck";

std::string_view to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Unreadable: return "unreadable";
    case ErrorKind::Empty: return "empty";
    case ErrorKind::Binary: return "binary";
    case ErrorKind::Encoding: return "encoding";
    case ErrorKind::Syntax: return "syntax";
    case ErrorKind::Schema: return "schema";
    case ErrorKind::Forbidden: return "forbidden";
    case ErrorKind::Ruleset: return "ruleset";
    case ErrorKind::Usage: return "usage";
    case ErrorKind::Limit: return "limit";
    case ErrorKind::NotAPlan: return "not-a-plan";
  }
  return "error";
}

std::string ToolError::to_string(Lang lang) const {
  const std::string text = message.text(lang);
  const std::string& where = file.empty() ? kErrorPrefixName : file;
  // A file that is not a plan is no failure of the tool or of the file: a note, as compilers say.
  const char* level = kind == ErrorKind::NotAPlan ? "note" : "error";
  if (location.line > 0) {
    return fmt::format("{}:{}:{}: {}: {}", where, location.line, location.column, level, text);
  }
  if (kind == ErrorKind::Encoding || kind == ErrorKind::Binary) {
    return fmt::format("{}: byte {}: {}: {}", where, location.offset, level, text);
  }
  return fmt::format("{}: {}: {}", where, level, text);
}

}  // namespace plancheck
