#include <string_view>

#include "report/csv_field.hpp"
#include "report/dashboard_page.hpp"

namespace plancheck::report {

namespace {

// The header in the report's language, worded as the `csv` report's header where the columns agree.
const char* header(Lang lang) {
  return lang == Lang::En ? "path,title,organisation,score,failed_error,failed_warning,failed_info,error\r\n"
                          : "路径,标题,单位,得分,未通过规则（错误）,未通过规则（警告）,未通过规则（提示）,无法检查的原因\r\n";
}

}  // namespace

void write_dashboard_csv(const DashboardData& data, Lang lang, std::ostream& out) {
  out << "\xEF\xBB\xBF" << header(lang);
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
