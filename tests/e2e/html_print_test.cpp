// The HTML report of a sample printed by headless Chromium: the PDF exists, holds the plan's Chinese title
// and the compliance matrix, and the page logged no console error (nothing fetched, nothing refused).
#include <gtest/gtest.h>

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "../support/test_folder.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;

constexpr const char* kChromium = "/usr/bin/chromium";
constexpr const char* kSample = "samples/xinzhou-plan.txt";

bool executable(const std::string& path) { return ::access(path.c_str(), X_OK) == 0; }

std::string found_on_path(const std::string& name) {
  for (const char* dir : {"/usr/bin", "/usr/local/bin", "/bin"}) {
    const std::string path = std::string(dir) + "/" + name;
    if (executable(path)) return path;
  }
  return "";
}

// The text of the page's first <h1>: the plan's title (its Chinese characters are not escaped).
std::string heading_of(const std::string& html) {
  const auto start = html.find("<h1>");
  const auto end = html.find("</h1>", start);
  if (start == std::string::npos || end == std::string::npos) return "";
  return html.substr(start + 4, end - start - 4);
}

// Runs a shell command; its standard output and error go to `log`.
int run_logged(const std::string& command, const std::string& log) {
  const int status = std::system((command + " >" + shell_quote(log) + " 2>&1").c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class HtmlPrint : public ::testing::Test {
 protected:
  void SetUp() override {
    pdftotext_ = found_on_path("pdftotext");
    pdfinfo_ = found_on_path("pdfinfo");
    if (!executable(kChromium) || pdftotext_.empty() || pdfinfo_.empty()) {
      GTEST_SKIP() << "needs " << kChromium << ", pdftotext and pdfinfo (scripts/install-deps.sh installs chromium, "
                   << "fonts-noto-cjk and poppler-utils)";
    }
  }

  std::string print_to_pdf(const std::string& html, const std::string& pdf, const std::string& log) const {
    const std::string command =
        "timeout 60 " + std::string(kChromium) +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
        " --disable-component-update --disable-sync --no-pdf-header-footer --enable-logging=stderr --v=0"
        " --user-data-dir=" + shell_quote(dir_ + "/profile") + " --print-to-pdf=" + shell_quote(pdf) + " " +
        shell_quote("file://" + html);
    const int code = run_logged(command, log);
    return code == 0 ? "" : "chromium exited with " + std::to_string(code) + ":\n" + read_whole(log);
  }

  // Prints `html` and returns its page count; `text` receives the PDF's text (pdftotext keeps page breaks
  // as form feeds).
  int print(const std::string& html, const std::string& name, std::string& text) const {
    const std::string pdf = dir_ + "/" + name + ".pdf";
    const std::string failure = print_to_pdf(html, pdf, dir_ + "/" + name + ".log");
    EXPECT_EQ(failure, "");
    if (!failure.empty()) return 0;
    const std::string info = dir_ + "/" + name + ".info";
    EXPECT_EQ(run_logged(shell_quote(pdfinfo_) + " " + shell_quote(pdf), info), 0);
    const std::string details = read_whole(info);
    const auto pages = details.find("Pages:");
    if (pages == std::string::npos) return 0;
    const std::string txt = dir_ + "/" + name + ".txt";
    EXPECT_EQ(run_logged(shell_quote(pdftotext_) + " " + shell_quote(pdf) + " " + shell_quote(txt), info + ".log"), 0);
    text = read_whole(txt);
    return std::stoi(details.substr(pages + 6));
  }

  std::string pdftotext_;
  std::string pdfinfo_;
  plancheck::testing::TestFolder folder_{"plancheck-html-print"};
  const std::string dir_ = folder_.path().string();
};

TEST_F(HtmlPrint, SampleReportPrintsToPdfWithItsChineseText) {
  ::setenv("SOURCE_DATE_EPOCH", "1714521600", 1);
  const std::string html = dir_ + "/report.html";
  const Outcome rendered = run_with_data("check", {"--format", "html", "--output", html, kSample});
  ASSERT_TRUE(rendered.code == 0 || rendered.code == 1) << rendered.err;
  const std::string title = heading_of(read_whole(html));
  ASSERT_FALSE(title.empty()) << "the report names the plan in its <h1>";

  const std::string pdf = dir_ + "/report.pdf";
  const std::string log = dir_ + "/chromium.log";
  const std::string failure = print_to_pdf(html, pdf, log);
  ASSERT_EQ(failure, "");
  ASSERT_TRUE(fs::exists(pdf) && fs::file_size(pdf) > 0) << read_whole(log);

  const std::string console = read_whole(log);
  for (const char* bad : {"Uncaught", "ERROR:CONSOLE", ":CONSOLE(", "Refused to", "Content Security Policy",
                          "net::ERR_"}) {
    EXPECT_EQ(console.find(bad), std::string::npos) << bad << " in:\n" << console;
  }

  ASSERT_EQ(run_logged(shell_quote(pdfinfo_) + " " + shell_quote(pdf), dir_ + "/info.txt"), 0);
  const std::string info = read_whole(dir_ + "/info.txt");
  const auto pages = info.find("Pages:");
  ASSERT_NE(pages, std::string::npos) << info;
  EXPECT_GE(std::stoi(info.substr(pages + 6)), 1);

  ASSERT_EQ(run_logged(shell_quote(pdftotext_) + " " + shell_quote(pdf) + " " + shell_quote(dir_ + "/r.txt"),
                       dir_ + "/pdftotext.log"),
            0);
  const std::string text = read_whole(dir_ + "/r.txt");
  EXPECT_NE(text.find(title), std::string::npos) << "title " << title << " not in the PDF text:\n" << text.substr(0, 2000);
  EXPECT_NE(text.find("合规对照表"), std::string::npos);
  // The organisation part: the chart's caption and legend (SVG text) and the responsibility matrix.
  EXPECT_NE(text.find("组织机构图"), std::string::npos);
  EXPECT_NE(text.find("已设立的机构"), std::string::npos);
  EXPECT_NE(text.find("职责矩阵"), std::string::npos);
  EXPECT_NE(text.find("2024-05-01"), std::string::npos) << "run date from SOURCE_DATE_EPOCH";
}

// Splits pdftotext output into its pages.
std::vector<std::string> pages_of(const std::string& text) {
  std::vector<std::string> pages(1);
  for (char c : text) {
    if (c == '\f') {
      pages.emplace_back();
    } else {
      pages.back() += c;
    }
  }
  if (pages.back().empty()) pages.pop_back();
  return pages;
}

// Issue 11.18: every printed page carries "n / total" in its bottom margin.
TEST_F(HtmlPrint, PrintedPagesAreNumbered) {
  const std::string html = dir_ + "/numbered.html";
  const Outcome rendered = run_with_data("check", {"--format", "html", "--output", html, kSample});
  ASSERT_TRUE(rendered.code == 0 || rendered.code == 1) << rendered.err;
  std::string text;
  const int count = print(html, "numbered", text);
  ASSERT_GE(count, 3) << "cover, matrix, findings";
  const std::vector<std::string> pages = pages_of(text);
  ASSERT_EQ(static_cast<int>(pages.size()), count);
  for (int n = 1; n <= count; ++n) {
    const std::string number = std::to_string(n) + " / " + std::to_string(count);
    EXPECT_NE(pages[static_cast<std::size_t>(n - 1)].find(number), std::string::npos)
        << "page " << n << " lacks " << number << ":\n" << pages[static_cast<std::size_t>(n - 1)].substr(0, 1500);
  }
}

// Issue 11.18: a report on several plans opens with its own cover and contents; --html-findings-only
// prints a shorter report than the full one.
TEST_F(HtmlPrint, SeveralPlansOpenWithContentsAndTheShortReportIsShorter) {
  const std::string html = dir_ + "/two.html";
  const Outcome rendered =
      run_with_data("check", {"--format", "html", "--output", html, kSample, "samples/chongqing-plan.md"});
  ASSERT_TRUE(rendered.code == 0 || rendered.code == 1) << rendered.err;
  std::string text;
  const int full = print(html, "two", text);
  ASSERT_GE(full, 4);
  const std::string first = pages_of(text).front();
  EXPECT_NE(first.find("目录"), std::string::npos) << first;
  EXPECT_NE(first.find("共 2 个预案"), std::string::npos) << first;
  EXPECT_NE(first.find("忻州经济开发区"), std::string::npos) << first;  // the plans' titles, listed
  EXPECT_NE(first.find("重庆市地方金融"), std::string::npos) << first;

  const std::string short_html = dir_ + "/short.html";
  const Outcome short_run = run_with_data(
      "check", {"--format", "html", "--html-findings-only", "--output", short_html, kSample, "samples/chongqing-plan.md"});
  ASSERT_TRUE(short_run.code == 0 || short_run.code == 1) << short_run.err;
  std::string short_text;
  const int pages = print(short_html, "short", short_text);
  EXPECT_GE(pages, 2);
  EXPECT_LT(pages, full);
  EXPECT_NE(text.find("附录：预案结构"), std::string::npos);
  EXPECT_EQ(short_text.find("附录：预案结构"), std::string::npos) << "no outline in the short report";
}

// Issue 15.4: the review form of every sample prints; the PDF holds, for each plan in order, 形式评审,
// 要素评审 and the ticked conclusion the review-csv report gives it, each form on pages of its own.
TEST_F(HtmlPrint, ReviewFormOfEachSamplePrintsBothTablesAndItsConclusion) {
  const std::vector<std::string> samples = {"samples/chongqing-plan.md", "samples/compliant-plan-2025.xml",
                                            "samples/compliant-plan.xml", "samples/miit-plan.xml",
                                            "samples/national-plan.md", kSample};
  const std::string html = dir_ + "/review.html";
  const std::string csv = dir_ + "/review.csv";
  std::vector<std::string> args = {"--format", "review", "--output", html, "--report", "review-csv:" + csv};
  args.insert(args.end(), samples.begin(), samples.end());
  const Outcome rendered = run_with_data("check", args);
  ASSERT_TRUE(rendered.code == 0 || rendered.code == 1) << rendered.err;
  // Each plan's conclusion, from its first CSV row (every row of a plan carries it).
  std::vector<std::string> conclusions;
  std::string last_path;
  std::istringstream rows(read_whole(csv));
  std::string row;
  std::getline(rows, row);  // header
  while (std::getline(rows, row)) {
    const std::string path = row.substr(0, row.find(','));
    if (path == last_path) continue;
    last_path = path;
    conclusions.push_back(row.substr(row.rfind(',') + 1, row.size() - row.rfind(',') - 2));  // without the CR
  }
  ASSERT_EQ(conclusions.size(), samples.size()) << read_whole(csv);

  std::string text;
  const int pages = print(html, "review", text);
  ASSERT_GE(pages, static_cast<int>(samples.size()));
  std::string flat;  // without the spaces and line breaks pdftotext puts between words and table cells
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\f') flat += c;
  }
  std::size_t at = 0;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const std::size_t formal = flat.find("形式评审", at);
    ASSERT_NE(formal, std::string::npos) << samples[i];
    const std::size_t elements = flat.find("要素评审", formal);
    ASSERT_NE(elements, std::string::npos) << samples[i];
    const std::size_t ticked = flat.find("■" + conclusions[i], elements);
    ASSERT_NE(ticked, std::string::npos) << samples[i] << ": ■" << conclusions[i];
    at = ticked;
  }
  EXPECT_EQ(flat.find("形式评审", at), std::string::npos) << "one form per plan";
}

}  // namespace
}  // namespace plancheck::e2e
