#include "facts/report_words.hpp"

#include "text/search.hpp"

namespace plancheck::facts::report_detail {

// A bare 报 followed by the recipient ("报市网安应急办") — but not 报警 / 警报 / 情报 style words.
bool bare_report_at(std::string_view s, std::size_t at) {
  // 报案 files a criminal complaint with the police (report.police-2025), not the incident report. The 报 of
  // a report word (报告, 通报 …) is that word's, judged with it; "报的" describes a thing.
  return !starts_with_any(s, at + 3, {"警", "销", "表", "名", "道", "刊", "纸", "案", "告", "送", "请", "至", "的"}) &&
         !(at >= 3 && starts_with_any(s, at - 3, {"警", "情", "预", "简", "汇", "通", "上"}));
}

constexpr std::size_t kBackBytes = 36;  // a dozen characters

// The clause before `at`, read back at most kBackBytes.
std::string_view clause_before(std::string_view s, std::size_t at) {
  const std::size_t from = at > kBackBytes ? at - kBackBytes : 0;
  std::string_view before = s.substr(from, at - from);
  for (std::string_view mark : {"，", ",", "。", "；", ";", "："}) {
    if (const std::size_t k = before.rfind(mark); k != std::string_view::npos) before.remove_prefix(k + mark.size());
  }
  return before;
}

// A report someone else makes with the unit's help ("协助客户向其保护工作部门报告"): theirs, not the unit's.
// The window is looked at for 助 first: most reports have none before them, and their clause is not read.
bool assisted_report_at(std::string_view s, std::size_t at) {
  const std::size_t from = at > kBackBytes ? at - kBackBytes : 0;
  if (s.substr(from, at - from).find("助") == std::string_view::npos) return false;
  return contains_any(clause_before(s, at), {"协助", "帮助"});
}

// A report word that names the reporting done: not one describing a thing ("省委网信办通报的漏洞信息" is what
// others report, received).
bool acting_report_at(std::string_view s, std::size_t at, std::string_view word) {
  if (starts_with_any(s, at + word.size(), {"的"}) && !starts_with_any(s, at + word.size(), {"的同时", "的时候", "的时"})) {
    return false;
  }
  if (assisted_report_at(s, at)) return false;
  // Bulletins others send, gathered ("及时汇总上级通报、公安机关通报、云服务商告警").
  return word != "通报" ||
         !contains_any(clause_before(s, at), {"汇总", "收集", "接收", "接到", "收到", "获取", "研判", "分析", "跟踪"});
}

bool reports_in(std::string_view s) {
  for (std::string_view w : kReportWords) {
    for (std::size_t at : find_all(s, w)) {
      if (acting_report_at(s, at, w)) return true;
    }
  }
  for (std::size_t at : find_all(s, "报")) {
    if (bare_report_at(s, at) && !assisted_report_at(s, at)) return true;
  }
  return false;
}



// Whether a deadline that ends its clause governs a report in the next one: "领导小组办公室应当在发现事件后1小时内，
// 向…保护工作部门电话报告". Reads that clause only.
bool reports_in_next_clause(std::string_view s, Span sentence, Span clause, std::size_t deadline_end) {
  std::size_t at = deadline_end;
  std::size_t len = 0;
  while (starts_with_any(s, at, {"以内", "之内", "内", " "}, &len)) at += len;
  if (at != clause.end || clause.end >= sentence.end || !starts_with_any(s, at, {"，", ","}, &len)) return false;
  const Span next = clause_at(s, sentence, at + len);
  return reports_in(s.substr(next.begin, next.end - next.begin));
}

}  // namespace plancheck::facts::report_detail
