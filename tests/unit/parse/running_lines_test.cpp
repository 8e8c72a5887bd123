#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "parse/running_lines.hpp"

namespace plancheck::parse::testing {
namespace {

TEST(RunningLines, NeedMostPagesAndIgnoreDigits) {
  const std::vector<std::vector<std::string_view>> pages = {
      {"标题页", "正文甲", "第 1 页"}, {"内部资料", "正文乙", "第 2 页"}, {"内部资料", "正文丙", "第 3 页"},
      {"内部资料", "正文丁", "第 4 页"}};
  const auto drop = running_lines(pages);
  EXPECT_FALSE(drop[0][0]);  // the title page has no header
  EXPECT_TRUE(drop[1][0]);
  EXPECT_FALSE(drop[1][1]);
  EXPECT_TRUE(drop[0][2]);
  EXPECT_TRUE(drop[3][2]);
  // Two pages are too few to tell a running line from text.
  const auto short_doc = running_lines({{"内部资料", "正文"}, {"内部资料", "正文"}});
  EXPECT_FALSE(short_doc[0][0]);
}

// A reading order may put the header after a page's first lines (poppler does, when it takes the header
// for a block of its own): it is still running when it stands among the first three lines of most pages.
TEST(RunningLines, AHeaderAmongTheFirstLinesOfMostPagesIsRunning) {
  const std::vector<std::vector<std::string_view>> pages = {
      {"某县人民政府办公室", "网络安全事件应急预案", "一、总则", "正文一", "正文二"},
      {"接上页的正文甲", "正文乙", "某县人民政府办公室", "正文丙", "正文丁"},
      {"正文戊", "某县人民政府办公室", "正文己", "正文庚", "正文辛"},
      {"某县人民政府办公室", "正文壬", "正文癸", "正文子", "正文丑"}};
  const auto drop = running_lines(pages);
  EXPECT_TRUE(drop[0][0]);
  EXPECT_TRUE(drop[1][2]);
  EXPECT_TRUE(drop[2][1]);
  EXPECT_TRUE(drop[3][0]);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t l = 0; l < pages[p].size(); ++l) {
      if (pages[p][l] != "某县人民政府办公室") {
        EXPECT_FALSE(drop[p][l]) << pages[p][l];
      }
    }
  }
  // The title page's title, right under the header that repeats it, stays.
  const auto title_page = running_lines({{"某县人民政府办公室", "某县人民政府办公室", "正文一", "正文二", "正文三"},
                                         {"某县人民政府办公室", "正文四", "正文五", "正文六", "正文七"},
                                         {"某县人民政府办公室", "正文八", "正文九", "正文十", "正文末"}});
  EXPECT_TRUE(title_page[0][0]);
  EXPECT_FALSE(title_page[0][1]);
  // Further in, a repeated line is the plan's (a table's header row repeated on a page of its own).
  const auto deep = running_lines({{"a", "b", "c", "某县", "d", "e", "f"},
                                   {"g", "h", "i", "某县", "j", "k", "l"},
                                   {"m", "n", "o", "某县", "p", "q", "r"}});
  EXPECT_FALSE(deep[0][3]);
}

TEST(RunningLines, APageNumberGoesAtAnEdgeOrInsideDroppedLinesOnly) {
  const std::vector<std::vector<std::string_view>> pages = {{"正文甲", "3", "正文乙", "正文丙", "正文丁", "12"}};
  const auto drop = running_lines(pages);
  EXPECT_FALSE(drop[0][1]) << "a number among the text is a table's";
  EXPECT_TRUE(drop[0][5]);
  const auto text_copy = running_lines(pages, RunningLineOptions{true, false});
  EXPECT_FALSE(text_copy[0][5]) << "the plain-text reader drops page numbers itself";
}

TEST(RunningLines, TheTopOfTheFirstPageMayBeLeftAlone) {
  const std::vector<std::vector<std::string_view>> pages = {
      {"某单位网络安全事件应急预案", "正文一"}, {"某单位网络安全事件应急预案", "正文二"},
      {"某单位网络安全事件应急预案", "正文三"}};
  EXPECT_TRUE(running_lines(pages)[0][0]);
  const auto drop = running_lines(pages, RunningLineOptions{false, true});
  EXPECT_FALSE(drop[0][0]) << "the plan's title where the text starts";
  EXPECT_TRUE(drop[1][0]);
  EXPECT_TRUE(drop[2][0]);
}

}  // namespace
}  // namespace plancheck::parse::testing
