#include "office/pdf_reader.hpp"

#include <gtest/gtest.h>

#include "office_test_support.hpp"
#include "../../support/pdf_builder.hpp"

namespace plancheck::office {
namespace {

using namespace testing;

TEST(PdfReader, TextPerPageWithRunningHeadersFootersAndPageNumbersDropped) {
  const std::vector<std::string> titles = {"Chapter 1 General", "Chapter 2 Bodies", "Chapter 3 Warning", "Chapter 4 Response"};
  const std::vector<std::string> bodies = {"This plan applies to all units.", "The office is on duty.",
                                           "Warnings are red, orange, yellow, blue.", "Body text of page 3 ends here."};
  std::vector<std::vector<std::string>> pages;
  for (std::size_t i = 0; i < 4; ++i) {
    pages.push_back({"ACME internal, do not copy", titles[i], i == 3 ? "Drills are held each year." : bodies[i],
                     i == 3 ? bodies[3] : i == 2 ? "Levels are four." : "See the annex.",
                     "- " + std::to_string(i + 1) + " -"});
  }
  const Document d = read_ok(make_pdf(pages), "plan.pdf");
  const std::string text = all_text(d);
  EXPECT_EQ(text.find("ACME internal"), std::string::npos) << text;
  EXPECT_EQ(text.find("- 2 -"), std::string::npos) << text;
  EXPECT_NE(text.find("Body text of page 3 ends here."), std::string::npos) << text;
  EXPECT_NE(text.find("See the annex."), std::string::npos) << "a line on two pages of four is text" << text;
  EXPECT_EQ(d.format, InputFormat::Pdf);
  // Line 1 of the extracted text is page 1, line 2 (the header was line 1).
  EXPECT_EQ(d.place_of(1).page, 1);
  EXPECT_EQ(d.place_of(1).page_line, 2);
  EXPECT_EQ(d.place_of(5).page, 2);
  EXPECT_EQ(d.place_of(5).page_line, 3);
}

// A PDF's lines are as the page set them: the width they were wrapped at says where a paragraph goes on and
// where a short line stands as a heading of its own.
TEST(PdfReader, ANumberCutAtItsHyphenKeepsIt) {
  // poppler's reading order would read "GB/Z 209862007" and "0839 12345678".
  const Document d = read_ok(make_pdf({{"1. General", "Standard GB/Z 20986-", "2007 applies. Call 0839-", "1234567 or",
                                        "write.", "- 1 -"}}),
                             "plan.pdf");
  const std::string text = all_text(d);
  EXPECT_NE(text.find("GB/Z 20986-\n2007 applies"), std::string::npos) << text;
  EXPECT_NE(text.find("0839-\n1234567"), std::string::npos) << text;
  ASSERT_EQ(d.sections.size(), 1u);
  ASSERT_FALSE(d.sections[0].blocks.empty());
  EXPECT_EQ(d.sections[0].blocks[0].text, "Standard GB/Z 20986-2007 applies. Call 0839-1234567 or write.");
}

TEST(PdfReader, HyphensAreRestoredWhereTheLinesEndedInThem) {
  const std::string physical = "    一、总则\n  依据《指南》（GB/Z 20986-\n2007）等规定，自2024-01-\n01起施行。\n\n       - 1 -\n";
  EXPECT_EQ(with_line_end_hyphens("一、总则\n依据《指南》（GB/Z 209862007）等规定，自2024-0101起施行。\n- 1 -\n", physical),
            "一、总则\n依据《指南》（GB/Z 20986-\n2007）等规定，自2024-01-\n01起施行。\n- 1 -\n");
  // Nothing was joined, or the join is not found where the lines say: the text stays as it is.
  EXPECT_EQ(with_line_end_hyphens("a-\nb\n", "a-\nb\n"), "a-\nb\n");
  EXPECT_EQ(with_line_end_hyphens("甲乙\n", "x-\ny\n"), "甲乙\n");
  EXPECT_EQ(with_line_end_hyphens("- 1 -\n", "- 1 -\n"), "- 1 -\n");
  // A page of lines that end in '-' and are nowhere in the reading order: the searches stop within a few
  // readings of the page (unbounded, these 200,000 lines would each have read the 300 KB: 60 GB).
  std::string many;
  for (int i = 0; i < 200000; ++i) many += "a" + std::to_string(i) + "-\n";
  const std::string reading(300000, 'x');
  EXPECT_EQ(with_line_end_hyphens(reading, many), reading);
  // As many that are found: each is put back without moving the rest of the page.
  std::string joined_page;
  std::string lines_of_page;
  for (int i = 0; i < 100000; ++i) {
    joined_page += "a1b2";
    lines_of_page += "a1-\nb2\n";
  }
  std::string restored;
  for (int i = 0; i < 100000; ++i) restored += "a1-\nb2";
  EXPECT_EQ(with_line_end_hyphens(joined_page, lines_of_page), restored);
}

TEST(PdfReader, WrappedLinesJoinAsTheirWidthTells) {
  const std::string line = std::string(39, 'x') + ".";  // a paragraph of one line at the width of the page
  std::vector<std::string> page = {"1. General"};
  for (int i = 0; i < 8; ++i) page.push_back(line);
  page.push_back("Warnings have four levels, shown from the top:");
  page.back().resize(40);  // ends at the width on the colon
  page.back().back() = ':';
  page.insert(page.end(), {"red, orange, yellow and blue.", "Level IV response", "The office starts it and reports it."});
  const Document d = read_ok(make_pdf({page}), "plan.pdf");
  EXPECT_EQ(outline(d), (std::vector<std::string>{"1 1. General", "2 Level IV response"}));
  ASSERT_EQ(d.sections.size(), 1u);
  ASSERT_FALSE(d.sections[0].blocks.empty());
  // One block: the colon at the width does not end it (the join adds a space only between two words).
  EXPECT_EQ(d.sections[0].blocks.back().text, page[9] + "red, orange, yellow and blue.");
  ASSERT_EQ(d.sections[0].children.size(), 1u);
  ASSERT_EQ(d.sections[0].children[0].blocks.size(), 1u);
  EXPECT_EQ(d.sections[0].children[0].blocks[0].text, "The office starts it and reports it.");
}

// A Word table exported to PDF: each cell's lines at its column, wrapped inside the cell.
TEST(PdfReader, ATablesRowsAreRowsWithTheirCells) {
  const auto row = [](double y, std::vector<std::pair<double, std::string>> cells) {
    std::vector<PlacedText> out;
    for (auto& [x, text] : cells) out.push_back(PlacedText{x, y, text});
    return out;
  };
  std::vector<PlacedText> page = {{72, 760, "一、事件分级"}, {93, 742, "事件分为四级，见下表。"}};
  for (const auto& r : {row(724, {{76, "级别"}, {146, "判定标准"}, {376, "启动人"}}),
                        row(706, {{76, "特别重大"}, {146, "核心业务系统中断运行超过24小时，或者10万条"}, {376, "领导小组组长"}}),
                        row(688, {{146, "以上客户个人信息泄露。"}}),
                        row(670, {{76, "重大"}, {146, "核心业务系统中断运行超过6小时。"}, {376, "领导小组组长"}}),
                        row(640, {{72, "二、预警"}})}) {
    page.insert(page.end(), r.begin(), r.end());
  }
  const Document d = read_ok(make_placed_pdf({page}), "plan.pdf");
  ASSERT_EQ(d.sections.size(), 2u) << all_text(d);
  std::vector<std::string> rows;
  for (const Block& b : d.sections[0].blocks) {
    if (b.kind == BlockKind::TableRow) rows.push_back(b.text);
  }
  EXPECT_EQ(rows, (std::vector<std::string>{"级别 | 判定标准 | 启动人",
                                            "特别重大 | 核心业务系统中断运行超过24小时，或者10万条以上客户个人信息泄露。 | 领导小组组长",
                                            "重大 | 核心业务系统中断运行超过6小时。 | 领导小组组长"}));
  EXPECT_EQ(d.sections[1].title, "预警");
}

TEST(PdfReader, ScannedPdfNeedsOcr) {
  const ToolError e = read_error(make_pdf({{}, {}, {}}), "scan.pdf");
  EXPECT_NE(e.message.text(Lang::En).find("OCR"), std::string::npos) << e.message.text(Lang::En);
  EXPECT_NE(e.message.text(Lang::En).find("3 pages"), std::string::npos) << e.message.text(Lang::En);
  EXPECT_NE(read_error(make_pdf({{}}), "scan.pdf").message.text(Lang::Zh).find("OCR"), std::string::npos);
}

TEST(PdfReader, DamagedPdfIsAnError) {
  const ToolError e = read_error("%PDF-1.4\n1 0 obj << garbage", "broken.pdf");
  EXPECT_EQ(e.kind, ErrorKind::Syntax);
  EXPECT_NE(e.message.text(Lang::En).find("damaged"), std::string::npos) << e.message.text(Lang::En);
}

}  // namespace
}  // namespace plancheck::office
