// Turning a file path as given on the command line into a URI reference for SARIF's artifactLocation.
#pragma once

#include <string>
#include <string_view>

namespace plancheck::report {

// A relative path stays relative ("plans/a b.txt" → "plans/a%20b.txt"); an absolute one becomes a file URI
// ("/x/y" → "file:///x/y", "C:\x" → "file:///C:/x"). Bytes outside RFC 3986's unreserved set are
// percent-encoded as UTF-8, except the separators; backslashes become slashes.
std::string path_to_uri(std::string_view path);

}  // namespace plancheck::report
