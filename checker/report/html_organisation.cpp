// The organisation part of one plan's audit report: the chart (org_chart.cpp) and the responsibility matrix.
#include <fmt/format.h>

#include <array>
#include <optional>

#include "report/html_parts.hpp"
#include "report/org_chart.hpp"

namespace plancheck::report {
namespace {

constexpr std::size_t kPhases = 5;

// The matrix column of a task's phase (the model's phases, facts::Phase): safeguards and other have none.
std::optional<std::size_t> column_of(std::string_view phase) {
  if (phase == "monitoring" || phase == "warning") return 0;
  if (phase == "reporting") return 1;
  if (phase == "response") return 2;
  if (phase == "recovery" || phase == "investigation") return 3;
  if (phase == "drills") return 4;
  return std::nullopt;
}

struct Cell {
  int count = 0;
  int first_line = 0;
};

std::array<Cell, kPhases> cells_of(const OrgBodyInfo& b) {
  std::array<Cell, kPhases> cells{};
  for (const OrgPlaceInfo& t : b.tasks) {
    const auto c = column_of(t.kind);
    if (!c) continue;
    if (cells[*c].count++ == 0) cells[*c].first_line = t.location.line;
  }
  return cells;
}

}  // namespace

void write_responsibility_matrix(HtmlBuilder& html, const std::vector<OrgBodyInfo>& bodies, const OrgLabels& l) {
  const std::vector<const OrgBodyInfo*> rows = charted_bodies(bodies);
  std::vector<std::array<Cell, kPhases>> cells;
  std::array<bool, kPhases> covered{};
  for (const OrgBodyInfo* b : rows) {
    cells.push_back(cells_of(*b));
    for (std::size_t c = 0; c < kPhases; ++c) covered[c] = covered[c] || cells.back()[c].count > 0;
  }
  std::string empty;
  for (std::size_t c = 0; c < kPhases; ++c) {
    if (!covered[c]) empty += (empty.empty() ? "" : l.list_separator) + std::string(l.phases[c]);
  }
  if (!empty.empty()) html.element("p", std::string(l.empty_phases) + empty, {{"class", "phase-empty-note"}});
  html.open("table", {{"class", "responsibility"}});
  html.open("thead").open("tr");
  html.element("th", l.body, {{"scope", "col"}});
  for (std::size_t c = 0; c < kPhases; ++c) {
    html.element("th", l.phases[c], {{"scope", "col"}, {"class", covered[c] ? "phase" : "phase phase-empty"}});
  }
  html.close().close().open("tbody");
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const OrgBodyInfo& b = *rows[r];
    const bool undefined = b.definitions.empty();
    html.open("tr", {{"class", undefined ? "undefined" : "defined"}});
    html.open("th", {{"scope", "row"}}).text(b.name);
    if (undefined) html.element("span", l.not_set_up, {{"class", "not-set-up"}});
    html.close();
    for (std::size_t c = 0; c < kPhases; ++c) {
      const Cell& cell = cells[r][c];
      if (!covered[c]) {
        html.element("td", r == 0 ? l.empty_phase : "", {{"class", "phase-empty"}});
        continue;
      }
      if (cell.count == 0) {
        html.element("td", "", {{"class", "no-task"}});
        continue;
      }
      html.open("td", {{"class", "task"}});
      html.element("span", "✓ " + fmt::format(fmt::runtime(l.tasks), fmt::arg("count", cell.count)), {{"class", "mark"}});
      if (cell.first_line > 0) {
        html.empty("br").element("span", fmt::format(fmt::runtime(l.first_at), fmt::arg("line", cell.first_line)),
                                 {{"class", "first-at"}});
      }
      html.close();
    }
    html.close();
  }
  html.close().close();
}

void write_organisation(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  const OrgLabels& l = org_labels(context.run.lang);
  html.open("section", {{"class", "part organisation-part"}});
  html.element("h2", l.part);
  const std::size_t charted = charted_bodies(plan.org_bodies).size();
  if (charted == 0) {
    html.element("p", l.no_bodies, {{"class", "note"}});
    html.close();
    return;
  }
  html.open("figure", {{"class", "org-chart"}});
  html.element("figcaption", l.chart);
  write_org_chart(html, plan.org_bodies, l, "org-chart-" + std::to_string(context.plan_index + 1));
  if (charted > kOrgChartMaxBodies) {
    html.element("p", fmt::format(fmt::runtime(l.more_bodies), fmt::arg("count", charted - kOrgChartMaxBodies)),
                 {{"class", "note"}});
  }
  html.close();
  html.element("h3", l.matrix);
  html.element("p", l.matrix_intro, {{"class", "note"}});
  write_responsibility_matrix(html, plan.org_bodies, l);
  html.close();
}

}  // namespace plancheck::report
