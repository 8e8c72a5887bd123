// A whole report rendered to a string, for writer tests.
#pragma once

#include <sstream>
#include <string>

#include "report/writer.hpp"

namespace plancheck::report::testing {

inline std::string render(const Writer& writer, const RunReport& report) {
  std::ostringstream out;
  writer.write(report, out);
  return out.str();
}

}  // namespace plancheck::report::testing
