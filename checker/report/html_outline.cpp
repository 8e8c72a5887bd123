// The appendix of one plan's audit report: the section outline plancheck recovered, so a reader can see
// what the checks were run on (a missed heading explains a "missing section" finding).
#include <algorithm>

#include "report/html_parts.hpp"

namespace plancheck::report {

void write_outline(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  const HtmlLabels& l = context.labels;
  html.open("section", {{"class", "part outline-part"}});
  html.element("h2", l.outline);
  if (plan.outline.empty()) {
    html.element("p", l.no_outline, {{"class", "note"}});
    html.close();
    return;
  }
  html.open("table", {{"class", "outline"}});
  html.open("thead").open("tr");
  for (const char* h : {l.heading, l.line_header}) html.element("th", h, {{"scope", "col"}});
  html.close().close().open("tbody");
  for (const OutlineEntry& e : plan.outline) {
    html.open("tr").open("td", {{"class", "depth-" + std::to_string(std::clamp(e.depth, 1, 6))}});
    if (!e.number.empty()) html.element("span", e.number, {{"class", "number"}}).text(" ");
    html.text(e.title).close();
    html.element("td", e.line > 0 ? std::to_string(e.line) : "", {{"class", "line"}});
    html.close();
  }
  html.close().close().close();
}

}  // namespace plancheck::report
