// The batch dashboard's files: index.html (summary, score histogram, most-failed rules, sortable table of
// plans, errors) and summary.csv (one row per plan), both rendered from DashboardData.
#pragma once

#include <ostream>
#include <string>

#include "report/dashboard_data.hpp"
#include "report/writer.hpp"

namespace plancheck::report {

// The rules shown in the chart and table of most-failed rules.
inline constexpr std::size_t kDashboardTopRules = 10;

// index.html: self-contained (inline CSS, SVG and a few lines of script; nothing fetched). `date` is the
// run's date as "YYYY-MM-DD".
void write_dashboard_page(const DashboardData& data, const RunInfo& run, const std::string& date, std::ostream& out);

// summary.csv: UTF-8 with BOM, CRLF rows (RFC 4180), columns path, title, organisation, score,
// failed_error, failed_warning, failed_info, error, with the header in `lang` (as the `csv` report's). Text
// that a spreadsheet would take for a formula is prefixed with an apostrophe.
void write_dashboard_csv(const DashboardData& data, Lang lang, std::ostream& out);

}  // namespace plancheck::report
