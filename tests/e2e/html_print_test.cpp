// The HTML report of a sample printed by headless Chromium: the PDF exists, holds the plan's Chinese title
// and the compliance matrix, and the page logged no console error (nothing fetched, nothing refused).
#include <gtest/gtest.h>

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

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
    char pattern[] = "/tmp/plancheck-html-print-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    std::error_code ignored;
    if (!dir_.empty()) fs::remove_all(dir_, ignored);
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

  std::string pdftotext_;
  std::string pdfinfo_;
  std::string dir_;
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
  EXPECT_NE(text.find("2024-05-01"), std::string::npos) << "run date from SOURCE_DATE_EPOCH";
}

}  // namespace
}  // namespace plancheck::e2e
