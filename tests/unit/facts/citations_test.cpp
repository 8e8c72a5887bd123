#include "facts/citations.hpp"

#include <gtest/gtest.h>

#include <string>

#include "plan_builder.hpp"

namespace plancheck::facts {
namespace {

TEST(Citations, CanonicalStandardNumbers) {
  const std::pair<const char*, const char*> cases[] = {
      {"GB/T 20986-2023", "GB/T 20986-2023"}, {"GB/Z\n20986-2007", "GB/Z 20986-2007"},
      {"GB/T31167-2014", "GB/T 31167-2014"},  {"gb/t 20986—2023", "GB/T 20986-2023"},
      {"GB 17859-1999", "GB 17859-1999"},     {"GB/T 22239", ""},
      {"ABC 1-2000", ""},                     {"GB/T 20986-23", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(canonical_standard(in), out) << in;
}

TEST(Citations, TitleKeysDropSpaceAndMarks) {
  EXPECT_EQ(title_key("《信息安全技术 网络安全事件分类分级指南》"), "信息安全技术网络安全事件分类分级指南");
  EXPECT_EQ(title_key("《政府信息系统安全检查指\n南》"), "政府信息系统安全检查指南");
}

TEST(Citations, FindsTitlesStandardsAndAbolitions) {
  const Document doc = testing::build_plan(
      "# 1.2 编制依据\n"
      "《中华人民共和国网络安全法》和《信息安全技术信息安全事件分类分级指南》（GB/Z 20986-2007）等。\n"
      "# 9.3 预案实施时间\n"
      "本预案自印发之日起实施。2009年9月29日印发的《公共互联网网络安全应急预案》同时废止。\n");
  const Passages ps = Passages::from(doc);
  const CitationFacts f = extract_citations(doc, ps);
  ASSERT_EQ(f.items.size(), 4u);
  EXPECT_EQ(f.items[0].key, "中华人民共和国网络安全法");
  EXPECT_EQ(f.items[1].key, "信息安全技术信息安全事件分类分级指南");
  EXPECT_EQ(f.items[2].kind, CitationKind::Standard);
  EXPECT_EQ(f.items[2].key, "GB/Z 20986-2007");
  EXPECT_FALSE(f.items[2].abolishing);
  EXPECT_EQ(f.items[3].key, "公共互联网网络安全应急预案");
  EXPECT_TRUE(f.items[3].abolishing);
  const Location at = locate(doc, ps.items[f.items[2].passage], f.items[2].span.begin);
  EXPECT_EQ(at.line, 2);
}

TEST(Citations, TitlesInSingleAngleBracketsToo) {
  const Document doc = testing::build_plan(
      "# 1.2 编制依据\n〈中华人民共和国网络安全法〉、《国家网络安全事件应急预案》和〈中华人民共和国突发事件应对法〉。\n");
  const Passages ps = Passages::from(doc);
  const CitationFacts f = extract_citations(doc, ps);
  ASSERT_EQ(f.items.size(), 3u);  // in text order, whichever brackets
  EXPECT_EQ(f.items[0].key, "中华人民共和国网络安全法");
  EXPECT_EQ(f.items[1].key, "国家网络安全事件应急预案");
  EXPECT_EQ(f.items[2].key, "中华人民共和国突发事件应对法");
}

}  // namespace
}  // namespace plancheck::facts
