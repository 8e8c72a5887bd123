#include "core/tool_error.hpp"

#include <fmt/format.h>

namespace plancheck {

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
  }
  return "error";
}

std::string ToolError::to_string() const {
  if (location.line > 0) {
    return fmt::format("{}:{}:{}: error: {}", file, location.line, location.column, message);
  }
  if (kind == ErrorKind::Encoding || kind == ErrorKind::Binary) {
    return fmt::format("{}: byte {}: error: {}", file, location.offset, message);
  }
  return fmt::format("{}: error: {}", file, message);
}

}  // namespace plancheck
