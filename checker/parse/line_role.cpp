#include "parse/line_role.hpp"

#include <array>

#include "parse/heading_number.hpp"
#include "parse/line_text.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"

namespace plancheck::parse {

namespace {

constexpr std::size_t kMaxBoldTitle = 40;  // a bold line is meant as a heading; allow a little more

// "领导机构" of "领导机构：", a numbered line's title that introduces what follows as a heading does; ""
// when the title does not end in a colon.
std::string_view without_final_colon(std::string_view title) {
  title = trim_text(title);
  const char32_t last = last_code_point(title);
  return last == U'：' || last == U':' ? drop_last_code_point(title) : std::string_view();
}

// "《中华人民共和国网络安全法》", "《互联网域名管理办法》（工业和信息化部令第43号）", "GB/T 22239-2019《…》":
// an item of the list of documents a plan rests on (1. 2. 3. under 编制依据) is a title and no more; no
// heading is a document's title alone ("《应急预案》项下的企业义务" is one).
bool cites_a_document(std::string_view title) {
  title = trim_text(title);
  // A standard's code first: two to four capitals, an optional /T or /Z, then its number ("GB/T 22239-2019").
  std::size_t i = 0;
  while (i < title.size() && i < 4 && title[i] >= 'A' && title[i] <= 'Z') ++i;
  if (i >= 2) {
    if (title.compare(i, 2, "/T") == 0 || title.compare(i, 2, "/Z") == 0) i += 2;
    while (i < title.size() && title[i] == ' ') ++i;
    if (i == title.size() || title[i] < '0' || title[i] > '9') return false;
    while (i < title.size() && ((title[i] >= '0' && title[i] <= '9') || title[i] == '-' || title[i] == '.' || title[i] == ' ')) ++i;
    title = title.substr(i);
    if (title.empty()) return true;
  }
  constexpr std::string_view kOpen = "《", kClose = "》";
  if (title.rfind(kOpen, 0) != 0) return false;
  const std::size_t close = title.find(kClose);
  if (close == std::string_view::npos) return false;
  // After the title only a bracketed note: its issuer, number or date.
  const std::string_view rest = trim_text(title.substr(close + kClose.size()));
  if (rest.empty()) return true;
  const bool opens = rest.rfind("（", 0) == 0 || rest.rfind("(", 0) == 0;
  const char32_t last = last_code_point(rest);
  return opens && (last == U'）' || last == U')');
}

LineRole numbered_role(const SourceLine& line, const HeadingNumber& number, bool forced) {
  LineRole role;
  role.numbering = number.numbering;
  role.title_offset = number.title_offset;
  const std::string_view title = trim_text(std::string_view(line.text).substr(number.title_offset));
  const NumberingStyle style = number.numbering.style;
  // "第一章" or "附件1" alone on its line still opens a part.
  const bool bare_part = title.empty() && (style == NumberingStyle::Part || style == NumberingStyle::Appendix);
  const std::size_t max_title = line.bold ? kMaxBoldTitle : kMaxHeadingTitle;
  role.heading = forced || bare_part ||
                 (!cites_a_document(title) &&
                  (reads_as_title(title, max_title) || reads_as_title(without_final_colon(title), max_title)));
  if (!role.heading) role.marker = number.numbering.text;
  return role;
}

}  // namespace

bool reads_as_title(std::string_view title, std::size_t max_code_points) {
  title = trim_text(title);
  const std::size_t length = code_points(title);
  if (length == 0 || length > max_code_points) return false;
  if (ends_sentence(title) || ends_mid_sentence(title) || has_inner_sentence_break(title)) return false;
  return title.find("，") == std::string_view::npos;
}

LineRole classify_line(const SourceLine& line) {
  LineRole none;
  if (line.kind == LineKind::TableRow) return none;
  if (line.kind == LineKind::Bullet) {
    none.marker = line.marker;
    return none;
  }
  const bool md_heading = line.kind == LineKind::Heading;
  if (const auto number = parse_heading_number(line.text)) {
    const bool has_title = !trim_text(std::string_view(line.text).substr(number->title_offset)).empty();
    if (!md_heading || has_title) return numbered_role(line, *number, md_heading);
  }
  if (md_heading || (line.bold && reads_as_title(line.text, kMaxBoldTitle))) {
    none.heading = true;
    return none;
  }
  if (const std::size_t bullet = bullet_marker_length(line.text)) none.marker = line.text.substr(0, bullet);
  return none;
}

bool looks_like_plan_title(const SourceLine& line, bool single_h1) {
  if (!reads_as_title(line.text, 40)) return false;
  // The words are compared in the normalised text, so that a title in traditional characters (應急預案、
  // 關於…的通知) reads as the same title.
  const std::string words = text::normalized(line.text);
  if (words.rfind("关于", 0) == 0 || contains_any(words, {"通知", "决定", "文件"})) return false;
  if (single_h1 && line.kind == LineKind::Heading && line.heading_level == 1) return true;
  // The kind of document ends the title, before a bracketed qualifier (（试行）, (2026年修订版)): "预案衔接",
  // "预案管理" are sections of a plan, not its title.
  std::string_view core = words;
  while (!core.empty() && core.back() == ' ') core.remove_suffix(1);
  if (!core.empty() && core.back() == ')') {  // normalised: （） are ()
    const std::size_t open = core.rfind('(');
    if (open != std::string_view::npos && open > 0) core = core.substr(0, open);
  }
  for (std::string_view kind : {"预案", "办法", "方案", "规定", "细则", "制度", "规范", "指南", "手册", "计划"}) {
    if (text::ends_with_at(core, core.size(), kind)) return true;
  }
  return false;
}

}  // namespace plancheck::parse
