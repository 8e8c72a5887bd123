// Every fixed text of the HTML audit report, in Chinese and English.
#pragma once

#include <string_view>

#include "core/lang.hpp"
#include "core/severity.hpp"

namespace plancheck::report {

struct HtmlLabels {
  const char* report_title;
  const char* kicker;
  const char* summary;
  const char* score;
  const char* file;
  const char* format;
  const char* encoding;
  const char* rulesets;
  const char* run_date;
  const char* tool;
  const char* organisation;
  const char* untitled;
  const char* chart_title;
  const char* chart_detail;      // {passed} {applicable}
  const char* formula;
  const char* matrix;
  const char* matrix_intro;
  const char* requirement;
  const char* severity;
  const char* status;
  const char* where;
  const char* basis;
  const char* line;              // {line}
  const char* section;           // "章节："
  const char* not_found;
  const char* no_result;
  const char* findings;
  const char* no_findings;
  const char* remediation;       // "整改建议："
  const char* location;          // with its separator: "位置："
  const char* belongs_in;        // where a missing requirement belongs: "应补充于："
  const char* whole_plan;
  const char* outline;
  const char* heading;
  const char* line_header;
  const char* no_outline;
  const char* unreadable;
  const char* area_score;        // {score}
  const char* passed_count;
  const char* failed_count;
  const char* not_applicable_count;
  const char* waived_count;
};

const HtmlLabels& html_labels(Lang lang);

// "错误" / "error" …
std::string_view severity_label(Severity s, Lang lang);
// "✓ 通过" / "✓ Pass" …: a sign as well as a word, so the status survives grey print.
std::string_view status_label(Status s, Lang lang);
// The CSS class of a status: status-pass, status-fail, status-not-applicable, status-waived.
std::string_view status_class(Status s);

}  // namespace plancheck::report
