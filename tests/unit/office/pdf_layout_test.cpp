#include "office/pdf_layout.hpp"

#include <algorithm>
#include <limits>

#include <gtest/gtest.h>

namespace plancheck::office {
namespace {

// Words set as a 10.5 pt CID font sets them: a Han character 10.5 pt wide, an ASCII one 5.25 pt.
constexpr double kSize = 10.5;
constexpr double kLead = 18;

double width_of(const std::string& s) {
  double w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    w += n == 1 ? kSize / 2 : kSize;
    i += n;
  }
  return w;
}

struct Page {
  std::vector<PdfWord> words;
  double y = 60;  // the next line's top

  // One visual line: each piece starts at its x.
  Page& line(std::vector<std::pair<double, std::string>> pieces) {
    for (auto& [x, text] : pieces) words.push_back(PdfWord{text, x, y, x + width_of(text), y + kSize, false});
    y += kLead;
    return *this;
  }
  Page& gap(double points) {
    y += points;
    return *this;
  }
};

// Columns of the grading table: level, criteria (wrapped at 220 pt), response, who starts it.
constexpr double kLevel = 76;
constexpr double kCriteria = 146;
constexpr double kResponse = 376;
constexpr double kStarter = 456;

Page grading_table() {
  Page page;
  page.line({{93, "三、事件分级"}}).line({{93, "网络安全事件分为四级，分级标准见下表。"}});
  page.line({{kLevel, "事件级别"}, {kCriteria, "判定标准"}, {kResponse, "响应级别"}, {kStarter, "启动人"}})
      .line({{kLevel, "特别重大"}, {kCriteria, "核心业务系统中断运行超过24小时，或者10万条"}, {kResponse, "Ⅰ级"},
             {kStarter, "领导小组组"}})
      .line({{kCriteria, "以上客户个人信息泄露，或者造成直接经济损失"}, {kStarter, "长"}})
      .line({{kCriteria, "1000万元以上。"}})
      .line({{kLevel, "重大"}, {kCriteria, "核心业务系统中断运行超过6小时。"}, {kResponse, "Ⅱ级"}, {kStarter, "组长"}})
      .line({{kLevel, "一般"}, {kCriteria, "除上述情形外的事件。"}, {kResponse, "Ⅳ级"}, {kStarter, "办公室主任"}});
  return page;
}

std::vector<std::string> rows_of(const std::vector<PdfLine>& lines) {
  std::vector<std::string> out;
  for (const PdfLine& l : lines) {
    if (l.cells.empty()) {
      out.push_back(l.text);
      continue;
    }
    std::string row;
    for (const std::string& c : l.cells) row += "[" + c + "]";
    out.push_back(row);
  }
  return out;
}

TEST(PdfLayout, ATableIsReadRowByRowWithItsWrappedCellsJoined) {
  Page page = grading_table();
  page.gap(6).line({{93, "四、预警"}}).line({{93, "预警分为红色、橙色、黄色和蓝色，分别对应四个级别的事件，由领导小组发布。"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines),
            (std::vector<std::string>{
                "三、事件分级", "网络安全事件分为四级，分级标准见下表。", "[事件级别][判定标准][响应级别][启动人]",
                "[特别重大][核心业务系统中断运行超过24小时，或者10万条以上客户个人信息泄露，或者造成直接经济损失1000万元以上。]"
                "[Ⅰ级][领导小组组长]",
                "[重大][核心业务系统中断运行超过6小时。][Ⅱ级][组长]", "[一般][除上述情形外的事件。][Ⅳ级][办公室主任]",
                "四、预警", "预警分为红色、橙色、黄色和蓝色，分别对应四个级别的事件，由领导小组发布。"}));
}

// Chromium's exports (Noto CJK) give word boxes about 2.5 em tall, taller than the lines are apart: the
// type size is read from how wide a Han character is, or every gap between cells would look too narrow.
TEST(PdfLayout, ATableIsReadWhenTheWordBoxesAreFarTallerThanTheType) {
  Page page = grading_table();
  for (PdfWord& w : page.words) {
    w.top -= 0.75 * kSize;
    w.bottom += 0.75 * kSize;
  }
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  const std::vector<std::string> rows = rows_of(*lines);
  ASSERT_EQ(rows.size(), 6U);
  EXPECT_EQ(rows[2], "[事件级别][判定标准][响应级别][启动人]");
  EXPECT_EQ(rows[3],
            "[特别重大][核心业务系统中断运行超过24小时，或者10万条以上客户个人信息泄露，或者造成直接经济损失1000万元以上。]"
            "[Ⅰ级][领导小组组长]");
  EXPECT_EQ(rows[5], "[一般][除上述情形外的事件。][Ⅳ级][办公室主任]");
}

// Chromium's tall word boxes (2.5 em) and a first column just wide enough for "特别重大", set in the middle
// of a row of two lines: its box overlaps the first line's, 4 pt (less than half an em) short of the next
// column, on a baseline half a line lower. It is a cell of its own, not the start of a line of text.
TEST(PdfLayout, ANarrowColumnsLabelOnAnotherBaselineIsACellOfItsOwn) {
  constexpr double kCriteriaAt = kLevel + 4 * kSize + 4;
  Page page;
  page.line({{kLevel, "级别"}, {kCriteriaAt, "判定标准"}})
      .line({{kCriteriaAt, "集中交易系统全部中断超过30分钟，或客户资金数据"}});
  page.words.push_back(PdfWord{"特别重大", kLevel, page.y - kLead / 2, kLevel + 4 * kSize, page.y - kLead / 2 + kSize, false});
  page.line({{kCriteriaAt, "大规模泄露、篡改。"}})
      .line({{kLevel, "重大"}, {kCriteriaAt, "集中交易系统中断超过10分钟。"}})
      .line({{kLevel, "一般"}, {kCriteriaAt, "除上述情形外的事件。"}});
  for (PdfWord& w : page.words) {
    w.top -= 0.75 * kSize;
    w.bottom += 0.75 * kSize;
  }
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines), (std::vector<std::string>{"[级别][判定标准]",
                                                       "[特别重大][集中交易系统全部中断超过30分钟，或客户资金数据大规模泄露、篡改。]",
                                                       "[重大][集中交易系统中断超过10分钟。]", "[一般][除上述情形外的事件。]"}));
}

// A header row set in the middle of its cells (HTML's th, Word's centred header) ends each line near the next
// column, as a wrapped line would; it is still a row of its own, not the first line of the first row.
TEST(PdfLayout, AHeaderCentredInItsCellsIsARowOfItsOwn) {
  constexpr double kAfterLevel = 146;
  Page page;
  page.line({{86, "事件级别"}, {kAfterLevel + 15.75, "判定标准说明"}})
      .line({{kLevel, "特别重大"}, {kAfterLevel, "核心系统中断八小时"}})
      .line({{kLevel, "重大"}, {kAfterLevel, "核心系统中断六小时"}})
      .line({{kLevel, "一般"}, {kAfterLevel, "其他影响业务事件"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines), (std::vector<std::string>{"[事件级别][判定标准说明]", "[特别重大][核心系统中断八小时]",
                                                       "[重大][核心系统中断六小时]", "[一般][其他影响业务事件]"}));
}

// A Chromium print of an HTML table (its word boxes 2.6 times an em high): a header wrapped in narrow
// columns ("本行/等级", "对应国/家分级") beside one set in the middle of its cell ("判定标准"), over rows whose
// short cells are centred ("特别重/大" beside the first row's three lines, "一级" on their middle). The header
// is a row of its own, and each centred cell goes to its row; the "大" under "特别重" is no part of "一级".
TEST(PdfLayout, AWrappedHeaderOverCentredCellsIsARowOfItsOwn) {
  const std::vector<PdfWord> words{
      {"本行", 91.3, 517.9, 119.3, 554.3},   {"对应国", 132.1, 517.9, 174.1, 554.3},
      {"判定标准", 325.8, 529.2, 381.8, 565.5}, {"等级", 91.3, 539.7, 119.3, 576.0},
      {"家分级", 132.1, 539.7, 174.1, 576.0},
      {"核心业务系统或支付清算系统中断服务超过8小时；或", 183.8, 568.9, 513.4, 605.3},
      {"特别重", 129.2, 580.2, 171.2, 616.5},  {"一级", 88.2, 591.4, 116.2, 627.8},
      {"大", 129.2, 602.7, 143.2, 639.0},
      {"泄露客户个人信息100万条以上；或造成全行性业务停", 183.8, 591.4, 513.8, 627.8},
      {"办", 183.8, 613.9, 197.8, 650.3},      {"二级", 88.2, 654.4, 116.2, 690.8},
      {"重大", 129.2, 654.4, 157.2, 690.8},
      {"核心业务系统或支付清算系统中断服务2小时至8小时；", 183.8, 643.2, 521.2, 679.5},
      {"或泄露客户个人信息10万条以上不足100万条", 183.8, 665.7, 458.2, 702.0},
      {"三级", 88.2, 706.2, 116.2, 742.5},     {"较大", 129.2, 706.2, 157.2, 742.5},
      {"网上银行、手机银行等重要系统中断服务1小时以上；", 183.8, 694.9, 512.2, 731.3},
      {"或泄露客户个人信息1万条以上不足10万条", 183.8, 717.4, 442.6, 753.8}};
  const auto lines = page_with_tables(words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines),
            (std::vector<std::string>{
                "[本行等级][对应国家分级][判定标准]",
                "[一级][特别重大][核心业务系统或支付清算系统中断服务超过8小时；或泄露客户个人信息100万条以上；或造成全行性业务停办]",
                "[二级][重大][核心业务系统或支付清算系统中断服务2小时至8小时；或泄露客户个人信息10万条以上不足100万条]",
                "[三级][较大][网上银行、手机银行等重要系统中断服务1小时以上；或泄露客户个人信息1万条以上不足10万条]"}));
}

// The same table's header repeated at the top of the next page, over its one last row: the row starts
// where a column that had text in the header ("判定标准", centred on the header's first line) has text
// again after a line without.
TEST(PdfLayout, ARowUnderAWrappedHeaderStartsWhereAColumnHasTextAgain) {
  const std::vector<PdfWord> words{
      {"本行", 91.3, 21.4, 119.3, 57.8},     {"对应国", 132.1, 21.4, 174.1, 57.8},
      {"判定标准", 325.8, 32.7, 381.8, 69.0}, {"等级", 91.3, 43.9, 119.3, 80.3},
      {"家分级", 132.1, 43.9, 174.1, 80.3},   {"四级", 88.2, 73.2, 116.2, 109.5},
      {"一般", 129.2, 73.2, 157.2, 109.5},
      {"其他对本行业务运营造成一定影响的网络安全事件", 183.8, 73.2, 491.6, 109.5}};
  const auto lines = page_with_tables(words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines), (std::vector<std::string>{"[本行等级][对应国家分级][判定标准]",
                                                       "[四级][一般][其他对本行业务运营造成一定影响的网络安全事件]"}));
}

// A label filling its narrow column comes within a cell's margins (0.45 em) of the next cell; the gap
// stands where the other rows' second cells start, so it parts two cells. (A Chromium print.)
TEST(PdfLayout, ALabelFillingItsColumnIsPartedWhereTheOtherRowsCellsStart) {
  const std::vector<PdfWord> words{
      {"事件级别", 117.5, 472.9, 165.5, 504.1},
      {"判定标准（符合任一项即可）", 276.1, 472.9, 432.1, 504.1},
      {"特别重大网络安全事", 87.4, 495.4, 195.4, 526.6},
      {"全国范围或多个省的基础通信网络、重要网络信息系统大", 200.8, 495.4, 500.8, 526.6},
      {"件", 87.4, 512.7, 99.4, 543.9},
      {"面积瘫痪，丧失业务处理能力；1亿以上用户个人信息泄", 200.8, 512.7, 494.5, 543.9},
      {"露；其他对国家安全、社会秩序造成特别严重威胁的事件", 200.8, 529.9, 500.8, 561.1},
      {"重大网络安全事件", 87.4, 552.4, 183.4, 583.6},
      {"多个省大范围或本省全省性网络中断、瘫痪；1千万以上1", 200.8, 552.4, 500.1, 583.6},
      {"亿以下用户数据泄露；其他对国家安全造成严重威胁的事", 200.8, 569.7, 500.8, 600.9},
      {"件", 200.8, 586.9, 212.8, 618.1},
      {"较大网络安全事件", 87.4, 609.4, 183.4, 640.6},
      {"本省大范围或1个以上地市全市性网络中断；100万以上1千", 200.8, 609.4, 507.1, 640.6},
      {"万以下用户数据泄露；其他对社会秩序造成较严重影响的", 200.8, 626.7, 500.8, 657.9},
      {"事件", 200.8, 643.9, 224.8, 675.1}};
  const auto lines = page_with_tables(words);
  ASSERT_TRUE(lines.has_value());
  const std::vector<std::string> rows = rows_of(*lines);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].substr(0, rows[1].find("][") + 2), "[特别重大网络安全事件][");
  EXPECT_EQ(rows[3].substr(0, rows[3].find("][") + 2), "[较大网络安全事件][");
}

// Narrow label columns ("特别/重大/事件", "P1") are full to their width on every line, as columns of prose
// are; a table whose narrow columns stand beside a wide one is still a table.
TEST(PdfLayout, NarrowLabelColumnsBesideAWideOneAreNoProse) {
  const std::vector<PdfWord> words{
      {"事件", 93.7, 502.2, 117.7, 533.4},   {"内部", 131.6, 502.2, 155.6, 533.4},
      {"判定标准（满足任一条件即可）", 259.9, 511.2, 427.9, 542.4},
      {"级别", 93.7, 519.4, 117.7, 550.6},   {"代号", 131.6, 519.4, 155.6, 550.6},
      {"特别", 88.2, 543.4, 112.2, 574.6},
      {"两个以上地域的管控面或核心网络中断，导致全国范围大量租户业", 164.0, 543.4, 512.0, 574.6},
      {"重大", 88.2, 560.7, 112.2, 591.9},   {"P1", 130.0, 560.7, 144.3, 591.9},
      {"务无法正常访问；或1亿以上用户个人信息泄露；或其他对国家安", 164.0, 560.7, 505.6, 591.9},
      {"事件", 88.2, 577.9, 112.2, 609.1},
      {"全、社会秩序造成特别严重影响的事件", 164.0, 577.9, 368.0, 609.1},
      {"重大", 88.2, 610.9, 112.2, 642.1},   {"P2", 130.0, 619.2, 144.3, 650.4},
      {"一个地域整体不可用，导致多个省大量互联网用户无法正常访问托", 164.0, 601.9, 512.0, 633.1},
      {"管业务；或1000万以上用户个人信息泄露；或大规模租户主机被植", 164.0, 619.2, 513.7, 650.4},
      {"事件", 88.2, 628.2, 112.2, 659.4},   {"入恶意程序", 164.0, 636.4, 224.0, 667.6}};
  const auto lines = page_with_tables(words);
  ASSERT_TRUE(lines.has_value());
  const std::vector<std::string> rows = rows_of(*lines);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], "[事件级别][内部代号][判定标准（满足任一条件即可）]");
  EXPECT_EQ(rows[1].substr(0, rows[1].find("]", rows[1].find("][") + 2) + 1), "[特别重大事件][P1]");
  EXPECT_EQ(rows[2].substr(0, rows[2].find("]", rows[2].find("][") + 2) + 1), "[重大事件][P2]");
}

// Rows of two-line labels in a narrow column ("特别重大网/络安全事件") whose every line reaches the column's
// edge, beside criteria that fill theirs: a row starts where the label's line stands farther below the one
// above than the column's lines do within a cell (the cells' margins between rows). (A Chromium print.)
TEST(PdfLayout, ARowStartsWhereTheLabelStandsFartherBelowThanItsLines) {
  const std::vector<PdfWord> words{
      {"事件级别", 97.2, 22.2, 145.2, 53.4},   {"判定标准", 318.4, 22.2, 366.4, 53.4},
      {"特别重大网", 88.2, 46.2, 148.2, 77.4},
      {"省会国际机场离港控制系统或AOC运行管理系统全面瘫痪，持续4小", 161.0, 46.2, 517.4, 77.4},
      {"络安全事件", 88.2, 63.4, 148.2, 94.6},
      {"时以上，造成大面积航班延误；或旅客个人信息泄露100万人以上", 161.0, 63.4, 504.0, 94.6},
      {"重大网络安", 88.2, 87.4, 148.2, 118.6},
      {"省会国际机场离港、航显、行李或安检信息系统之一中断2小时以", 161.0, 87.4, 503.7, 118.6},
      {"全事件", 88.2, 104.7, 124.2, 135.9},
      {"上；或旅客个人信息泄露10万人以上", 161.0, 104.7, 353.3, 135.9},
      {"较大网络安", 88.2, 128.7, 148.2, 159.9},
      {"核心系统中断30分钟以上，或支线机场核心系统中断2小时以上；或", 161.0, 128.7, 517.0, 159.9},
      {"全事件", 88.2, 145.9, 124.2, 177.1},
      {"旅客个人信息泄露1万人以上", 161.0, 145.9, 310.6, 177.1}};
  const auto lines = page_with_tables(words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines),
            (std::vector<std::string>{
                "[事件级别][判定标准]",
                "[特别重大网络安全事件][省会国际机场离港控制系统或AOC运行管理系统全面瘫痪，持续4小时以上，造成大面积航班延误；或旅客个人信息泄露100万人以上]",
                "[重大网络安全事件][省会国际机场离港、航显、行李或安检信息系统之一中断2小时以上；或旅客个人信息泄露10万人以上]",
                "[较大网络安全事件][核心系统中断30分钟以上，或支线机场核心系统中断2小时以上；或旅客个人信息泄露1万人以上]"}));
}

TEST(PdfLayout, TheWordsOfALineAreReadLeftToRightWhateverTheirOrder) {
  Page page = grading_table();
  std::reverse(page.words.begin(), page.words.end());
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines)[3].substr(0, 14), "[特别重大]");
}

// Word's vertical centring: a short cell stands on the middle line of its row (or between two lines), the
// long cell's first lines above it.
TEST(PdfLayout, CellsSetInTheMiddleOfTheirRowsAreRead) {
  Page page;
  page.line({{kLevel, "级别"}, {kCriteria, "情形"}, {kResponse, "响应"}})
      .line({{kCriteria, "核心业务系统中断运行超过24小时，或者10万条"}})
      .line({{kLevel, "特别重大"}, {kCriteria, "以上客户个人信息泄露，或者造成直接经济损失"}, {kResponse, "Ⅰ级"}})
      .line({{kCriteria, "1000万元以上。"}})
      .line({{kCriteria, "核心业务系统中断运行超过6小时，或者1万条以"}})
      .line({{kLevel, "重大"}, {kResponse, "Ⅱ级"}})
      .line({{kCriteria, "上客户个人信息泄露。"}})
      .line({{kLevel, "一般"}, {kCriteria, "除上述情形外的事件。"}, {kResponse, "Ⅳ级"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines),
            (std::vector<std::string>{
                "[级别][情形][响应]",
                "[特别重大][核心业务系统中断运行超过24小时，或者10万条以上客户个人信息泄露，或者造成直接经济损失1000万元以上。][Ⅰ级]",
                "[重大][核心业务系统中断运行超过6小时，或者1万条以上客户个人信息泄露。][Ⅱ级]", "[一般][除上述情形外的事件。][Ⅳ级]"}));
}

TEST(PdfLayout, ALineAfterTheTableInOneColumnIsNoRow) {
  // A note under the table within the criteria column, and a short line within the level column.
  Page page = grading_table();
  page.line({{kCriteria + 20, "注：经济损失按直接损失计。"}}).line({{80, "附则"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  const std::vector<std::string> rows = rows_of(*lines);
  ASSERT_EQ(rows.size(), 8u);
  EXPECT_EQ(rows[6], "注：经济损失按直接损失计。");
  EXPECT_EQ(rows[7], "附则");
}

// Headings right under the table, within its first column: set larger than its cells, they are no row
// (the second, wide enough to fill that column, had kept the first in the table as a wrapped cell).
TEST(PdfLayout, HeadingsSetLargerUnderTheTableAreNoRows) {
  Page page = grading_table();
  const auto heading = [&page](const std::string& text, double size) {
    const double width = size * static_cast<double>(text.size() / 3);  // Han characters only
    page.words.push_back(PdfWord{text, kLevel, page.y, kLevel + width, page.y + size, false});
    page.y += size * 1.7;
  };
  heading("四、预警", 16);
  heading("（一）分级", 12.6);
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  const std::vector<std::string> rows = rows_of(*lines);
  const auto tail = static_cast<std::ptrdiff_t>(std::min<std::size_t>(3, rows.size()));
  const std::vector<std::string> last(rows.end() - tail, rows.end());
  EXPECT_EQ(last, (std::vector<std::string>{"[一般][除上述情形外的事件。][Ⅳ级][办公室主任]", "四、预警", "（一）分级"}));
}

TEST(PdfLayout, AFirstColumnWrappedAtItsWidthGoesOnInTheSameRow) {
  Page page;
  page.line({{72, "小组"}, {160, "职责"}})
      .line({{72, "网络安全应急领"}, {160, "统筹协调全行网络安全事件应急处置。"}})
      .line({{72, "导小组"}})
      .line({{72, "办公室"}, {160, "承担领导小组日常工作。"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines), (std::vector<std::string>{"[小组][职责]", "[网络安全应急领导小组][统筹协调全行网络安全事件应急处置。]",
                                                       "[办公室][承担领导小组日常工作。]"}));
}

TEST(PdfLayout, ACellOfTwoParagraphsStaysInItsRow) {
  Page page;
  page.line({{72, "级别"}, {160, "情形"}})
      .line({{72, "重大"}, {160, "1.核心系统中断6小时；"}})
      .line({{160, "2.重要数据泄露。"}})
      .line({{72, "较大"}, {160, "重要系统中断2小时。"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines),
            (std::vector<std::string>{"[级别][情形]", "[重大][1.核心系统中断6小时；2.重要数据泄露。]", "[较大][重要系统中断2小时。]"}));
}

// Cells split into paragraphs at each "；" in a table set from the top are not mistaken for centred ones.
TEST(PdfLayout, RowsOfCellsInParagraphsSetFromTheTop) {
  Page page;
  page.line({{kLevel, "级别"}, {kCriteria, "判定标准"}, {kResponse, "响应"}})
      .line({{kLevel, "特别重大"}, {kCriteria, "核心系统全部中断4小时以上；"}, {kResponse, "Ⅰ级"}})
      .line({{kCriteria, "或泄露100万条以上客户个人信息；"}})
      .line({{kCriteria, "或造成直接资金损失5000万元以上"}})
      .line({{kLevel, "重大"}, {kCriteria, "核心系统中断1小时以上；"}, {kResponse, "Ⅱ级"}})
      .line({{kCriteria, "或泄露10万条以上客户个人信息"}})
      .line({{kLevel, "一般"}, {kCriteria, "除上述情形外的事件"}, {kResponse, "Ⅳ级"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines), (std::vector<std::string>{
                                 "[级别][判定标准][响应]",
                                 "[特别重大][核心系统全部中断4小时以上；或泄露100万条以上客户个人信息；或造成直接资金损失5000万元以上][Ⅰ级]",
                                 "[重大][核心系统中断1小时以上；或泄露10万条以上客户个人信息][Ⅱ级]", "[一般][除上述情形外的事件][Ⅳ级]"}));
}

TEST(PdfLayout, ALineAcrossTheColumnsEndsTheTable) {
  Page page;
  page.line({{72, "姓名"}, {160, "电话"}})
      .line({{72, "张三"}, {160, "13800000000"}})
      .line({{72, "以上人员应二十四小时保持通信畅通，遇有变动及时报告办公室。"}});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines), (std::vector<std::string>{"[姓名][电话]", "[张三][13800000000]",
                                                       "以上人员应二十四小时保持通信畅通，遇有变动及时报告办公室。"}));
}

TEST(PdfLayout, TextWithoutATableIsLeftToPopplersReadingOrder) {
  Page prose;
  prose.line({{93, "一、总则"}}).line({{93, "为规范网络安全事件应急工作，制定本预案。"}});
  EXPECT_FALSE(page_with_tables(prose.words).has_value());
  // One line of two parts (a signature, a heading letter-spaced) is no table.
  Page one;
  one.line({{72, "组长：张三"}, {300, "电话：12345"}}).line({{72, "本预案自印发之日起施行，由办公室负责解释。"}});
  EXPECT_FALSE(page_with_tables(one.words).has_value());
  // Rows far apart are no table.
  Page apart;
  apart.line({{72, "甲"}, {300, "乙"}}).gap(40).line({{72, "丙"}, {300, "丁"}});
  EXPECT_FALSE(page_with_tables(apart.words).has_value());
  EXPECT_FALSE(page_with_tables({}).has_value());
  // Boxes a broken file gives (no height, sides swapped, not finite) are no words.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_FALSE(page_with_tables({PdfWord{"甲", 72, 60, 90, 60, false}, PdfWord{"乙", 90, 60, 72, 70, false},
                                 PdfWord{"丙", nan, 60, 90, 70, false}, PdfWord{"丁", 72, nan, 90, 70, false},
                                 PdfWord{"戊", 300, 60, std::numeric_limits<double>::infinity(), 70, false}})
                   .has_value());
}

TEST(PdfLayout, ListsAndArticlesWhoseNumberIsSetApartAreNoTable) {
  Page page;
  page.line({{72, "•"}, {107, "① 重要网络和信息系统遭受特别严重的系统损失。"}})
      .line({{72, "•"}, {107, "② 国家秘密信息丢失或被窃取。"}})
      .line({{93, "1."}, {120, "统一领导全院网络安全事件应急处置；"}})
      .line({{93, "2."}, {120, "决定启动和终止Ⅰ级、Ⅱ级响应；"}})
      .line({{93, "第七条"}, {146, "本行成立网络安全事件应急领导小组。"}})
      .line({{93, "第八条"}, {146, "领导小组下设应急办公室。"}});
  EXPECT_FALSE(page_with_tables(page.words).has_value());
}

TEST(PdfLayout, ATableOfContentsIsNoTable) {
  Page page;
  page.line({{72, "1 总则"}, {500, "1"}}).line({{72, "2 组织机构与职责"}, {500, "3"}}).line({{72, "3 监测与预警"}, {500, "5"}});
  // An entry whose title reaches the page numbers goes on in the next line: its cell is "5 6".
  page.line({{72, "3.1 预警分级预警分级预警分级预警分级预警分级预警分级预警分级预警分级预警分级表"}, {500, "5"}})
      .line({{72, "3.2 预警监测"}, {500, "6"}});
  EXPECT_FALSE(page_with_tables(page.words).has_value());
}

TEST(PdfLayout, TwoColumnsOfProseAreNoTable) {
  Page page;
  const std::string left = "网络安全事件应急处置工作实行统一领导分级";  // 20 characters: 210 pt, to 282
  const std::string right = "各单位应当按照本预案要求做好预防和准备工";
  for (int i = 0; i < 8; ++i) page.line({{72, left}, {300, right}});
  EXPECT_FALSE(page_with_tables(page.words).has_value());
}

TEST(PdfLayout, WordsOfOneCellCloseTogetherAreOneSegment) {
  // poppler splits a cell's text into words at spaces: "GB/T 22239-2019" in a cell is one cell.
  Page page;
  page.line({{72, "标准"}, {160, "名称"}});
  page.words.push_back(PdfWord{"GB/T", 72, page.y, 72 + width_of("GB/T"), page.y + kSize, true});
  page.words.push_back(PdfWord{"22239", 72 + width_of("GB/T") + 2.6, page.y, 72 + width_of("GB/T") + 2.6 + width_of("22239"),
                               page.y + kSize, false});
  page.words.push_back(PdfWord{"基本要求", 160, page.y, 160 + width_of("基本要求"), page.y + kSize, false});
  const auto lines = page_with_tables(page.words);
  ASSERT_TRUE(lines.has_value());
  EXPECT_EQ(rows_of(*lines), (std::vector<std::string>{"[标准][名称]", "[GB/T 22239][基本要求]"}));
}

}  // namespace
}  // namespace plancheck::office
