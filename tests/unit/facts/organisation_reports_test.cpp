// "Reports to" links of the organisation model: 向Y报告, 及时报告Y, lists of reporters, and what is no report.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "facts/plan_facts.hpp"
#include "parse/parse.hpp"
#include "text/ingest.hpp"

namespace plancheck::facts {
namespace {

// "A>B" for each link, in document order.
std::vector<std::string> links(const std::string& md) {
  auto decoded = text::decode_bytes(md, "plan.md");
  auto doc = parse::parse_document("plan.md", decoded.take(), {});
  EXPECT_TRUE(doc.ok());
  const Document d = doc.take();
  const PlanFacts f = extract_facts(d);
  std::vector<std::string> out;
  for (const OrgBody& b : f.organisation.bodies) {
    for (const OrgReport& r : b.reports) out.push_back(b.name + ">" + f.organisation.bodies[r.to].name);
  }
  return out;
}

const char* const kOrg =
    "# 一、组织机构与职责\n\n成立应急领导小组，下设应急办公室、技术保障组、数据恢复组和舆情应对组。\n\n";

TEST(OrganisationReports, ToWhomABodyReports) {
  EXPECT_EQ(links(std::string(kOrg) + "# 二、监测预警\n\n技术保障组发现异常后立即向应急办公室报告。\n"),
            (std::vector<std::string>{"技术保障组>应急办公室"}));
  EXPECT_EQ(links(std::string(kOrg) + "# 三、事件报告\n\n应急办公室及时报告应急领导小组。\n"),
            (std::vector<std::string>{"应急办公室>应急领导小组"}));
  EXPECT_EQ(links(std::string(kOrg) + "# 三、事件报告\n\n应急办公室汇总情况后向应急领导小组书面汇报。\n"),
            (std::vector<std::string>{"应急办公室>应急领导小组"}));
  // Every body of a list reports.
  auto listed = links(std::string(kOrg) + "# 四、应急处置\n\n数据恢复组、舆情应对组每日报送应急办公室。\n");
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(listed, (std::vector<std::string>{"数据恢复组>应急办公室", "舆情应对组>应急办公室"}));
}

TEST(OrganisationReports, NoReportWithoutAReportingVerbOrAReporter) {
  EXPECT_TRUE(links(std::string(kOrg) + "# 四、应急处置\n\n技术保障组配合应急办公室开展处置。\n").empty());
  EXPECT_TRUE(links(std::string(kOrg) + "# 四、应急处置\n\n技术保障组向应急办公室借用设备。\n").empty());
  // Nobody before the body reported to in its sentence.
  EXPECT_TRUE(links(std::string(kOrg) + "# 四、应急处置\n\n发现异常立即报告应急办公室。\n").empty());
  // A body never reports to itself.
  EXPECT_TRUE(links(std::string(kOrg) + "# 四、应急处置\n\n应急办公室向应急办公室报告。\n").empty());
}

}  // namespace
}  // namespace plancheck::facts
