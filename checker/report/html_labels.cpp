#include "report/html_labels.hpp"

#include "report/summary.hpp"

namespace plancheck::report {

const HtmlLabels& html_labels(Lang lang) {
  static const HtmlLabels zh{
      "网络安全事件应急预案合规审查报告", "合规审查报告 · PLANCHECK", "审查概要", "合规得分", "文件", "格式",
      "编码", "规则集", "审查日期", "工具", "编制单位", "（未识别出预案标题）", "各领域得分",
      "{passed}/{applicable} 项通过",
      "得分 = 通过规则的权重之和 ÷ 适用规则的权重之和 × 100，四舍五入；权重：错误 3、警告 2、提示 1；"
      "已豁免和不适用的规则不计入。各领域得分按同一公式只计该领域的规则。",
      "合规对照表", "规则集中的每一项要求、本预案的符合情况及其依据条款。", "要求", "级别", "状态",
      "符合情况", "依据条款", "第 {line} 行", "章节：", "未找到", "本预案未检查此项", "问题与整改建议",
      "未发现问题。", "整改建议：", "位置：", "应补充于：", "全文", "附录：预案结构", "标题", "行", "未识别出章节结构。",
      "无法读取该预案", "该文件不是应急预案，未评分", "{score} 分", "通过", "未通过", "不适用", "已豁免", "新增问题", "未变问题",
      "共 {plans} 个预案", "目录", "序号", "预案", "未通过规则（错误/警告/提示）", "预案", "已检查", "有未通过项",
      "无法读取", "平均得分", "← 返回批量审查总览",
      "本报告只列出未通过的要求（--html-findings-only）；通过、不适用和已豁免的要求及预案结构附录从略。", "法规依据日期", "机构类型", "适用期间："};
  static const HtmlLabels en{
      "Cybersecurity Incident Emergency Plan — Compliance Audit", "COMPLIANCE AUDIT · PLANCHECK", "Summary",
      "Compliance score", "File", "Format", "Encoding", "Rulesets", "Audit date", "Tool", "Organisation",
      "(plan title not recognised)", "Score by area", "{passed}/{applicable} passed",
      "Score = sum of the weights of passed rules ÷ sum of the weights of applicable rules × 100, rounded; "
      "weights: error 3, warning 2, info 1; waived and not-applicable rules are left out. Each area's score "
      "applies the same formula to that area's rules only.",
      "Compliance matrix", "Every requirement of the rulesets, how this plan meets it, and the clause it rests on.",
      "Requirement", "Severity", "Status", "Where met / what is missing", "Basis", "line {line}", "Section: ",
      "not found", "not checked for this plan", "Findings and remediation", "No findings.", "Remediation: ",
      "Location: ", "Belongs in: ", "whole plan", "Appendix: recovered outline", "Heading", "Line", "No section structure recognised.",
      "The plan could not be read", "This file is not an emergency plan; it was not scored", "{score}", "passed", "failed", "not applicable", "waived", "new findings",
      "unchanged findings", "{plans} plans", "Contents", "No.", "Plan", "Failed rules (error/warning/info)", "Plans",
      "Checked", "With failures", "Unreadable", "Mean score", "← Back to the batch overview",
      "This report lists only the requirements not met (--html-findings-only); passed, not-applicable and waived "
      "requirements and the outline appendix are left out.", "Law as of", "Organisation kind",
      "Applies: "};
  return lang == Lang::En ? en : zh;
}

const OrgLabels& org_labels(Lang lang) {
  static const OrgLabels zh{
      "组织体系与职责分工", "组织机构图", "{bodies} 个机构，其中 {undefined} 个承担任务但未设立（红色）。",
      "已设立的机构", "承担任务但未设立", "领导 / 下设", "报告", "另有 {count} 个机构未画出，见下方职责矩阵。",
      "预案中未识别出机构。", "职责矩阵", "各机构在各阶段承担的任务：任务数及首次分派的位置；无机构负责的阶段标红。",
      "机构", {"监测预警", "事件报告", "应急响应（各级）", "后期处置", "演练培训"}, "{count} 项", "第 {line} 行起",
      "无机构负责", "（未设立）", "无机构负责的阶段：", "、"};
  static const OrgLabels en{
      "Organisation and responsibilities", "Organisation chart",
      "{bodies} bodies, {undefined} of them given tasks but never set up (red).", "Body set up in the plan",
      "Given tasks but never set up", "Leads / sets up", "Reports to",
      "{count} more bodies are not drawn; see the responsibility matrix below.", "No bodies recognised in the plan.",
      "Responsibility matrix",
      "The tasks each body is given in each phase: how many and where the first one is; phases no body is in "
      "charge of are highlighted.",
      "Body", {"Monitoring and warning", "Incident reporting", "Response (all levels)", "Recovery and review",
               "Drills and training"},
      "{count} task(s)", "from line {line}", "no body in charge", " (never set up)", "Phases no body is in charge of: ",
      ", "};
  return lang == Lang::En ? en : zh;
}

std::string org_kind_label(const OrgKindInfo& org, Lang lang) {
  const bool en = lang == Lang::En;
  std::string out;
  switch (org.kind) {
    case OrgKind::Cii: out = en ? "critical information infrastructure operator" : "关键信息基础设施运营者"; break;
    case OrgKind::Central: out = en ? "central or state organ, or directly affiliated unit" : "中央和国家机关部门或其直属单位"; break;
    case OrgKind::Other: out = en ? "other network operator" : "其他网络运营者"; break;
  }
  switch (org.source) {
    case OrgKindSource::Declared: out += en ? " (declared with --org-kind)" : "（--org-kind 声明）"; break;
    case OrgKindSource::Profile: out += (en ? " (organisation profile " : "（机构类型配置 ") + org.evidence + (en ? ")" : "）"); break;
    case OrgKindSource::Plan:
      out += (en ? " (read from the plan, line " : "（读自预案第 ") + std::to_string(org.location.line) + (en ? ": “" : " 行：“") +
             org.evidence + (en ? "”)" : "”）");
      break;
    case OrgKindSource::Default: out += en ? " (default: not stated in the plan)" : "（默认：预案未说明）"; break;
  }
  return out;
}

std::string_view severity_label(Severity s, Lang lang) {
  const bool en = lang == Lang::En;
  switch (s) {
    case Severity::Error: return en ? "error" : "错误";
    case Severity::Warning: return en ? "warning" : "警告";
    case Severity::Info: return en ? "info" : "提示";
  }
  return "";
}

std::string_view status_label(Status s, Lang lang) {
  const bool en = lang == Lang::En;
  switch (s) {
    case Status::Pass: return en ? "✓ Pass" : "✓ 通过";
    case Status::Fail: return en ? "✗ Fail" : "✗ 未通过";
    case Status::NotApplicable: return en ? "– N/A" : "– 不适用";
    case Status::Waived: return en ? "⊘ Waived" : "⊘ 已豁免";
  }
  return "";
}

void write_baseline_badge(HtmlBuilder& html, std::string_view mark, Lang lang) {
  if (mark != "new" && mark != "unchanged") return;
  html.element("span", baseline_label(mark, lang), {{"class", "badge baseline-" + std::string(mark)}});
}

std::string_view status_class(Status s) {
  switch (s) {
    case Status::Pass: return "status-pass";
    case Status::Fail: return "status-fail";
    case Status::NotApplicable: return "status-not-applicable";
    case Status::Waived: return "status-waived";
  }
  return "";
}

}  // namespace plancheck::report
