#include "parse/format_sniffing.hpp"

#include <algorithm>
#include <string>

#include "parse/line_text.hpp"
#include "parse/markdown_reader.hpp"
#include "parse/parse.hpp"

namespace plancheck::parse {

namespace {

constexpr std::size_t kScanLines = 400;  // the head of a plan shows its format

bool is_atx_heading(std::string_view line) {
  const std::size_t hashes = line.find_first_not_of('#');
  return hashes >= 1 && hashes <= 6 && hashes < line.size() && (line[hashes] == ' ' || line[hashes] == '\t');
}

bool is_underline(std::string_view line) {
  line = trim_text(line);
  return line.size() >= 2 && (line.find_first_not_of('=') == std::string_view::npos ||
                              line.find_first_not_of('-') == std::string_view::npos);
}

bool is_bold_line(std::string_view line) {
  line = trim_text(line);
  return line.size() > 4 && line.substr(0, 2) == "**" && line.substr(line.size() - 2) == "**";
}

bool is_table_delimiter(std::string_view line) {
  line = trim_text(line);
  return line.find('|') != std::string_view::npos && line.find("-") != std::string_view::npos &&
         line.find_first_not_of("|-: \t") == std::string_view::npos;
}

bool is_list_item(std::string_view line) {
  line = line.substr(std::min(line.size(), line.find_first_not_of(" \t")));
  return line.size() > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ';
}

std::string_view extension_of(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return path.substr(dot + 1);
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

int markdown_signal(std::string_view utf8) {
  if (yaml_front_matter_length(utf8) > 0) return 2;
  int lists = 0;
  std::string_view previous;
  std::size_t pos = 0;
  for (std::size_t n = 0; n < kScanLines && pos < utf8.size(); ++n) {
    std::size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    if (is_atx_heading(line) || is_bold_line(line) || is_table_delimiter(line)) return 2;
    if (is_underline(line) && !trim_text(previous).empty()) return 2;
    if (is_list_item(line)) ++lists;
    previous = line;
  }
  return lists >= 2 ? 1 : 0;
}

InputFormat sniff_format(std::string_view utf8, std::string_view path) {
  const std::string_view content = utf8.substr(std::min(utf8.size(), leading_space_bytes(utf8)));
  if (content.rfind("<?xml", 0) == 0 || content.rfind("<plan", 0) == 0) return InputFormat::Xml;
  const std::string ext = lowercase(extension_of(path));
  const int signal = markdown_signal(content);
  if (signal == 2) return InputFormat::Markdown;
  if (ext == "md" || ext == "markdown") return InputFormat::Markdown;
  if (ext == "xml" && !content.empty() && content.front() == '<') return InputFormat::Xml;
  if (signal == 1 && ext != "txt") return InputFormat::Markdown;
  return InputFormat::PlainText;
}

}  // namespace plancheck::parse
