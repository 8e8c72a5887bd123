#include "report/uri.hpp"

#include <cctype>

namespace plancheck::report {

namespace {

bool unreserved(unsigned char c) {
  return std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~';
}

bool windows_drive(std::string_view path) {
  return path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) != 0 && path[1] == ':' &&
         (path[2] == '/' || path[2] == '\\');
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  static const char* const hex = "0123456789ABCDEF";
  std::string out;
  if (!path.empty() && (path[0] == '/' || path[0] == '\\')) out = "file://";
  if (windows_drive(path)) {
    out = "file:///";
    out.append(path.substr(0, 2));  // the drive's colon is part of the path, not a scheme
    path.remove_prefix(2);
  }
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '/' || c == '\\') {
      out += '/';
    } else if (unreserved(c)) {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

}  // namespace plancheck::report
