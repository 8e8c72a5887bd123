// Test helper: parsing an in-memory text or a seed file the way the command line would.
#pragma once

#include <string>

#include "core/document.hpp"

namespace plancheck::parse::testing {

// Parses `utf8` as if read from `path` (the extension matters only for sniffing ties). Fails the test
// (and returns an empty Document) when parsing reports an error.
Document parse_text(const std::string& utf8, const std::string& path = "plan.txt");

// Reads and parses tests/data/<relative>.
Document parse_data_file(const std::string& relative);

}  // namespace plancheck::parse::testing
