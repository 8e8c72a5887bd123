// One field of a CSV file as RFC 4180 wants it, safe to open in a spreadsheet.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace plancheck::report {

// The field quoted when it holds a comma, a double quote, CR or LF (quotes doubled inside); text a
// spreadsheet would evaluate as a formula (first character = + - @ tab CR) is kept as text by a leading
// apostrophe. Other bytes, CJK included, pass through unchanged.
std::string csv_field(std::string_view value);

// One record: `fields` (any sequence of strings) through csv_field, comma-separated, ended by CRLF.
template <typename Fields>
void write_csv_row(std::ostream& out, const Fields& fields) {
  bool first = true;
  for (const auto& f : fields) {
    out << (first ? "" : ",") << csv_field(f);
    first = false;
  }
  out << "\r\n";
}

}  // namespace plancheck::report
