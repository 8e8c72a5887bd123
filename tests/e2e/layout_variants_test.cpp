// The same plan as real exports write it gets the same results: in traditional characters, hard-wrapped at
// a page's width, with its numbered sub-headings' numbers lost or turned into bullets (Word's automatic
// numbering does not survive every export), as a Word file whose every line is a paragraph (a PDF
// converted to Word, text pasted into it), and as a PDF of wrapped lines with page numbers at the foot, the
// last two with or without those numbers, and as Markdown whose every line is a paragraph. Every seed and realistic plan in
// plain text is checked as written and in each rewriting, through the binary, and every rule must end the
// same way.
#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "../support/pdf_builder.hpp"
#include "../support/test_folder.hpp"
#include "../support/zip_writer.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// The lines of `text`, without their line breaks.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

std::string traditional(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> to_traditional(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  if (!U_SUCCESS(status)) return text;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  to_traditional->transliterate(u);
  std::string out;
  return u.toUTF8String(out);
}

// Every line cut into lines of at most `columns` as a page sets them: a character beyond ASCII two
// columns, ASCII one.
std::string wrapped(const std::string& text, int columns) {
  std::vector<std::string> out;
  for (const std::string& line : lines_of(text)) {
    std::string piece;
    int used = 0;
    for (std::size_t i = 0; i < line.size();) {
      const auto lead = static_cast<unsigned char>(line[i]);
      const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      const int w = lead < 0x80 ? 1 : 2;
      if (used + w > columns) {
        out.push_back(piece);
        piece.clear();
        used = 0;
      }
      piece.append(line, i, n);
      used += w;
      i += n;
    }
    out.push_back(piece);
  }
  return joined(out);
}

// Each sub-heading numbered （一） … （十） with its number dropped, or put after `bullet`.
std::string renumbered(const std::string& text, const std::string& bullet) {
  // Alternatives, not brackets: std::regex reads UTF-8 a byte at a time.
  static const std::regex kNumber("^\\s*(（|\\()(一|二|三|四|五|六|七|八|九|十)+(）|\\))\\s*");
  std::vector<std::string> out;
  for (const std::string& line : lines_of(text)) {
    std::smatch m;
    out.push_back(std::regex_search(line, m, kNumber) ? bullet + m.suffix().str() : line);
  }
  return joined(out);
}

std::string xml_escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

// The lines of `text` as a word processor would hold them: a YAML header left out (its title in `title`),
// "**…**" and "# …" lines unmarked (and `bold`), blank lines and "- N -" page lines gone.
struct PlainLine {
  std::string text;
  bool bold = false;
};

std::vector<PlainLine> plain_lines(const std::string& text, std::string& title) {
  static const std::regex kBold("^\\s*(?:\\*\\*(.+)\\*\\*|#+\\s+(.+))\\s*$");
  static const std::regex kYamlTitle("^title:\\s*\"?([^\"]*)\"?\\s*$");
  static const std::regex kPageLine("^\\s*-\\s*[0-9]+\\s*-\\s*$");
  std::vector<std::string> lines = lines_of(text);
  if (!lines.empty() && lines[0] == "---") {
    const auto end = std::find(lines.begin() + 1, lines.end(), "---");
    for (auto it = lines.begin() + 1; it != end; ++it) {
      std::smatch m;
      if (std::regex_match(*it, m, kYamlTitle)) title = m[1].str();
    }
    lines.erase(lines.begin(), end == lines.end() ? end : end + 1);
  }
  std::vector<PlainLine> out;
  for (const std::string& line : lines) {
    if (line.find_first_not_of(" \t\r") == std::string::npos || std::regex_match(line, kPageLine)) continue;
    std::smatch m;
    if (std::regex_match(line, m, kBold)) {
      out.push_back({m[1].matched ? m[1].str() : m[2].str(), true});
    } else {
      out.push_back({line, false});
    }
  }
  return out;
}

// A Word file of `text`: each line a paragraph, a bold one where the line was marked so, the YAML header's
// title the document's title property, as Word keeps it.
std::string word_document(const std::string& text) {
  std::string title;
  std::string body;
  for (const PlainLine& line : plain_lines(text, title)) {
    body += std::string("<w:p><w:r>") + (line.bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" +
            xml_escaped(line.text) + "</w:t></w:r></w:p>";
  }
  office::testing::Parts parts = {
      {"[Content_Types].xml", "<Types/>"},
      {"word/document.xml",
       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body +
           "</w:body></w:document>"}};
  if (!title.empty()) {
    parts.emplace_back("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                                            "<dc:title>" + xml_escaped(title) + "</dc:title></cp:coreProperties>");
  }
  return office::testing::make_zip(parts);
}

// Markdown of `text` with every line a paragraph (a page's lines converted to Markdown), "**…**" kept.
std::string markdown_paragraphs(const std::string& text) {
  std::string title;
  std::string out;
  for (const PlainLine& line : plain_lines(text, title)) out += (line.bold ? "**" + line.text + "**" : line.text) + "\n\n";
  return out;
}

// A PDF of `text` as a page sets it: lines wrapped at 76 columns, 45 to a page, "- N -" at each page's foot.
std::string pdf_document(const std::string& text) {
  constexpr std::size_t kLinesPerPage = 45;
  std::string title;
  std::string unmarked;
  for (const PlainLine& line : plain_lines(text, title)) unmarked += line.text + "\n";
  std::vector<std::vector<std::string>> pages;
  for (const std::string& line : lines_of(wrapped(unmarked, 76))) {
    if (pages.empty() || pages.back().size() == kLinesPerPage) pages.emplace_back();
    pages.back().push_back(line);
  }
  for (std::size_t i = 0; i < pages.size(); ++i) pages[i].push_back("- " + std::to_string(i + 1) + " -");
  return office::testing::make_pdf(pages, office::testing::PdfText::Unicode);
}

class LayoutVariants : public ::testing::Test {
 protected:
  // Each rule's status for every plan of the folder, keyed by file name.
  std::map<std::string, std::map<std::string, std::string>> statuses() {
    const fs::path report = root_ / "report.json";
    const Outcome run = run_with_data("check", {(root_ / "plans").string(), "--format", "json", "-o", report.string(),
                                                "--fail-on", "never", "--quiet"});
    EXPECT_EQ(run.code, 0) << run.err;
    const Json j = Json::parse(read_whole(report.string()), nullptr, false);
    std::map<std::string, std::map<std::string, std::string>> out;
    if (j.is_discarded()) {
      ADD_FAILURE() << "no JSON report: " << run.err;
      return out;
    }
    for (const Json& p : j["plans"]) {
      auto& rules = out[fs::path(p["path"].get<std::string>()).filename().string()];
      for (const Json& r : p["results"]) rules[r["rule"].get<std::string>()] = r["status"].get<std::string>();
    }
    return out;
  }

  plancheck::testing::TestFolder folder_{"plancheck-variants"};
  const fs::path root_ = folder_.path();
};

TEST_F(LayoutVariants, EveryRuleEndsAsForThePlanAsWritten) {
  fs::create_directories(root_ / "plans");
  std::vector<std::string> originals;
  for (const char* dir : {"seeds", "realistic"}) {
    for (const auto& e : fs::directory_iterator(fs::path(PLANCHECK_TEST_DATA) / dir)) {
      const std::string name = e.path().filename().string();
      const bool markdown = e.path().extension() == ".md";
      if ((e.path().extension() != ".txt" && !markdown) || name == "README.md" || name.find("gb18030") != std::string::npos) {
        continue;
      }
      const std::string text = read_whole(e.path().string());
      const std::string stem = e.path().stem().string();
      const auto write = [&](const std::string& variant, const std::string& body, std::string ext = "") {
        if (ext.empty()) ext = e.path().extension().string();
        std::ofstream(root_ / "plans" / (stem + "." + variant + ext), std::ios::binary) << body;
      };
      write("as-written", text);
      write("traditional", traditional(text));
      if (!markdown) {  // Markdown is not hard-wrapped by the tools that write it, nor numbered by hand
        write("wrapped-60", wrapped(text, 60));
        write("wrapped-76", wrapped(text, 76));
        write("numbers-lost", renumbered(text, ""));
        write("bullets", renumbered(text, "• "));
        write("word", word_document(text), ".docx");
        write("word-numbers-lost", word_document(renumbered(text, "")), ".docx");
        write("pdf", pdf_document(text), ".pdf");
        write("pdf-numbers-lost", pdf_document(renumbered(text, "")), ".pdf");
        write("markdown-paragraphs", markdown_paragraphs(text), ".md");
      }
      originals.push_back(stem + ".as-written" + e.path().extension().string());
    }
  }
  ASSERT_GE(originals.size(), 12u);
  const auto all = statuses();
  std::size_t variants = 0;
  for (const auto& [name, rules] : all) {
    const std::string stem = name.substr(0, name.find('.'));
    const auto original = all.lower_bound(stem + ".as-written.");  // .txt or .md
    ASSERT_TRUE(original != all.end() && original->first.rfind(stem + ".as-written.", 0) == 0) << name;
    if (original->first == name) continue;
    ++variants;
    std::string differences;
    for (const auto& [rule, status] : original->second) {
      const auto it = rules.find(rule);
      const std::string now = it == rules.end() ? "(none)" : it->second;
      if (now != status) differences += "\n  " + rule + ": " + status + " as written, " + now + " here";
    }
    EXPECT_TRUE(differences.empty() && rules.size() == original->second.size()) << name << differences;
  }
  EXPECT_EQ(variants, originals.size() * 10 - 2 * 9);  // two Markdown plans have only the traditional variant
  // The rewritings are rewritings: the numbers went, the bullets came.
  const std::string seed = read_whole((root_ / "plans" / "004_chongqing.as-written.txt").string());
  EXPECT_NE(seed.find("（一）"), std::string::npos);
  EXPECT_EQ(read_whole((root_ / "plans" / "004_chongqing.numbers-lost.txt").string()).find("（一）"), std::string::npos);
  EXPECT_NE(read_whole((root_ / "plans" / "004_chongqing.bullets.txt").string()).find("\n• "), std::string::npos);
  EXPECT_EQ(read_whole((root_ / "plans" / "004_chongqing.word.docx").string()).rfind("PK\x03\x04", 0), 0u);
}

}  // namespace
}  // namespace plancheck::e2e
