// MappedText: the XML reader's block text, mapped back to the source byte by byte — entities without a
// source, CRLF folded, CDATA kept, line breaks inside a sentence removed (a space between Latin words).
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "parse/xml_block_text.hpp"

namespace plancheck::parse {
namespace {

std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> segments_of(const MappedText& t) {
  std::vector<Segment> segments;
  t.append_segments(segments, 0);
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> out;
  for (const Segment& s : segments) out.emplace_back(s.text_offset, s.source_offset, s.length);
  return out;
}

TEST(MappedText, EntitiesHaveNoSourceAndCrlfMapsToItsCarriageReturn) {
  const std::string source = "<p>甲&amp;乙\r\n  丙 dog\n  cat &#x4E01;</p>";
  MappedText raw;
  raw.append_decoded(source, 3, "甲&乙\n  丙 dog\n  cat 丁", false);
  EXPECT_EQ(raw.text(), "甲&乙\n  丙 dog\n  cat 丁");
  EXPECT_EQ(raw.first_source_offset(), 3u);
  using S = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;
  // 甲 at 3; & none; 乙 at 11 and the folded line end at its \r (14); from the indentation (16) to the last
  // space (31) the bytes are as written.
  EXPECT_EQ(segments_of(raw), (std::vector<S>{{0, 3, 3}, {4, 11, 4}, {8, 16, 16}}));

  const MappedText text = raw.unwrapped();
  EXPECT_EQ(text.text(), "甲&乙丙 dog cat 丁");
  // The break after 乙 goes; the one between "dog" and "cat" becomes a space without a source.
  EXPECT_EQ(segments_of(text), (std::vector<S>{{0, 3, 3}, {4, 11, 3}, {7, 18, 7}, {15, 28, 4}}));
}

TEST(MappedText, CdataKeepsItsAmpersandAndTheTrimmedEndsGo) {
  const std::string source = "<p>\n  <![CDATA[a&b]]>\n</p>";
  MappedText raw;
  raw.append_decoded(source, 3, "\n  ", false);
  raw.append_decoded(source, 15, "a&b", true);
  raw.append_decoded(source, 21, "\n", false);
  const MappedText text = raw.unwrapped();
  EXPECT_EQ(text.text(), "a&b");
  EXPECT_EQ(text.first_source_offset(), 15u);
  using S = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;
  EXPECT_EQ(segments_of(text), (std::vector<S>{{0, 15, 3}}));
}

TEST(MappedText, WhatTheParserChangedInAWayNotModelledHasNoSource) {
  MappedText raw;
  raw.append_decoded("abXcd", 0, "abYcd", false);
  EXPECT_EQ(raw.text(), "abYcd");
  using S = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;
  EXPECT_EQ(segments_of(raw), (std::vector<S>{{0, 0, 2}}));
  MappedText none;
  none.append_decoded("", 0, "甲", false);
  EXPECT_EQ(none.first_source_offset(), MappedText::kNoSource);
  EXPECT_TRUE(segments_of(none).empty());
}

}  // namespace
}  // namespace plancheck::parse
