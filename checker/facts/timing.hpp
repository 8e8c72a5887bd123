// Durations (deadlines with their anchor) and frequencies (times per year, or vague) a plan states.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "facts/passages.hpp"
#include "facts/scan.hpp"

namespace plancheck::facts {

enum class TimeUnit { Minute, Hour, Day, WorkingDay, Week, Month, Year };

// "30天内", "10个工作日内", "三十日", "一个月": a number with a unit, where it is and what it hangs on.
struct Duration {
  double amount = 0;
  TimeUnit unit = TimeUnit::Day;
  TextRef at;                 // the number and unit
  TextRef sentence;
  bool within = false;        // followed by 内 / 以内 / 之内 / 前, or capped
  bool capped = false;        // an upper bound said before the number: 最迟不得超过4小时, 不超过30日
  // Both point into the passage's normalised text (a copy per fact made a long sentence of deadlines cost
  // its length times their number): the passages must outlive the facts.
  std::string_view anchor;         // normalised clause text before the number, e.g. "在应急响应结束后", with the
                                   // clause before it when that one says from when ("应急响应结束后,…应在")
  std::string_view sentence_text;  // normalised sentence, for subject matching ("总结报告", "调查处理")
  bool aggregate = false;     // the sentence gives a body's consolidated (汇总) report, not the unit's own

  // Comparable length: working days count 7/5 of a calendar day (10 working days = 14 days), a month 30 days.
  double calendar_days() const;
};

// "每年至少组织一次" → 1, "每半年" → 2, "每两年一次" → 0.5; vague ones (定期, 适时 …) have per_year 0.
struct Frequency {
  double per_year = 0;
  bool vague = false;
  std::string word;           // as normalised: "每年至少…一次", "定期"
  std::string subject;        // first activity named in the clause: 演练, 评估, 修订, 培训 … ("" if none)
  std::string_view clause;         // normalised clause (into the passage's text, as Duration's views)
  std::string_view sentence_text;  // normalised sentence
  TextRef at;
};

// How fast something must happen: 立即 / 第一时间 (immediate), "30分钟内" / "1个工作日内" (timed), 及时 / 尽快
// (vague); or, in TimingFacts::unstated_reports only, a report that says nothing of when ("同时向省委网信办报告").
struct Promptness {
  enum class Kind { Immediate, Timed, Vague, Unstated } kind = Kind::Vague;
  std::string word;
  double minutes = 0;                 // Timed only
  bool reports = false;               // the clause reports (报告 / 上报 / 报送 …) after the word
  bool starts_plan = false;           // the clause starts the plan or the response (启动…预案/响应)
  bool sentence_reports = false;      // some clause of the sentence reports
  std::vector<std::string> levels;    // event levels the sentence names
  bool after_incident = false;        // "发现事件后，第一时间报告": every incident, not one level's
  bool prospective = false;           // "研判可能发生重大事件的，立即报告": events that may come (a warning)
  bool capped = false;                // Timed: "…报告，最迟不得超过4小时", the outer bound of a report
  TextRef at;
  TextRef sentence;
};

// "24小时值班" (duty) versus "24小时电话畅通" (availability only), with the conditions around it.
struct DutyMention {
  bool duty = false;                  // 值班 / 值守 / 在岗
  std::vector<int> colour_ranks;      // warning colours in the sentence or its headings (1 = 红色)
  std::vector<int> response_levels;   // response levels in the sentence or its headings
  bool major_events = false;          // 重要活动 / 会议期间 …
  TextRef at;                         // "24小时"
  TextRef phrase;                     // "24小时电话畅通": from the number to the end of its clause
};

struct TimingFacts {
  std::vector<Duration> durations;
  std::vector<Frequency> frequencies;
  std::vector<Promptness> promptness;
  // The reporting section's sentences that report an incident (a level named, or 事件 / 信息 …) with no
  // promptness fact that reports: "发生较大以上网络安全事件的，事发单位应当同时向省委网信办报告". They say to whom,
  // not when; follow-ups (总结, 调查, after the response ends) are left out. Also, in any section, a report that
  // goes on from the report before it ("…最迟不得超过1小时；同时报告省委网信办"), with that report's levels when it
  // names none. Kind Unstated, `at` the sentence.
  std::vector<Promptness> unstated_reports;
  std::vector<DutyMention> duties;
};

// `own`: the plan's own event level names (GradingFacts::own_event_names), so that a deadline for "S1、S2事件"
// covers the levels they map to.
TimingFacts extract_timing(const Document& doc, const Passages& passages, const OwnLevelNames& own = {});

// The parts, exposed for unit tests.
std::vector<Duration> extract_durations(const Passages& passages);
std::vector<Frequency> extract_frequencies(const Passages& passages);
// A duration read at byte `pos` of normalised text (the number must start there); amount 0 when none.
Duration read_duration(std::string_view s, std::size_t pos, std::size_t* end);

}  // namespace plancheck::facts
