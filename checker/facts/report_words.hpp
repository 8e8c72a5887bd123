// Report words in a plan's sentences: which 报告 / 通报 / bare 报 report an incident (not a thing reported, nor
// bulletins gathered from others), and the rest of a clause after a deadline (timing.cpp's helpers).
#pragma once

#include <cstddef>
#include <string_view>

#include "facts/passages.hpp"
#include "facts/scan.hpp"

namespace plancheck::facts::report_detail {

inline constexpr std::string_view kReportWords[] = {"报告", "上报", "报送", "报请", "通报", "报至"};

// A bare 报 followed by the recipient ("报市网安应急办") — but not 报警 / 警报 / 情报 style words.
bool bare_report_at(std::string_view s, std::size_t at);
// A report word that names the reporting done: not one describing a thing ("省委网信办通报的漏洞信息"), nor
// bulletins others send, gathered ("及时汇总上级通报、公安机关通报").
bool acting_report_at(std::string_view s, std::size_t at, std::string_view word);
// Whether `s` holds a report word that reports.
bool reports_in(std::string_view s);
// Whether a deadline that ends its clause governs a report in the next one ("…1小时内，向…报告").
bool reports_in_next_clause(std::string_view s, Span sentence, Span clause, std::size_t deadline_end);

// reports_in(s[x, end)) and the other questions about the rest of a clause after a word, for every word
// of one clause at the cost of one pass over it (asking each word's tail anew was quadratic in a long
// clause full of deadlines).
class ClauseRest {
 public:
  ClauseRest(std::string_view s, Span clause) : s_(s), tail_(s, clause.begin, clause.end) {
    const std::string_view v = tail_.text();
    for (std::size_t at : find_all(v, "报")) {
      if (bare_report_at(v, at)) last_bare_ = clause.begin + at;
    }
    for (std::string_view w : kReportWords) {
      for (std::size_t at : find_all(v, w)) {
        if (acting_report_at(v, at, w) && (last_report_ == std::string_view::npos || clause.begin + at > last_report_)) {
          last_report_ = clause.begin + at;
        }
      }
    }
  }
  bool same_clause(Span clause) const { return clause.begin == tail_.begin() && clause.end == tail_.end(); }

  bool reports_from(std::size_t x) {
    if (last_report_ != std::string_view::npos && last_report_ >= x) return true;
    // A bare 报 after x has its neighbours inside s[x, end): it counts as it did for the whole clause.
    if (last_bare_ != std::string_view::npos && last_bare_ > x) return true;
    const std::string_view rest = s_.substr(x, tail_.end() - x);
    return rest.compare(0, 3, "报") == 0 && bare_report_at(rest, 0);
  }
  bool starts_plan_from(std::size_t x) {
    // "立即启动本单位处置程序": the plan's procedure by another name.
    return (tail_.contains_from(x, "启动") && tail_.contains_any_from(x, {"预案", "响应", "应急", "处置程序", "处置流程", "处置机制"})) ||
           (tail_.contains_any_from(x, {"实施", "进入"}) && tail_.contains_any_from(x, {"应急响应", "应急状态"}));
  }

 private:
  std::string_view s_;
  TextTail tail_;
  std::size_t last_bare_ = std::string_view::npos;
  std::size_t last_report_ = std::string_view::npos;  // the last acting report word (kReportWords) of the clause
};

}  // namespace plancheck::facts::report_detail
