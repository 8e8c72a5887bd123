#include <string_view>

#include "report/csv_field.hpp"
#include "report/dashboard_page.hpp"

namespace plancheck::report {

void write_dashboard_csv(const DashboardData& data, std::ostream& out) {
  out << "\xEF\xBB\xBF" << "path,title,organisation,score,failed_error,failed_warning,failed_info,error\r\n";
  for (const DashboardPlan& p : data.plans()) {
    out << csv_field(p.path) << ',' << csv_field(p.title) << ',' << csv_field(p.organisation) << ',';
    if (p.score) {
      out << *p.score << ',' << at(p.failed, Severity::Error) << ',' << at(p.failed, Severity::Warning) << ','
          << at(p.failed, Severity::Info);
    } else {
      out << ",,,";
    }
    out << ',' << csv_field(p.error) << "\r\n";
  }
}

}  // namespace plancheck::report
