// One shared fixture of plan results that every report writer is tested on (text, JSON, and later
// SARIF, JUnit, HTML, CSV): CJK text, a finding with no location, a pass with evidence, a plan in error.
#pragma once

#include "report/writer.hpp"

namespace plancheck::report::testing {

inline RuleResult drill_frequency_fail() {
  RuleResult r;
  r.rule = "drill.frequency";
  r.status = Status::Fail;
  r.severity = Severity::Error;
  r.basis = "NAT 6.2";
  Finding f;
  f.message = "演练频次不明确：只写了“定期组织开展演练”，未规定每年至少一次";
  f.location = Location{3120, 96, 2};
  f.span = 2;
  f.section = "六、预防工作 › （二）应急演练";
  f.evidence = "要定期组织开展演练，检验和完善预案，提高实战能力。";
  f.remediation = "写明“每年至少组织一次预案演练”";
  f.source_line = "要定期组织开展演练，检验和完善预案，提高实战能力。";
  r.findings.push_back(f);
  return r;
}

inline RuleResult contact_fail_missing() {
  RuleResult r;
  r.rule = "role.contact";
  r.status = Status::Fail;
  r.severity = Severity::Warning;
  r.basis = "NAT 2.2";
  Finding f;
  f.message = "未指定联络员";
  f.section = "二、组织机构与职责";
  f.remediation = "指定一名网络安全应急联络员";
  r.findings.push_back(f);
  return r;
}

inline RuleResult basis_pass() {
  RuleResult r;
  r.rule = "structure.basis";
  r.status = Status::Pass;
  r.severity = Severity::Error;
  r.basis = "NAT 1.2";
  r.evidence.push_back(Evidence{Location{40, 5, 1}, "一、总则 › （二）编制依据", "（二）编制依据", {}});
  return r;
}

inline RuleResult publicity_not_applicable() {
  RuleResult r;
  r.rule = "prevention.publicity";
  r.status = Status::NotApplicable;
  r.severity = Severity::Info;
  r.basis = "NAT 6.3";
  r.note = "no prevention section";
  return r;
}

inline RunReport sample_report(Lang lang = Lang::Zh) {
  RunReport report;
  report.tool.version = "0.1.0";
  report.lang = lang;
  report.rules = {
      {"drill.frequency", {"演练频次", "Drill frequency"}, Severity::Error, "NAT 6.2", "国家网络安全事件应急预案",
       "各地区、各部门每年至少组织一次预案演练", "prevention", {}, {}, "cn-national-2017"},
      {"prevention.publicity", {"宣传", "Publicity"}, Severity::Info, "NAT 6.3", "国家网络安全事件应急预案", "", "prevention",
       {}, {}, "cn-national-2017"},
      {"role.contact", {"联络员", "Liaison"}, Severity::Warning, "NAT 2.2", "国家网络安全事件应急预案", "", "roles",
       "2025-11-01", "2030-01-01", "cn-reporting-2025"},
      {"structure.basis", {"编制依据", "Basis"}, Severity::Error, "NAT 1.2", "国家网络安全事件应急预案", "", "basis",
       {}, {}, "cn-national-2017"},
  };
  report.as_of = "2026-12-03";
  PlanResult plan;
  plan.path = "plans/xinzhou.txt";
  plan.format = "text";
  plan.encoding = "GB18030";
  plan.title = "忻州经济开发区网络安全事件应急预案";
  plan.rulesets = {"cn-national-2017"};
  plan.results = {drill_frequency_fail(), publicity_not_applicable(), contact_fail_missing(), basis_pass()};
  plan.score = 38;
  plan.as_of = "2026-12-03";
  plan.org = OrgKindInfo{OrgKind::Cii, OrgKindSource::Plan, "本公司是关键信息基础设施运营者。", Location{120, 5, 1}, {}};
  OrgBodyInfo office;
  office.name = "领导组办公室";
  office.category = "office";
  office.aliases = {"办公室"};
  office.parent = "开发区网络安全和信息化工作领导小组";
  office.heads = {{"主任", "信息中心主任"}};
  office.definitions = {{"organisation-chapter", "领导组办公室", Location{2400, 60, 35}, "二、组织机构与职责",
                         "网络安全应急处置在开发区网络安全和信息化工作领导小组领导下进行，领导组办公室协调各部门积极参与应对。"}};
  office.duties = {office.definitions.front()};
  office.duties.front().kind.clear();
  office.duties.front().name.clear();
  office.tasks = {{"monitoring", "领导组办公室", Location{2900, 66, 1}, "三、监测与预警 › （一）监测",
                   "领导组办公室负责对门户网站的监测工作。"}};
  plan.org_bodies = {office};
  report.plans.push_back(plan);

  PlanResult broken;
  broken.path = "plans/broken.txt";
  broken.rulesets = {"cn-national-2017"};
  broken.error = ToolError{ErrorKind::Encoding, "plans/broken.txt", Location{17, 0, 0}, verbatim("invalid GB18030 sequence")};
  report.plans.push_back(broken);
  return report;
}

}  // namespace plancheck::report::testing
