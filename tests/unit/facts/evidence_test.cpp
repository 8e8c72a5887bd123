// What a finding quotes: the sentence around the hit, or a bounded window of a very long one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "facts/passages.hpp"
#include "plan_builder.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

// The one body passage of a plan whose only paragraph is `body`.
struct OneParagraph {
  explicit OneParagraph(const std::string& body) : doc(testing::build_plan("# 一、总则\n" + body + "\n")) {
    passages = Passages::from(doc);
    for (const Passage& p : passages.items) {
      if (p.where == Where::Body) passage = &p;
    }
  }
  Span span_of(const std::string& needle) const {
    const auto at = static_cast<std::uint32_t>(passage->norm.text.find(needle));
    return {at, static_cast<std::uint32_t>(at + needle.size())};
  }
  Document doc;
  Passages passages;
  const Passage* passage = nullptr;
};

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// A passage is split after each 。！？；!?; and newline, the last piece kept without one; its filter is
// the filter of its whole normalised text.
TEST(Passages, SentencesEndAfterTheirMarkAndTheFilterCoversTheText) {
  const OneParagraph plan("第一句。第二句！Third? 第四；最后没有句号");
  ASSERT_NE(plan.passage, nullptr);
  const Passage& p = *plan.passage;
  std::vector<std::string> pieces;
  for (const Span s : p.sentences) pieces.push_back(p.norm.text.substr(s.begin, s.end - s.begin));
  EXPECT_EQ(pieces, (std::vector<std::string>{"第一句。", "第二句!", "Third?", "第四;", "最后没有句号"}));
  EXPECT_TRUE(p.filter == CharPairFilter::of(p.norm.text));
  EXPECT_TRUE(p.filter.may_contain(CharPairKeys::of("没有句号")));
  EXPECT_FALSE(p.filter.may_contain(CharPairKeys::of("演练")));
}

TEST(Evidence, AnOrdinarySentenceIsQuotedWhole) {
  const OneParagraph plan("本单位每年组织一次应急演练。演练后评估预案。");
  ASSERT_NE(plan.passage, nullptr);
  EXPECT_EQ(evidence_for(plan.doc, *plan.passage, plan.span_of("演练后")).text, "演练后评估预案。");
  EXPECT_EQ(evidence_for(plan.doc, *plan.passage, plan.span_of("每年")).text, "本单位每年组织一次应急演练。");
}

// 3,000 code points without a sentence end: each finding quoted it whole, so the report grew with
// findings × sentence length.
TEST(Evidence, AVeryLongSentenceIsQuotedAsAWindowAroundTheHit) {
  const std::string filler = repeat("网络安全工作，", 200);  // 1,400 code points
  const OneParagraph plan(filler + "每年组织一次应急演练，" + filler + "结束。");
  ASSERT_NE(plan.passage, nullptr);
  const Evidence ev = evidence_for(plan.doc, *plan.passage, plan.span_of("每年组织"));
  EXPECT_EQ(text::code_point_count(ev.text), kEvidenceCodePoints + 2) << ev.text;
  EXPECT_EQ(ev.text.rfind("…", 0), 0u);
  EXPECT_EQ(ev.text.substr(ev.text.size() - 3), "…");
  const std::size_t hit = ev.text.find("每年组织一次应急演练");
  ASSERT_NE(hit, std::string::npos);
  EXPECT_EQ(text::code_point_count(ev.text.substr(0, hit)), kEvidenceBefore + 1);  // "…" then the context
  EXPECT_EQ(ev.location.line, 2);
}

TEST(Evidence, AWindowAtEitherEndOfTheSentenceIsMarkedOnlyWhereItIsCut) {
  const std::string filler = repeat("网络安全工作，", 200);
  const OneParagraph plan("每年组织一次应急演练，" + filler + "演练后评估。");
  ASSERT_NE(plan.passage, nullptr);
  const Evidence head = evidence_for(plan.doc, *plan.passage, plan.span_of("每年"));
  EXPECT_EQ(head.text.rfind("每年组织", 0), 0u) << head.text;
  EXPECT_EQ(head.text.substr(head.text.size() - 3), "…");
  EXPECT_EQ(text::code_point_count(head.text), kEvidenceCodePoints + 1);

  const Evidence tail = evidence_for(plan.doc, *plan.passage, plan.span_of("演练后"));
  EXPECT_EQ(tail.text.rfind("…", 0), 0u);
  EXPECT_EQ(tail.text.substr(tail.text.size() - std::string("演练后评估。").size()), "演练后评估。") << tail.text;
  EXPECT_EQ(text::code_point_count(tail.text), kEvidenceCodePoints + 1);
}

}  // namespace
}  // namespace plancheck::facts
