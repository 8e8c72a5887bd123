#include "parse/front_matter.hpp"

#include <initializer_list>
#include <utility>

#include "parse/line_role.hpp"
#include "parse/line_text.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::parse {

namespace {

struct CodePoint {
  char32_t cp;
  std::size_t offset;
};

std::vector<CodePoint> decode(std::string_view text) {
  std::vector<CodePoint> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    out.push_back({text::next_code_point(text, pos), start});
  }
  return out;
}

bool is_digit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }
bool is_open(char32_t cp) { return cp == U'〔' || cp == U'[' || cp == U'［' || cp == U'【' || cp == U'(' || cp == U'（'; }
bool is_close(char32_t cp) { return cp == U'〕' || cp == U']' || cp == U'］' || cp == U'】' || cp == U')' || cp == U'）'; }

// Walks back from the code point before `end` over at most `max` code points satisfying `pred`.
std::size_t walk_back(const std::vector<CodePoint>& cps, std::size_t end, std::size_t max, bool (*pred)(char32_t)) {
  std::size_t begin = end;
  while (begin > 0 && end - begin < max && pred(cps[begin - 1].cp)) --begin;
  return begin;
}

bool is_han(char32_t cp) { return text::is_cjk(cp); }

}  // namespace

bool is_notice_line(std::string_view line) {
  if (!find_document_number(line).empty()) return true;
  const std::string words = text::normalized(line);
  if (words.rfind("关于", 0) == 0 && contains_any(words, {"通知", "决定"})) return true;
  return contains_any(words, {"印发给你们", "现印发", "现下发", "现予印发", "现将", "请遵照执行", "遵照执行",
                              "请结合实际", "认真贯彻执行", "的通知"});
}

// An organisation's name alone on a line: the first line of a title set on two ("某某集团有限公司" over
// "网络安全事件应急预案").
bool names_an_organisation(const SourceLine& line) {
  if (!reads_as_title(line.text, 24)) return false;
  const std::string words = text::normalized(line.text);
  for (std::string_view end : {"公司", "集团", "局", "厅", "委", "委员会", "中心", "大学", "学院", "学校", "医院", "银行",
                               "台", "站", "院", "办公室", "部", "社", "所", "协会", "政府"}) {
    if (text::ends_with_at(words, words.size(), end)) return true;
  }
  return false;
}

namespace {

std::optional<std::size_t> find_title(const std::vector<SourceLine>& lines, std::size_t from, std::size_t to,
                                      bool last, bool single_h1) {
  std::optional<std::size_t> found;
  for (std::size_t i = from; i < to; ++i) {
    if (!looks_like_plan_title(lines[i], single_h1)) continue;
    found = i;
    if (!last) break;
  }
  return found;
}

void fill_metadata(const std::vector<SourceLine>& lines, const std::vector<std::size_t>& front, Metadata& metadata) {
  for (std::size_t k = 0; k < front.size(); ++k) {
    const std::string& text = lines[front[k]].text;
    if (metadata.document_number.empty()) metadata.document_number = find_document_number(text);
    if (!is_date_line(text)) continue;
    metadata.issue_date = without_spaces(text);
    if (k > 0 && reads_as_title(lines[front[k - 1]].text, 30) && !is_date_line(lines[front[k - 1]].text))
      metadata.issuer = without_spaces(lines[front[k - 1]].text);
  }
}


// Whether the title under a name line opens with that name already (a letterhead "某某有限公司" over "某某有限公司
// 网络安全事件应急预案"): the title is the second line alone.
bool repeats_name(const SourceLine& name, const SourceLine& title) {
  const std::string n = text::normalized(trim_text(name.text));
  return !n.empty() && text::normalized(title.text).rfind(n, 0) == 0;
}

// A title wrapped at the width of its page ("临江市融媒体中心网络安全事件应" over "急预案"): line i is no title,
// but with the next, shorter line (the rest that did not fit) it makes one.
bool wrapped_title(const std::vector<SourceLine>& lines, std::size_t i, std::size_t count, bool single_h1) {
  if (i + 1 >= count || !reads_as_title(lines[i].text, 40) || looks_like_plan_title(lines[i], single_h1)) return false;
  if (code_points(lines[i + 1].text) >= code_points(lines[i].text)) return false;
  // A whole plan's name on the next line ("网络安全事件应急预案" under a series' or a journal's heading) is
  // the title itself, not the rest of one.
  if (looks_like_plan_title(lines[i + 1], single_h1)) {
    const std::string next = text::normalized(lines[i + 1].text);
    for (std::string_view subject : {"网络", "信息", "数据", "突发", "重大", "关键", "计算机"}) {
      if (next.rfind(subject, 0) == 0) return false;
    }
  }
  SourceLine joined;
  joined.text = lines[i].text + lines[i + 1].text;
  return looks_like_plan_title(joined, single_h1);
}

HeadSplit split_without_notice(const std::vector<SourceLine>& lines, std::size_t count, bool single_h1) {
  HeadSplit split;
  std::size_t first_body = 0;
  const bool name_over_title =
      count > 1 && !looks_like_plan_title(lines[0], single_h1) && names_an_organisation(lines[0]) && looks_like_plan_title(lines[1], single_h1);
  if (name_over_title && repeats_name(lines[0], lines[1])) {
    split.front_matter.push_back(0);  // the letterhead
    split.title = 1;
    first_body = 2;
  } else if (count > 1 && !looks_like_plan_title(lines[0], single_h1) && (name_over_title || wrapped_title(lines, 0, count, single_h1))) {
    split.title = 0;
    split.title_two_lines = true;
    first_body = 2;
  } else if (count > 0 && (looks_like_plan_title(lines[0], single_h1) || reads_as_title(lines[0].text, 40))) {
    split.title = 0;
    first_body = 1;
  }
  for (std::size_t i = first_body; i < count; ++i) split.preamble.push_back(i);
  return split;
}

}  // namespace

std::string find_document_number(std::string_view text) {
  const std::vector<CodePoint> cps = decode(text);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i].cp != U'号' && cps[i].cp != U'號') continue;  // traditional 號 too
    const std::size_t serial = walk_back(cps, i, 6, is_digit);
    if (serial == i || serial == 0 || !is_close(cps[serial - 1].cp)) continue;
    const std::size_t year = walk_back(cps, serial - 1, 4, is_digit);
    if (serial - 1 - year != 4 || year == 0 || !is_open(cps[year - 1].cp)) continue;
    const std::size_t agency = walk_back(cps, year - 1, 12, is_han);
    if (agency == year - 1) continue;
    const std::size_t end = i + 1 < cps.size() ? cps[i + 1].offset : text.size();
    return std::string(text.substr(cps[agency].offset, end - cps[agency].offset));
  }
  return {};
}

HeadSplit split_head(const std::vector<SourceLine>& lines, std::size_t count, bool single_h1, Metadata& metadata) {
  std::optional<std::size_t> notice_end;
  for (std::size_t i = 0; i < count; ++i) {
    if (is_notice_line(lines[i].text) || (notice_end && is_date_line(lines[i].text))) notice_end = i;
  }
  if (!notice_end) return split_without_notice(lines, count, single_h1);
  HeadSplit split;
  // 003 names the plan both inside the notice and again after it; the one after the notice is the plan's.
  split.title = find_title(lines, *notice_end + 1, count, false, single_h1);
  if (!split.title) split.title = find_title(lines, 0, *notice_end, true, single_h1);
  // The name of the organisation alone over a title that does not repeat it ("江川银行股份有限公司" over "网络安全事件
  // 应急预案", then "江川银发〔2026〕47号"): the title is set on two lines, as without a notice.
  if (split.title && *split.title > 0) {
    const SourceLine& above = lines[*split.title - 1];
    if (names_an_organisation(above) && !looks_like_plan_title(above, single_h1) && !is_notice_line(above.text) &&
        !repeats_name(above, lines[*split.title])) {
      split.title = *split.title - 1;
      split.title_two_lines = true;
    }
  }
  const std::size_t title_end = split.title ? *split.title + (split.title_two_lines ? 2 : 1) : 0;
  const std::size_t front_end = split.title && *split.title > *notice_end ? *split.title : *notice_end + 1;
  for (std::size_t i = 0; i < front_end; ++i) {
    if (!split.title || i < *split.title || i >= title_end) split.front_matter.push_back(i);
  }
  const std::size_t body = std::max(front_end, title_end);
  for (std::size_t i = body; i < count; ++i) split.preamble.push_back(i);
  fill_metadata(lines, split.front_matter, metadata);
  return split;
}

}  // namespace plancheck::parse
