// The organisation chart and responsibility matrix of the HTML report: a golden SVG for a small hospital plan
// through the real reader and model, the red box of a body tasked but never set up, the highlighted empty
// phase, escaping, and a deterministic layout of many bodies.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "facts/plan_facts.hpp"
#include "golden.hpp"
#include "parse/parse.hpp"
#include "report/org_chart.hpp"
#include "text/ingest.hpp"

namespace plancheck::report {
namespace {

const char* const kHospital =
    "# 某市人民医院网络安全事件应急预案\n\n"
    "## 二、组织机构与职责\n\n"
    "### （一）网络安全应急领导小组\n\n"
    "成立医院网络安全应急领导小组（以下简称“领导小组”），组长由院长担任，副组长由分管副院长担任。"
    "领导小组下设办公室和技术处置组，办公室设在信息科，负责日常工作。\n\n"
    "### （二）技术处置组\n\n组长由信息科科长担任，负责系统监测和技术处置。\n\n"
    "## 三、监测预警\n\n技术处置组负责全天候监测，发现异常立即向领导小组报告。\n\n"
    "## 四、应急响应\n\n由数据恢复组负责备份数据的恢复，办公室及时报告领导小组。\n\n"
    "## 五、后期处置\n\n办公室负责组织总结评估。\n";

std::vector<OrgBodyInfo> model_of(const std::string& md) {
  auto decoded = text::decode_bytes(md, "plan.md");
  auto doc = parse::parse_document("plan.md", decoded.take(), {});
  EXPECT_TRUE(doc.ok());
  const Document d = doc.take();
  const facts::PlanFacts f = facts::extract_facts(d);
  return facts::describe_organisation(d, f.passages, f.organisation);
}

std::string chart(const std::vector<OrgBodyInfo>& bodies, Lang lang = Lang::Zh) {
  std::ostringstream out;
  {
    HtmlBuilder html(out);
    write_org_chart(html, bodies, org_labels(lang), "org-chart-1");
  }
  return out.str();
}

std::string matrix(const std::vector<OrgBodyInfo>& bodies, Lang lang = Lang::Zh) {
  std::ostringstream out;
  {
    HtmlBuilder html(out);
    write_responsibility_matrix(html, bodies, org_labels(lang));
  }
  return out.str();
}

long occurrences(const std::string& s, const std::string& needle) {
  long n = 0;
  for (std::size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

// The <g class="org-node…"> of the box whose <title> starts with `name`.
std::string node_of(const std::string& svg, const std::string& name) {
  const std::size_t title = svg.find("<title>" + name);
  if (title == std::string::npos) return "";
  const std::size_t open = svg.rfind("<g class=\"org-node", title);
  return svg.substr(open, svg.find("</g>", title) - open);
}

TEST(OrgChart, HospitalFragmentMatchesTheGoldenSvg) {
  const std::vector<OrgBodyInfo> bodies = model_of(kHospital);
  ASSERT_EQ(bodies.size(), 4u);
  const std::string svg = chart(bodies);
  testing::expect_golden("org_chart_hospital.svg", svg);
  // Leads: the 领导小组 box has two children under it; no report line (the children report to their parent,
  // which the lead line already shows).
  EXPECT_EQ(occurrences(svg, "class=\"org-lead\""), 2);
  EXPECT_EQ(occurrences(svg, "class=\"org-report\""), 0);
}

TEST(OrgChart, ABodyTaskedButNeverSetUpIsRed) {
  const std::string svg = chart(model_of(kHospital));
  const std::string recovery = node_of(svg, "数据恢复组");
  ASSERT_FALSE(recovery.empty()) << svg;
  EXPECT_NE(recovery.find("org-node undefined"), std::string::npos);
  EXPECT_NE(recovery.find("stroke=\"#a4262c\""), std::string::npos);
  const std::string office = node_of(svg, "办公室");
  ASSERT_FALSE(office.empty());
  EXPECT_EQ(office.find("undefined"), std::string::npos);
  EXPECT_EQ(office.find("#a4262c"), std::string::npos);
  // The legend says what red means.
  EXPECT_NE(svg.find("承担任务但未设立"), std::string::npos);
  EXPECT_NE(chart(model_of(kHospital), Lang::En).find("Given tasks but never set up"), std::string::npos);
}

TEST(OrgChart, AnEmptyPhaseIsHighlightedAndFilledPhasesAreNot) {
  const std::string html = matrix(model_of(kHospital));
  // No body has a task under 事件报告 or 演练培训 in the fragment; 监测预警, 应急响应 and 后期处置 have one.
  EXPECT_NE(html.find("<th scope=\"col\" class=\"phase phase-empty\">演练培训</th>"), std::string::npos) << html;
  EXPECT_NE(html.find("<th scope=\"col\" class=\"phase phase-empty\">事件报告</th>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\" class=\"phase\">监测预警</th>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\" class=\"phase\">后期处置</th>"), std::string::npos);
  EXPECT_NE(html.find("无机构负责的阶段：事件报告、演练培训"), std::string::npos);
  // 办公室: one response task and one recovery task, each with its line.
  EXPECT_NE(html.find("✓ 1 项"), std::string::npos);
  EXPECT_NE(html.find("第 19 行起"), std::string::npos) << html;
  const std::string en = matrix(model_of(kHospital), Lang::En);
  EXPECT_NE(en.find("Phases no body is in charge of: Incident reporting, Drills and training"), std::string::npos) << en;
}

TEST(OrgChart, TextIsEscaped) {
  OrgBodyInfo evil;
  evil.name = "<script>alert(\"x\")</script>&组";
  evil.heads.push_back({"组长", "<b>局长</b>"});
  evil.tasks.push_back({"response", "", {}, "", ""});
  OrgBodyInfo parent;
  parent.name = "领导小组\"><svg onload=1>";
  parent.definitions.push_back({"set-up", "", {}, "", ""});
  evil.parent = parent.name;
  const std::vector<OrgBodyInfo> bodies{parent, evil};
  for (const std::string& out : {chart(bodies), matrix(bodies)}) {
    EXPECT_EQ(out.find("<script"), std::string::npos) << out;
    EXPECT_EQ(out.find("<b>"), std::string::npos);
    EXPECT_EQ(out.find("<svg onload"), std::string::npos);
    EXPECT_NE(out.find("&lt;script&gt;"), std::string::npos);
  }
  EXPECT_NE(chart(bodies).find("&lt;b&gt;局长"), std::string::npos);
}

TEST(OrgChart, ManyBodiesAreLaidOutInWrappedRowsAndCapped) {
  std::vector<OrgBodyInfo> bodies;
  OrgBodyInfo root;
  root.name = "网络安全和信息化工作领导小组及其办公室全体成员单位";  // longer than two lines of a box
  root.definitions.push_back({"set-up", "", {}, "", ""});
  bodies.push_back(root);
  for (int i = 0; i < 50; ++i) {
    OrgBodyInfo b;
    b.name = "第" + std::to_string(i) + "工作组";
    b.parent = root.name;
    b.definitions.push_back({"set-up", "", {}, "", ""});
    bodies.push_back(b);
  }
  const std::string svg = chart(bodies);
  EXPECT_EQ(svg, chart(bodies));  // deterministic
  EXPECT_EQ(occurrences(svg, "<rect class=\"org-box\""), static_cast<long>(kOrgChartMaxBodies));
  // 39 children in lines of five: 8 lines under the root, so 9 lines of boxes.
  const std::regex height("viewBox=\"0 0 (\\d+) (\\d+)\"");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, height));
  EXPECT_EQ(std::stoi(m[2]), 10 + 9 * (52 + 40) - 40 + 10 + 34);
  // The long name is cut with …, and kept whole in the box's title.
  EXPECT_NE(svg.find("<title>" + root.name), std::string::npos);
  EXPECT_NE(svg.find("…"), std::string::npos);
  // No box lies outside the picture's width.
  const std::regex rect("<rect class=\"org-box\" x=\"(\\d+)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), rect); it != std::sregex_iterator(); ++it) {
    EXPECT_LE(std::stoi((*it)[1]) + 136, std::stoi(m[1]));
  }
}

}  // namespace
}  // namespace plancheck::report
