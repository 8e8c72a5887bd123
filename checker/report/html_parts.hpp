// The parts of one plan's HTML audit report, each written by its own file, and what they all need.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "report/html_builder.hpp"
#include "report/html_labels.hpp"
#include "report/writer.hpp"

namespace plancheck::report {

struct HtmlContext {
  const RunInfo& run;
  const HtmlLabels& labels;
  const std::string& run_date;
  int plan_index = 0;  // 0-based position in the run: keeps element ids unique across plans
  bool findings_only = false;  // --html-findings-only
};

// The page template (reports/audit-template.html) with its {{lang}}, {{title}}, {{generator}} and
// {{style}} slots filled: the audit stylesheet, then `more_style` (html_writer.cpp).
std::string fill_page(std::string_view page, const RunInfo& run, std::string_view title, std::string_view more_style = {});

// The id of a plan's frame, the target of the contents list: "plan-1" for the first plan.
std::string plan_anchor(int plan_index);

// The plan's title as shown (its own title, else its path).
std::string display_title(const PlanResult& plan, const HtmlLabels& labels);

// Cover: title, file facts, score, counts and the per-area chart (html_summary.cpp).
void write_summary(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan);
// 合规对照表: every rule grouped by area, its status, evidence or findings, and basis (html_matrix.cpp).
void write_compliance_matrix(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan);
// Failed rules' findings, errors first, with the source line and remediation (html_findings.cpp).
void write_findings(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan);
// 组织体系与职责分工: the organisation chart and the responsibility matrix (html_organisation.cpp).
void write_organisation(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan);
// Appendix: the recovered section outline (html_outline.cpp).
void write_outline(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan);

}  // namespace plancheck::report
