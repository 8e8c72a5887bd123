// A finding on a very long line keeps only a window of it, and reports show what they showed of the whole
// line (a plan with no line breaks made every finding hold the whole file).
#include <gtest/gtest.h>

#include <string>

#include "batch/check_plan.hpp"
#include "report/caret.hpp"
#include "ruleset/loader.hpp"

namespace plancheck::batch {
namespace {

Rulesets national() {
  auto rs = ruleset::load_ruleset("cn-national-2017", {PLANCHECK_SOURCE_DIR, nullptr});
  if (!rs.ok()) throw std::runtime_error(rs.error().to_string(Lang::En));
  auto compiled = rules::compile(rs.value());
  if (!compiled.ok()) throw std::runtime_error(compiled.error().to_string(Lang::En));
  return {compiled.take()};
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(LongLines, AFindingOnAVeryLongLineKeepsAWindowAndShowsTheSameExcerpt) {
  // One line of about 60 KB: the duties of bodies never set up, far from both ends of the line.
  const std::string filler = repeat("本单位加强网络安全管理，", 800);
  const std::string line = filler + "数据恢复组负责恢复数据，技术保障组负责修复系统，" + filler;
  const std::string plan = "# 某单位网络安全事件应急预案\n\n" + line + "\n";
  const PlanResult r = check_decoded("plan.md", text::DecodedText{plan, "UTF-8"}, national(), {});
  ASSERT_FALSE(r.error.has_value());
  int on_long_line = 0;
  for (const RuleResult& rr : r.results) {
    for (const Finding& f : rr.findings) {
      if (f.location.line != 3) continue;
      ++on_long_line;
      EXPECT_LT(f.source_line.size(), line.size() / 4) << rr.rule;
      EXPECT_TRUE(f.source_line_from > 0 || f.source_line_cut) << rr.rule;
      // What the text and HTML reports show is what they showed when the finding held the whole line.
      for (const int width : {report::kTextSourceWidth, report::kHtmlSourceWidth}) {
        const report::SourceWindow shown = report::source_window(f, width);
        const report::SourceWindow whole = report::source_window(line, f.location.column, f.span, width);
        EXPECT_EQ(shown.text, whole.text) << rr.rule << " at column " << f.location.column;
        EXPECT_EQ(shown.column, whole.column) << rr.rule;
        EXPECT_EQ(shown.span, whole.span) << rr.rule;
      }
    }
  }
  EXPECT_GT(on_long_line, 0);
}

TEST(LongLines, AnOrdinaryLineIsKeptWhole) {
  const std::string plan = "# 某单位网络安全事件应急预案\n\n数据恢复组负责恢复数据。\n";
  const PlanResult r = check_decoded("plan.md", text::DecodedText{plan, "UTF-8"}, national(), {});
  ASSERT_FALSE(r.error.has_value());
  int on_line = 0;
  for (const RuleResult& rr : r.results) {
    for (const Finding& f : rr.findings) {
      if (f.location.line != 3) continue;
      ++on_line;
      EXPECT_EQ(f.source_line, "数据恢复组负责恢复数据。");
      EXPECT_EQ(f.source_line_from, 0);
      EXPECT_FALSE(f.source_line_cut);
    }
  }
  EXPECT_GT(on_line, 0);
}

}  // namespace
}  // namespace plancheck::batch
