// The organisation model drawn for the consultant: an organisation chart (inline SVG: boxes with their head,
// lines for "leads" and "reports to", bodies tasked but never set up in red) and a responsibility matrix
// (bodies × phases, empty phases highlighted). No script; both print on A4.
#pragma once

#include <string>
#include <vector>

#include "core/organisation_info.hpp"
#include "report/html_builder.hpp"
#include "report/html_labels.hpp"

namespace plancheck::report {

// At most this many bodies are drawn (the matrix lists them all).
inline constexpr std::size_t kOrgChartMaxBodies = 40;

// The bodies worth a box or a row: defined, or given a task; in the model's order.
std::vector<const OrgBodyInfo*> charted_bodies(const std::vector<OrgBodyInfo>& bodies);

// <svg role="img"> with ids derived from `id` (unique in the page).
void write_org_chart(HtmlBuilder& html, const std::vector<OrgBodyInfo>& bodies, const OrgLabels& labels,
                     const std::string& id);

// <table class="responsibility">: one row per charted body, one column per phase.
void write_responsibility_matrix(HtmlBuilder& html, const std::vector<OrgBodyInfo>& bodies, const OrgLabels& labels);

}  // namespace plancheck::report
