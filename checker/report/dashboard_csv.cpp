#include <string_view>

#include "report/dashboard_page.hpp"

namespace plancheck::report {

namespace {

// RFC 4180 quoting; text a spreadsheet would evaluate (= + - @ first) is kept as text with an apostrophe.
std::string csv_text(std::string_view s) {
  std::string value = !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos
                          ? "'" + std::string(s)
                          : std::string(s);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + '"';
}

}  // namespace

void write_dashboard_csv(const DashboardData& data, std::ostream& out) {
  out << "\xEF\xBB\xBF" << "path,title,organisation,score,failed_error,failed_warning,failed_info,error\r\n";
  for (const DashboardPlan& p : data.plans()) {
    out << csv_text(p.path) << ',' << csv_text(p.title) << ',' << csv_text(p.organisation) << ',';
    if (p.score) {
      out << *p.score << ',' << at(p.failed, Severity::Error) << ',' << at(p.failed, Severity::Warning) << ','
          << at(p.failed, Severity::Info);
    } else {
      out << ",,,";
    }
    out << ',' << csv_text(p.error) << "\r\n";
  }
}

}  // namespace plancheck::report
