// The dashboard's two SVG charts: the histogram of scores and the bars of the rules failed most often.
#pragma once

#include "report/dashboard_data.hpp"
#include "report/html_builder.hpp"
#include "report/writer.hpp"

namespace plancheck::report {

// Ten columns (0–9 … 90–100), each labelled with its count; described in words for screen readers.
void write_score_histogram(HtmlBuilder& html, const DashboardData& data, Lang lang);

// One bar per rule: the share of checked plans that fail it.
void write_failed_rules_chart(HtmlBuilder& html, const DashboardData& data, const RunInfo& run);

}  // namespace plancheck::report
