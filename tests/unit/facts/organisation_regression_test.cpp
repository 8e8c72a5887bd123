// The organisation model of every realistic plan, seed and sample, written out in full and compared with
// the model the committed files record (made before the model's cost was made linear in the plan, so the
// rewrite is shown to change no result). PLANCHECK_UPDATE_GOLDEN=1 rewrites them.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "facts/plan_facts.hpp"
#include "golden.hpp"
#include "parse/parse.hpp"
#include "text/ingest.hpp"

namespace plancheck::facts {
namespace {

void place(std::ostringstream& out, const OrgPlace& p) {
  out << p.passage << ':' << p.span.begin << '-' << p.span.end;
}

std::string dump(const Organisation& org) {
  std::ostringstream out;
  for (const OrgBody& b : org.bodies) {
    out << b.name << " [" << to_string(b.category) << "] parent=" << b.parent << '\n';
    out << "  aliases:";
    for (const std::string& a : b.aliases) out << ' ' << a;
    out << "\n  heads:";
    for (const OrgHead& h : b.heads) out << ' ' << h.position << '=' << h.holder;
    out << "\n  definitions:";
    for (const OrgDefinition& d : b.definitions) {
      out << ' ' << to_string(d.how) << '@';
      place(out, d.at);
    }
    out << "\n  duties:";
    for (const OrgPlace& d : b.duties) {
      out << ' ';
      place(out, d);
    }
    out << "\n  tasks:";
    for (const OrgTask& t : b.tasks) {
      out << ' ' << to_string(t.phase) << '@';
      place(out, t.at);
    }
    out << "\n  mentions:";
    for (const OrgPlace& m : b.mentions) {
      out << ' ';
      place(out, m);
    }
    out << '\n';
  }
  return out.str();
}

std::vector<std::string> plans() {
  std::vector<std::string> out;
  for (const char* dir : {PLANCHECK_TEST_DATA "/realistic", PLANCHECK_TEST_DATA "/seeds", PLANCHECK_SOURCE_DIR "/samples"}) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      const std::string ext = e.path().extension().string();
      if (e.is_regular_file() && e.path().filename() != "README.md" && (ext == ".md" || ext == ".txt" || ext == ".xml")) {
        out.push_back(e.path().string());
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(OrganisationRegression, SameModelOnEveryRealisticPlanSeedAndSample) {
  const std::vector<std::string> files = plans();
  ASSERT_GE(files.size(), 15u);
  for (const std::string& path : files) {
    SCOPED_TRACE(path);
    auto decoded = text::read_text_file(path);
    ASSERT_TRUE(decoded.ok());
    auto doc = parse::parse_document(path, decoded.take(), {});
    ASSERT_TRUE(doc.ok()) << doc.error().to_string(Lang::En);
    const Document d = doc.take();
    const PlanFacts facts = extract_facts(d);
    const std::string name = std::filesystem::path(path).parent_path().filename().string() + "-" +
                             std::filesystem::path(path).filename().string() + ".txt";
    report::testing::expect_golden_file(
        std::string(PLANCHECK_SOURCE_DIR) + "/tests/unit/facts/golden/organisation/" + name, dump(facts.organisation));
  }
}

// Constructions the rewrite touches, several in one sentence: 下设 lists, a 下设 with no body before it, heads
// after a body and after another position, headings that each name one body, office clauses, prefixes.
TEST(OrganisationRegression, SameModelOnSubBodiesHeadsAndHeadings) {
  const std::string md =
      "# 一、组织机构与职责\n"
      "成立本局网络安全应急领导小组（以下简称“领导小组”），组长由局长担任，副组长由副局长担任，领导小组下设办公室、"
      "技术保障组和舆情应对组，办公室设在信息中心，技术保障组下设数据恢复组，下设联络组，专家组组长：张三。\n"
      "下设值班组。应急指挥部下设综合组，综合组下设后勤保障组、对外联络组，日常工作由信息中心承担。\n"
      "## （一）领导小组\n"
      "组长：局长。副组长：副局长。负责统一领导全局网络安全事件应对。\n"
      "## （二）技术保障组\n"
      "负责技术处置。组长由信息科科长担任。\n"
      "### 1. 数据恢复组\n"
      "牵头人由信息科副科长担任，负责数据恢复。\n"
      "## （三）领导小组办公室\n"
      "主任：办公室主任。联络员：科员。\n"
      "# 二、监测预警\n"
      "技术保障组负责监测，数据恢复组、舆情应对组和值班组及时报告领导小组。\n"
      "# 三、应急处置\n"
      "由数据恢复组负责恢复，市网信办和公安机关指导，应急指挥部决定启动响应。\n"
      "# 四、后期处置\n"
      "综合组组织评估，后勤保障组做好保障。\n";
  auto decoded = text::decode_bytes(md, "constructions.md");
  ASSERT_TRUE(decoded.ok());
  auto doc = parse::parse_document("constructions.md", decoded.take(), {});
  ASSERT_TRUE(doc.ok());
  const Document d = doc.take();
  const PlanFacts facts = extract_facts(d);
  ASSERT_GE(facts.organisation.bodies.size(), 8u);
  report::testing::expect_golden_file(
      std::string(PLANCHECK_SOURCE_DIR) + "/tests/unit/facts/golden/organisation/constructions.md.txt",
      dump(facts.organisation));
}

}  // namespace
}  // namespace plancheck::facts
