// The organisation chart: a layered tree (roots on top, each body's children in the rows below, a row wrapped
// after kPerLine boxes), drawn with fixed geometry so the same model always gives the same picture.
#include "report/org_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "text/utf8.hpp"

namespace plancheck::report {
namespace {

constexpr int kPerLine = 5;
constexpr int kBoxWidth = 136;
constexpr int kBoxHeight = 52;
constexpr int kGapX = 20;
constexpr int kGapY = 40;  // the channel between lines, where "leads" and "reports to" lines turn
constexpr int kMargin = 10;
constexpr int kWidth = 2 * kMargin + kPerLine * kBoxWidth + (kPerLine - 1) * kGapX;
constexpr int kLegendHeight = 34;
constexpr std::size_t kNameChars = 9;  // per line of a box; two lines, then …
constexpr std::size_t kHeadChars = 11;

// The first `n` code points of `s`, with … when more follow; `rest` gets what follows.
std::string cut(std::string_view s, std::size_t n, std::string_view* rest = nullptr) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < n && at < s.size(); ++i) text::next_code_point(s, at);
  if (rest != nullptr) {
    *rest = s.substr(at);
    return std::string(s.substr(0, at));
  }
  return at < s.size() ? std::string(s.substr(0, at)) + "…" : std::string(s);
}

std::string head_text(const OrgBodyInfo& b) {
  if (b.heads.empty()) return "";
  const OrgHeadInfo& h = b.heads.front();
  return h.holder.empty() ? h.position : h.position + "：" + h.holder;
}

bool undefined_but_tasked(const OrgBodyInfo& b) { return b.definitions.empty() && !b.tasks.empty(); }

struct Box {
  const OrgBodyInfo* body;
  int x = 0, y = 0;  // top left
  int cx() const { return x + kBoxWidth / 2; }
  int bottom() const { return y + kBoxHeight; }
};

// Roots first, then each level's children under their parents, in model order; a body whose parent is not
// drawn (or that sits on a cycle of parents) is a root.
std::vector<Box> lay_out(const std::vector<const OrgBodyInfo*>& drawn, int& height) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < drawn.size(); ++i) index.emplace(drawn[i]->name, i);
  std::vector<std::vector<std::size_t>> children(drawn.size());
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    const auto p = index.find(drawn[i]->parent);
    // On a cycle of parents the walk up comes back to i: such a body is a root.
    bool cycle = false;
    for (std::size_t up = i, steps = 0; steps <= drawn.size(); ++steps) {
      const auto next = index.find(drawn[up]->parent);
      if (next == index.end()) break;
      up = next->second;
      if (up == i) {
        cycle = true;
        break;
      }
    }
    if (p == index.end() || p->second == i || cycle) roots.push_back(i);
    else children[p->second].push_back(i);
  }
  std::vector<Box> boxes(drawn.size());
  std::vector<bool> placed(drawn.size());
  int line = 0;
  for (std::vector<std::size_t> level = roots; !level.empty();) {
    for (std::size_t start = 0; start < level.size(); start += kPerLine, ++line) {
      const std::size_t n = std::min<std::size_t>(kPerLine, level.size() - start);
      const int span = static_cast<int>(n) * kBoxWidth + (static_cast<int>(n) - 1) * kGapX;
      const int left = (kWidth - span) / 2;
      for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = level[start + k];
        boxes[i] = Box{drawn[i], left + static_cast<int>(k) * (kBoxWidth + kGapX), kMargin + line * (kBoxHeight + kGapY)};
        placed[i] = true;
      }
    }
    std::vector<std::size_t> next;
    for (std::size_t i : level) {
      for (std::size_t c : children[i]) {
        if (!placed[c]) next.push_back(c);
      }
    }
    level = std::move(next);
  }
  height = kMargin + line * (kBoxHeight + kGapY) - kGapY + kMargin + kLegendHeight;
  return boxes;
}

void write_box(HtmlBuilder& html, const Box& box) {
  const OrgBodyInfo& b = *box.body;
  const bool red = undefined_but_tasked(b);
  html.open("g", {{"class", red ? "org-node undefined" : "org-node"}});
  std::string tip = b.name;
  for (const OrgHeadInfo& h : b.heads) tip += "\n" + (h.holder.empty() ? h.position : h.position + "：" + h.holder);
  html.element("title", tip);
  html.empty("rect", {{"class", "org-box"}, {"x", std::to_string(box.x)}, {"y", std::to_string(box.y)},
                      {"width", std::to_string(kBoxWidth)}, {"height", std::to_string(kBoxHeight)}, {"rx", "3"},
                      {"fill", red ? "#fbe9ea" : "#e8eef6"}, {"stroke", red ? "#a4262c" : "#1f3a5f"},
                      {"stroke-dasharray", red ? "4 2" : "none"}});
  std::string_view rest;
  const std::string first = cut(b.name, kNameChars, &rest);
  const std::string second = rest.empty() ? "" : cut(rest, kNameChars);
  const std::string head = cut(head_text(b), kHeadChars);
  const std::string x = std::to_string(box.cx());
  const std::string name_fill = red ? "#a4262c" : "#1c2430";
  html.element("text", first, {{"class", "org-name"}, {"x", x}, {"y", std::to_string(box.y + 18)}, {"text-anchor", "middle"}, {"fill", name_fill}, {"font-size", "12"}, {"font-weight", "600"}});
  if (!second.empty()) {
    html.element("text", second, {{"class", "org-name"}, {"x", x}, {"y", std::to_string(box.y + 32)}, {"text-anchor", "middle"}, {"fill", name_fill}, {"font-size", "12"}, {"font-weight", "600"}});
  }
  if (!head.empty()) {
    html.element("text", head, {{"class", "org-head"}, {"x", x}, {"y", std::to_string(box.y + (second.empty() ? 36 : 46))},
                                {"text-anchor", "middle"}, {"fill", "#5b6675"}, {"font-size", "10"}});
  }
  html.close();
}

// An arrowhead at (x, y) pointing up or down.
void write_arrow(HtmlBuilder& html, int x, int y, bool up, const char* cls, const char* colour) {
  const int back = up ? y + 7 : y - 7;
  html.empty("polygon", {{"class", cls}, {"fill", colour},
                         {"points", fmt::format("{},{} {},{} {},{}", x, y, x - 4, back, x + 4, back)}});
}

// parent → child: down from the parent, along the channel above the child, down into it.
void write_lead(HtmlBuilder& html, const Box& parent, const Box& child) {
  const int turn = child.y - kGapY / 2 + 4;
  html.empty("path", {{"class", "org-lead"}, {"fill", "none"}, {"stroke", "#1f3a5f"}, {"stroke-width", "1.2"},
                      {"d", fmt::format("M{} {} V{} H{} V{}", parent.cx(), parent.bottom(), turn, child.cx(), child.y - 7)}});
  write_arrow(html, child.cx(), child.y, false, "org-lead-head", "#1f3a5f");
}

// reporter → body reported to: dashed, beside the lead lines (12 px right of the centre).
void write_report(HtmlBuilder& html, const Box& from, const Box& to) {
  const int sx = from.cx() + 12;
  const int ex = to.cx() + 12;
  const bool up = to.y <= from.y;
  const int sy = up ? from.y : from.bottom();
  const int ey = up ? to.bottom() : to.y;
  const int turn = up ? (to.y == from.y ? from.bottom() + kGapY / 2 - 4 : from.y - kGapY / 2 - 4) : to.y - kGapY / 2 - 4;
  const int start = to.y == from.y ? from.bottom() : sy;
  html.empty("path", {{"class", "org-report"}, {"fill", "none"}, {"stroke", "#8a5300"}, {"stroke-width", "1.2"},
                      {"stroke-dasharray", "5 3"},
                      {"d", fmt::format("M{} {} V{} H{} V{}", sx, start, turn, ex, up ? ey + 7 : ey - 7)}});
  write_arrow(html, ex, ey, up, "org-report-head", "#8a5300");
}

void write_legend(HtmlBuilder& html, const OrgLabels& l, int top) {
  html.open("g", {{"class", "org-legend"}});
  int x = kMargin;
  const std::string y = std::to_string(top + 14);
  const auto label = [&](const char* text, int at) {
    html.element("text", text, {{"class", "org-head"}, {"x", std::to_string(at)}, {"y", y}, {"fill", "#1c2430"}, {"font-size", "10"}});
  };
  html.empty("rect", {{"x", std::to_string(x)}, {"y", std::to_string(top + 4)}, {"width", "18"}, {"height", "12"},
                      {"fill", "#e8eef6"}, {"stroke", "#1f3a5f"}});
  label(l.legend_defined, x + 24);
  x += 170;
  html.empty("rect", {{"x", std::to_string(x)}, {"y", std::to_string(top + 4)}, {"width", "18"}, {"height", "12"},
                      {"fill", "#fbe9ea"}, {"stroke", "#a4262c"}, {"stroke-dasharray", "4 2"}});
  label(l.legend_undefined, x + 24);
  x += 200;
  html.empty("line", {{"x1", std::to_string(x)}, {"x2", std::to_string(x + 24)}, {"y1", std::to_string(top + 10)},
                      {"y2", std::to_string(top + 10)}, {"stroke", "#1f3a5f"}, {"stroke-width", "1.2"}});
  label(l.legend_leads, x + 30);
  x += 150;
  html.empty("line", {{"x1", std::to_string(x)}, {"x2", std::to_string(x + 24)}, {"y1", std::to_string(top + 10)},
                      {"y2", std::to_string(top + 10)}, {"stroke", "#8a5300"}, {"stroke-width", "1.2"},
                      {"stroke-dasharray", "5 3"}});
  label(l.legend_reports, x + 30);
  html.close();
}

}  // namespace

std::vector<const OrgBodyInfo*> charted_bodies(const std::vector<OrgBodyInfo>& bodies) {
  std::vector<const OrgBodyInfo*> out;
  for (const OrgBodyInfo& b : bodies) {
    if (!b.definitions.empty() || !b.tasks.empty()) out.push_back(&b);
  }
  return out;
}

void write_org_chart(HtmlBuilder& html, const std::vector<OrgBodyInfo>& bodies, const OrgLabels& l, const std::string& id) {
  std::vector<const OrgBodyInfo*> drawn = charted_bodies(bodies);
  if (drawn.size() > kOrgChartMaxBodies) drawn.resize(kOrgChartMaxBodies);
  int height = 0;
  const std::vector<Box> boxes = lay_out(drawn, height);
  std::map<std::string, const Box*> by_name;
  for (const Box& b : boxes) by_name.emplace(b.body->name, &b);
  const std::size_t undefined =
      std::count_if(drawn.begin(), drawn.end(), [](const OrgBodyInfo* b) { return undefined_but_tasked(*b); });
  const std::string title_id = id + "-title";
  const std::string desc_id = id + "-desc";
  html.open("svg", {{"class", "org-chart"}, {"viewBox", fmt::format("0 0 {} {}", kWidth, height)},
                    {"width", std::to_string(kWidth)}, {"height", std::to_string(height)}, {"role", "img"},
                    {"aria-labelledby", title_id + " " + desc_id}});
  html.element("title", l.chart, {{"id", title_id}});
  html.element("desc", fmt::format(fmt::runtime(l.chart_detail), fmt::arg("bodies", drawn.size()), fmt::arg("undefined", undefined)),
               {{"id", desc_id}});
  for (const Box& b : boxes) {
    const auto parent = by_name.find(b.body->parent);
    if (parent != by_name.end() && parent->second != &b && parent->second->y < b.y) write_lead(html, *parent->second, b);
  }
  std::set<std::pair<const Box*, const Box*>> reports;
  for (const Box& b : boxes) {
    for (const OrgPlaceInfo& r : b.body->reports_to) {
      const auto to = by_name.find(r.kind);
      // A child reporting to its parent follows the lead line already drawn.
      if (to == by_name.end() || to->second == &b || b.body->parent == r.kind) continue;
      if (reports.insert({&b, to->second}).second) write_report(html, b, *to->second);
    }
  }
  for (const Box& b : boxes) write_box(html, b);
  write_legend(html, l, height - kLegendHeight);
  html.close();
}

}  // namespace plancheck::report
