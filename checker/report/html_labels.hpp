// Every fixed text of the HTML audit report, in Chinese and English.
#pragma once

#include <string_view>

#include <string>

#include "core/circumstances.hpp"
#include "core/lang.hpp"
#include "core/severity.hpp"
#include "report/html_builder.hpp"

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
  const char* not_a_plan;
  const char* area_score;        // {score}
  const char* passed_count;
  const char* failed_count;
  const char* not_applicable_count;
  const char* waived_count;
  const char* new_count;         // findings --baseline marks new
  const char* unchanged_count;   // … and unchanged
  // The cover and contents of a report on several plans.
  const char* plans_checked;     // {plans}
  const char* contents;
  const char* number;
  const char* plan;
  const char* failed_rules;      // column: failed rules by severity
  const char* total_plans;
  const char* total_checked;
  const char* total_failed;
  const char* total_unreadable;
  const char* mean_score;
  const char* back_to_overview;  // a dashboard's plan page: the link back to index.html
  const char* findings_only;     // --html-findings-only: what the matrix leaves out
  const char* as_of;             // the date rules and citations were judged as of
  const char* org_kind;          // the organisation's kind and its source
  const char* applies;           // with its separator: "适用期间："
};

// The organisation part: chart, legend and responsibility matrix (report/org_chart.*).
struct OrgLabels {
  const char* part;              // the part's heading
  const char* chart;             // the chart's caption
  const char* chart_detail;      // {bodies} {undefined}: the chart's description
  const char* legend_defined;
  const char* legend_undefined;  // tasked by the procedures, never set up
  const char* legend_leads;
  const char* legend_reports;
  const char* more_bodies;       // {count} bodies not drawn
  const char* no_bodies;
  const char* matrix;
  const char* matrix_intro;
  const char* body;
  const char* phases[5];         // 监测预警, 事件报告, 应急响应（各级）, 后期处置, 演练培训
  const char* tasks;             // {count}
  const char* first_at;          // {line}: where the first such task is
  const char* empty_phase;       // a phase no body is in charge of
  const char* not_set_up;        // after a tasked body's name that is never set up
  const char* empty_phases;      // with its separator: "无机构负责的阶段："
  const char* list_separator;    // "、" / ", "
};
const OrgLabels& org_labels(Lang lang);

// "关键信息基础设施运营者（用户声明）" / "CII operator (declared)": a kind and where it came from.
std::string org_kind_label(const OrgKindInfo& org, Lang lang);

const HtmlLabels& html_labels(Lang lang);

// "错误" / "error" …
std::string_view severity_label(Severity s, Lang lang);
// "✓ 通过" / "✓ Pass" …: a sign as well as a word, so the status survives grey print.
std::string_view status_label(Status s, Lang lang);
// A --baseline mark ("new", "unchanged") as a badge; nothing for no mark.
void write_baseline_badge(HtmlBuilder& html, std::string_view mark, Lang lang);
// The CSS class of a status: status-pass, status-fail, status-not-applicable, status-waived.
std::string_view status_class(Status s);

}  // namespace plancheck::report
