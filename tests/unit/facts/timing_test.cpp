#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "facts/scan.hpp"
#include "facts/timing.hpp"
#include "grading_doc_builder.hpp"
#include "text/normalize.hpp"

namespace plancheck::facts {
namespace {

using testing::DocBuilder;

TEST(TimingDurations, ReadsNumbersUnitsAndComparableDays) {
  struct Case {
    const char* text;
    TimeUnit unit;
    double amount;
    double days;
  };
  const Case cases[] = {
      {"三十日内", TimeUnit::Day, 30, 30},          {"30 日内", TimeUnit::Day, 30, 30},
      {"30天内", TimeUnit::Day, 30, 30},            {"３０天", TimeUnit::Day, 30, 30},
      {"一个月内", TimeUnit::Month, 1, 30},          {"10个工作日内", TimeUnit::WorkingDay, 10, 14},
      {"十五个工作日", TimeUnit::WorkingDay, 15, 21}, {"两周", TimeUnit::Week, 2, 14},
      {"24小时", TimeUnit::Hour, 24, 1},             {"30分钟", TimeUnit::Minute, 30, 30.0 / 1440},
  };
  for (const Case& c : cases) {
    const std::string s = text::normalized(c.text);
    std::size_t end = 0;
    const Duration d = read_duration(s, 0, &end);
    EXPECT_EQ(d.unit, c.unit) << c.text;
    EXPECT_DOUBLE_EQ(d.amount, c.amount) << c.text;
    EXPECT_DOUBLE_EQ(d.calendar_days(), c.days) << c.text;
  }
  // Working days and calendar days compare correctly: 10 working days fit in 14 days, 30 days do not fit in 10
  // working days.
  const auto days_of = [](double amount, TimeUnit unit) {
    Duration d;
    d.amount = amount;
    d.unit = unit;
    return d.calendar_days();
  };
  EXPECT_LE(days_of(10, TimeUnit::WorkingDay), days_of(14, TimeUnit::Day));
  EXPECT_GT(days_of(30, TimeUnit::Day), days_of(10, TimeUnit::WorkingDay));
}

TEST(TimingDurations, SkipsDatesAndKeepsAnchorAndAggregate) {
  DocBuilder b;
  b.section("事后总结")
      .para("本预案2023年2月8日印发。")
      .para("事发单位在应急响应结束后10个工作日内形成总结报告，报电信主管部门。电信主管部门汇总并研究后，在应急响应结束后20个工作日内形成报告，按程序上报。");
  const Passages passages = b.passages();  // the durations point into them
  const std::vector<Duration> ds = extract_durations(passages);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].amount, 10);
  EXPECT_TRUE(ds[0].within);
  EXPECT_NE(ds[0].anchor.find("应急响应结束后"), std::string::npos);
  EXPECT_FALSE(ds[0].aggregate);
  EXPECT_EQ(ds[1].amount, 20);
  EXPECT_TRUE(ds[1].aggregate);
}

TEST(TimingFrequencies, TimesPerYearVagueAndSubject) {
  struct Case {
    const char* text;
    double per_year;
    bool vague;
    const char* subject;
  };
  const Case cases[] = {
      {"各部门每年至少组织一次预案演练。", 1, false, "演练"},
      {"并应每年组织开展一次本单位网络安全应急演练。", 1, false, "演练"},
      {"一年两次组织应急演练。", 2, false, "演练"},
      {"每半年组织一次演练。", 2, false, "演练"},
      {"每季度开展应急演练。", 4, false, "演练"},
      {"每两年组织一次演练。", 0.5, false, "演练"},
      {"本预案原则上每年评估一次。", 1, false, "评估"},
      {"要定期组织开展演练。", 0, true, "演练"},
      {"不定期开展培训。", 0, true, "培训"},
      {"根据情况适时修订。", 0, true, "修订"},
  };
  for (const Case& c : cases) {
    DocBuilder b;
    b.para(c.text);
    const Passages passages = b.passages();  // the frequencies point into them
    const std::vector<Frequency> fs = extract_frequencies(passages);
    ASSERT_EQ(fs.size(), 1u) << c.text;
    EXPECT_DOUBLE_EQ(fs[0].per_year, c.per_year) << c.text;
    EXPECT_EQ(fs[0].vague, c.vague) << c.text;
    EXPECT_EQ(fs[0].subject, c.subject) << c.text;
  }
  DocBuilder dated;
  dated.para("2023年2月8日起实施，有效期一年。");
  EXPECT_TRUE(extract_frequencies(dated.passages()).empty());
}

TEST(TimingPromptness, ImmediateVagueAndTimedReports) {
  DocBuilder b;
  b.section("事件报告")
      .para("网络安全事件发生后，应立即启动应急预案，实施处置并及时上报信息。")
      .para("对于初判为特别重大、重大网络安全事件的，立即报告应急办。")
      .para("较大事件应在30分钟内报告领导小组。");
  const TimingFacts t = extract_timing(b.doc(), b.passages());
  std::vector<std::string> seen;
  for (const Promptness& p : t.promptness) {
    seen.push_back(p.word + (p.reports ? "+报" : "") + (p.starts_plan ? "+启动" : ""));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"立即+启动", "及时+报", "立即+报", "30分钟+报"}));
  EXPECT_EQ(t.promptness[2].levels, (std::vector<std::string>{"特别重大", "重大"}));
  EXPECT_EQ(t.promptness[3].kind, Promptness::Kind::Timed);
  EXPECT_DOUBLE_EQ(t.promptness[3].minutes, 30);
}

// What others report, received ("…通报的漏洞信息"), is no report; "报告的同时" reports. The reporting section's
// reports that say only to whom are the unstated reports; a warning row's way up elsewhere is not one.
TEST(TimingPromptness, AttributiveReportsAndUnstatedOnes) {
  DocBuilder b;
  b.section("预警监测")
      .para("网信办应及时接收、汇总省委网信办、公安机关通报的漏洞和威胁信息。")
      .para("红色预警由网信办报领导小组审核后报省委网信办统一发布。");
  b.section("事件报告")
      .para("事发单位在立即向电信主管部门报告的同时，启动本单位预案。")
      .para("发生较大以上网络安全事件的，事发单位应当同时向省委网信办报告；")
      .para("应急处置结束后，形成总结报告报送省委网信办。");
  const TimingFacts t = extract_timing(b.doc(), b.passages());
  std::vector<std::string> seen;
  for (const Promptness& p : t.promptness) seen.push_back(p.word + (p.reports ? "+报" : ""));
  EXPECT_EQ(seen, (std::vector<std::string>{"及时", "立即+报"}));
  ASSERT_EQ(t.unstated_reports.size(), 1u);
  EXPECT_EQ(t.unstated_reports[0].kind, Promptness::Kind::Unstated);
  EXPECT_EQ(t.unstated_reports[0].levels, (std::vector<std::string>{"较大"}));
}

TEST(TimingDuty, DutyVersusPhoneAndItsConditions) {
  DocBuilder b;
  b.section("3.4.1 红色预警响应")
      .para("有关部门应急指挥机构实行24小时值班，相关人员保持通信联络畅通。")
      .section("五、重要活动期间的预防措施")
      .para("重点部门、重点岗位保持24小时电话畅通。")
      .section("（一）I级响应")
      .para("应急办二十四小时值守。");
  const TimingFacts t = extract_timing(b.doc(), b.passages());
  ASSERT_EQ(t.duties.size(), 3u);
  EXPECT_TRUE(t.duties[0].duty);
  EXPECT_EQ(t.duties[0].colour_ranks, std::vector<int>{1});
  EXPECT_FALSE(t.duties[1].duty);
  EXPECT_TRUE(t.duties[1].major_events);
  EXPECT_TRUE(t.duties[2].duty);
  EXPECT_EQ(t.duties[2].response_levels, std::vector<int>{1});
}

TEST(TimingDuty, SevenByTwentyFourAndRoundTheClockAreDuty) {
  DocBuilder b;
  b.section("3.4.1 红色预警响应")
      .para("应急指挥机构实行7×24小时值班值守，相关人员保持通信联络畅通。")
      .section("（一）I级响应")
      .para("启动I级响应后，应急办实行全天候值班。各处室昼夜值守。");
  const TimingFacts t = extract_timing(b.doc(), b.passages());
  ASSERT_EQ(t.duties.size(), 3u);
  for (const DutyMention& d : t.duties) EXPECT_TRUE(d.duty);
  EXPECT_EQ(t.duties[0].colour_ranks, std::vector<int>{1});
  EXPECT_EQ(t.duties[1].response_levels, std::vector<int>{1});
  EXPECT_LT(t.duties[1].at.span.begin, t.duties[2].at.span.begin);  // in text order
  // 7× does not make 24 part of a longer number; 三十 still is one number.
  std::size_t end = 0;
  const std::string s = text::normalized("7×24小时");
  EXPECT_DOUBLE_EQ(read_duration(s, s.find("24"), &end).amount, 24);
  const std::string thirty = text::normalized("三十日");
  EXPECT_DOUBLE_EQ(read_duration(thirty, 3, &end).amount, 0);
}

// A list of names a judgement assigns ("其中初判为特别重大、重大的，…") names grades though no 事件 follows; the
// same words in ordinary prose ("造成重大的影响", "判定为对社会造成重大的") do not.
TEST(LevelMentions, NamesAJudgementAssignsAreGrades) {
  const auto names = [](const std::string& text) {
    std::vector<std::string> out;
    for (const LevelMention& m : event_level_mentions(text::normalized(text))) out.push_back(m.name);
    return out;
  };
  EXPECT_EQ(names("其中初判为特别重大、重大的，力争1小时内报告"), (std::vector<std::string>{"特别重大", "重大"}));
  EXPECT_EQ(names("经研判属于较大及以上的，立即报告"), std::vector<std::string>{"较大"});
  EXPECT_EQ(names("判定为重大或较大的。"), (std::vector<std::string>{"重大", "较大"}));
  EXPECT_EQ(names("初判为一般的"), std::vector<std::string>{"一般"});
  EXPECT_EQ(names("可能造成重大的社会影响"), std::vector<std::string>{});
  EXPECT_EQ(names("判定为对社会造成重大的，立即报告"), std::vector<std::string>{});
  EXPECT_EQ(names("初判为重大的影响"), std::vector<std::string>{});
}

TEST(ColourMentions, AbbreviatedRunOfAllFourColours) {
  const auto ranks = [](const std::string& text) {
    std::vector<int> out;
    for (const ColourMention& c : colour_mentions(text::normalized(text))) out.push_back(c.rank);
    return out;
  };
  EXPECT_EQ(ranks("由高到低依次用红、橙、黄、蓝四种颜色表示"), (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(ranks("分为红橙黄蓝四级"), (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(ranks("依次为红、橙、黄、蓝色预警"), (std::vector<int>{1, 2, 3, 4}));  // 蓝色 read once
  EXPECT_EQ(ranks("依次为红、橙、黄三级"), std::vector<int>{});  // not the four: 红 alone is in many words
  EXPECT_EQ(ranks("红旗渠、蓝天"), std::vector<int>{});
}

// One sentence full of frequencies: each fact rescanned its clause from the sentence start and copied the
// clause and the sentence (每年 ×16,000 in 96 KB took 38 s and 3 GB). The facts now share views of the
// passage's text, found once per clause.
TEST(TimingScale, ManyFrequenciesInOneSentenceShareItsText) {
  std::string text = "演练";
  for (int i = 0; i < 16000; ++i) text += "每年";
  DocBuilder b;
  b.para(text + "组织一次。");
  const Passages passages = b.passages();
  const std::vector<Frequency> fs = extract_frequencies(passages);
  // The last few 每年 lie within reach of 组织一次 and are read together with it.
  ASSERT_GT(fs.size(), 15990u);
  ASSERT_LE(fs.size(), 16000u);
  for (const Frequency& f : fs) {
    ASSERT_EQ(f.sentence_text.data(), fs.front().sentence_text.data());
    ASSERT_EQ(f.clause.data(), fs.front().clause.data());
    ASSERT_EQ(f.subject, "演练");
    ASSERT_DOUBLE_EQ(f.per_year, 1);
  }
  EXPECT_EQ(fs.back().clause.size(), fs.front().sentence_text.size() - 3);  // the whole sentence but its 。
}

// One clause full of deadlines (2小时内 ×8,000 took 7.5 s and 950 MB): the rest of the clause after each
// is asked whether it reports, and the text before it whether it opens with the incident, in one pass.
// A duty that refers back to the sentence before it takes that sentence's colours and levels; a passage of
// 60,000 such sentences finds each one's predecessor by binary search (a walk from the first was quadratic).
TEST(TimingScale, DutiesReferringBackFindTheirSentenceOnce) {
  std::string text = "Ⅰ级响应由组长决定启动。启动后，办公室实行24小时值守。";
  for (int i = 0; i < 60000; ++i) text += "启动后，办公室实行24小时值守。";
  DocBuilder b;
  b.para(text);
  const Passages passages = b.passages();
  const TimingFacts t = extract_timing(b.doc(), passages);
  ASSERT_EQ(t.duties.size(), 60001u);
  EXPECT_EQ(t.duties.front().response_levels, std::vector<int>{1});
  EXPECT_TRUE(t.duties.back().response_levels.empty());  // its sentence before names no level
  EXPECT_TRUE(t.duties.back().duty);
}

TEST(TimingScale, ManyDeadlinesInOneClauseAreReadOnce) {
  std::string text = "发生事件后";
  for (int i = 0; i < 8000; ++i) text += "2小时内";
  DocBuilder b;
  b.para(text + "报告。").para("特别重大事件发生后，2小时内");
  const Passages passages = b.passages();
  const TimingFacts t = extract_timing(b.doc(), passages);
  ASSERT_EQ(t.durations.size(), 8001u);
  ASSERT_EQ(t.promptness.size(), 8001u);
  for (std::size_t i = 0; i < 8000; ++i) {
    const Promptness& p = t.promptness[i];
    ASSERT_TRUE(p.reports && p.sentence_reports && p.after_incident && p.levels.empty()) << i;
    ASSERT_EQ(t.durations[i].anchor.data(), t.durations.front().anchor.data());
    ASSERT_EQ(t.durations[i].sentence_text.data(), t.durations.front().sentence_text.data());
  }
  // A level named before the word: not any incident's promptness; nothing after it reports.
  EXPECT_FALSE(t.promptness.back().after_incident);
  EXPECT_FALSE(t.promptness.back().reports);
  EXPECT_EQ(t.promptness.back().levels, std::vector<std::string>{"特别重大"});
}

// A level named before every deadline of one sentence: each deadline carries the sentence's levels once
// (it carried every mention, so memory grew with deadlines × mentions).
TEST(TimingScale, DeadlinesOfOneSentenceCarryItsLevelsOnce) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "特别重大事件2小时内、重大事件1个工作日内";
  DocBuilder b;
  b.para(text + "报告。");
  const Passages passages = b.passages();
  const TimingFacts t = extract_timing(b.doc(), passages);
  ASSERT_EQ(t.promptness.size(), 4000u);
  for (const Promptness& p : t.promptness) {
    ASSERT_EQ(p.levels, (std::vector<std::string>{"特别重大", "重大"}));
    ASSERT_TRUE(p.reports);
  }
}

// TextTail answers from the last occurrence of a word in its text: the same as rfind, found forwards.
TEST(TextTail, ContainsFromAgreesWithTheLastOccurrence) {
  const std::string s = text::normalized("前文。启动预案后，立即启动应急响应；启动后报告，报告预案执行情况。后文");
  const std::size_t begin = s.find("启动");
  const std::size_t end = s.rfind("后文");
  const std::string_view tail = std::string_view(s).substr(begin, end - begin);
  for (const std::string_view word : {"启动", "预案", "报告", "响应", "后", "演练", ""}) {
    const std::size_t last = tail.rfind(word);
    for (std::size_t x = begin; x <= end; ++x) {
      TextTail t(s, begin, end);
      const bool expected = last != std::string_view::npos && begin + last >= x;
      EXPECT_EQ(t.contains_from(x, word), expected) << word << " from " << x;
      EXPECT_EQ(t.contains_from(x, word), expected) << word << " from " << x << " (cached)";
    }
  }
}

}  // namespace
}  // namespace plancheck::facts
