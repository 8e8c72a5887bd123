// The batch dashboard's stylesheet and sorting script (reports/), compiled into the binary so the page
// needs no data directory and references no file.
#pragma once

#include <string_view>

namespace plancheck::report {

// reports/dashboard.css
std::string_view dashboard_stylesheet();

// reports/dashboard.js: sorts table.sortable by the clicked column.
std::string_view dashboard_script();

}  // namespace plancheck::report
