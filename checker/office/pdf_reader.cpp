#include "office/pdf_reader.hpp"

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "office/pdf_layout.hpp"
#include "parse/running_lines.hpp"
#include "text/utf8.hpp"

namespace plancheck::office {

namespace {

// poppler keeps process-wide state (font tables, the error callback), so documents are read one at a time.
std::mutex& poppler_mutex() {
  static std::mutex m;
  return m;
}

void quiet(const std::string&, void*) {}

std::string trim(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r\f\v");
  if (first == std::string_view::npos) return "";
  return std::string(s.substr(first, s.find_last_not_of(" \t\r\f\v") - first + 1));
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\n\f", start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = trim(text.substr(start, end - start));
    if (!line.empty()) out.push_back(std::move(line));
    start = end + 1;
  }
  return out;
}

std::string utf8_of(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return trim(std::string_view(bytes.data(), bytes.size()));
}

// The page's words where poppler set them; nothing when a word is turned (a page in landscape, vertical
// text), whose lines are poppler's to find.
std::optional<std::vector<PdfWord>> page_words(const poppler::page& page) {
  std::vector<PdfWord> words;
  for (const poppler::text_box& box : page.text_list()) {
    if (box.rotation() != 0) return std::nullopt;
    const poppler::byte_array text = box.text().to_utf8();
    const poppler::rectf r = box.bbox();
    words.push_back(PdfWord{std::string(text.data(), text.size()), r.left(), r.top(), r.right(), r.bottom(),
                            box.has_space_after()});
  }
  return words;
}

std::vector<std::vector<PdfLine>> page_lines(poppler::document& doc) {
  std::vector<std::vector<PdfLine>> pages;
  for (int i = 0; i < doc.pages(); ++i) {
    const std::unique_ptr<poppler::page> page(doc.create_page(i));
    pages.emplace_back();
    if (!page) continue;
    if (std::optional<std::vector<PdfWord>> words = page_words(*page)) {
      if (std::optional<std::vector<PdfLine>> laid = page_with_tables(std::move(*words))) {
        for (PdfLine& line : *laid) {
          for (std::string& cell : line.cells) cell = trim(cell);
          line.text = trim(line.text);
          if (!line.text.empty() || !line.cells.empty()) pages.back().push_back(std::move(line));
        }
        continue;
      }
    }
    const poppler::byte_array reading = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    const poppler::byte_array physical = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    for (std::string& line : split_lines(with_line_end_hyphens(std::string(reading.data(), reading.size()),
                                                                std::string_view(physical.data(), physical.size())))) {
      pages.back().push_back(PdfLine{std::move(line), {}});
    }
  }
  return pages;
}

// The last (or first) characters of `line` up to a space, at most kHyphenContext code points.
constexpr std::size_t kHyphenContext = 6;

std::string_view line_tail(std::string_view line) {
  const std::size_t space = line.find_last_of(' ');
  const std::string_view run = space == std::string_view::npos ? line : line.substr(space + 1);
  std::size_t start = run.size();
  for (std::size_t n = 0; n < kHyphenContext && start > 0; ++n) {
    do {
      --start;
    } while (start > 0 && (static_cast<unsigned char>(run[start]) & 0xC0) == 0x80);  // a continuation byte
  }
  return run.substr(start);
}

std::string_view line_head(std::string_view line) {
  std::string_view run = line.substr(0, line.find(' '));
  std::size_t pos = 0;
  for (std::size_t n = 0; n < kHyphenContext && pos < run.size(); ++n) text::next_code_point(run, pos);
  return run.substr(0, pos);
}

}  // namespace

std::string with_line_end_hyphens(std::string reading, std::string_view physical) {
  const std::vector<std::string> lines = split_lines(physical);
  std::string out;    // `reading` with the hyphens put back, written once: no insert moves the rest
  std::size_t from = 0;  // in `reading`: where the next search starts, and what is not yet in `out`
  // The searches read at most a few times the page's text in all, however many lines end in '-' and are
  // not found: a page of them cannot make this quadratic.
  std::size_t budget = 4 * reading.size() + 4096;
  for (std::size_t i = 0; i + 1 < lines.size() && budget > 0; ++i) {
    std::string_view line = lines[i];
    if (line.back() != '-') continue;
    line.remove_suffix(1);
    const std::string_view tail = line_tail(line);
    const std::string_view head = line_head(lines[i + 1]);
    if (tail.empty() || head.empty()) continue;
    const std::string joined = std::string(tail) + std::string(head);
    const std::string_view window = std::string_view(reading).substr(from, budget);
    const std::size_t found = window.find(joined);
    if (found == std::string_view::npos) {
      budget -= window.size();
      continue;
    }
    budget -= std::min(budget, found + joined.size());
    const std::size_t cut = from + found + tail.size();
    out.append(reading, from, cut - from);
    out += "-\n";
    from = cut;
  }
  if (from == 0) return reading;
  out.append(reading, from, std::string::npos);
  return out;
}

Result<OfficeText> read_pdf(std::string_view bytes, const std::string& path) {
  std::vector<std::vector<PdfLine>> pages;
  OfficeText text;
  {
    const std::lock_guard<std::mutex> lock(poppler_mutex());
    poppler::set_debug_error_function(quiet, nullptr);
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
      return ToolError{ErrorKind::Unreadable, path, {}, Message{MsgId::OfficeFileTooLarge, {{"limit_mib", "2047"}}}};
    }
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc || doc->pages() <= 0) {
      return ToolError{ErrorKind::Syntax, path, {}, Message{MsgId::OfficeDamagedPdf, {{"file", path}}}};
    }
    if (doc->is_locked()) return ToolError{ErrorKind::Unreadable, path, {}, Message{MsgId::OfficeLockedPdf, {{"file", path}}}};
    pages = page_lines(*doc);
    text.title = utf8_of(doc->get_title());
    text.author = utf8_of(doc->get_author());
  }
  std::size_t text_lines = 0;
  for (const auto& p : pages) text_lines += p.size();
  if (text_lines == 0) {
    return ToolError{ErrorKind::Unreadable, path, {},
                     Message{MsgId::OfficeScannedPdf, {{"file", path}, {"pages", std::to_string(pages.size())}}}};
  }
  // A table row is matched against the other pages' lines by its cells' text.
  std::vector<std::vector<std::string>> joined(pages.size());
  std::vector<std::vector<std::string_view>> views(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const PdfLine& line : pages[p]) {
      std::string row;
      for (const std::string& cell : line.cells) row += (row.empty() ? "" : " ") + cell;
      joined[p].push_back(line.cells.empty() ? line.text : row);
    }
    views[p].assign(joined[p].begin(), joined[p].end());
  }
  const std::vector<std::vector<bool>> drop = parse::running_lines(views);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t l = 0; l < pages[p].size(); ++l) {
      if (drop[p][l]) continue;
      OfficeLine line;
      if (pages[p][l].cells.empty()) {
        line.text = std::move(pages[p][l].text);
      } else {
        line.kind = parse::LineKind::TableRow;
        line.cells = std::move(pages[p][l].cells);
      }
      line.place.page = static_cast<int>(p + 1);
      line.place.page_line = static_cast<int>(l + 1);
      text.lines.push_back(std::move(line));
    }
  }
  return text;
}

}  // namespace plancheck::office
