#include "parse/outline_recovery.hpp"

#include <algorithm>
#include <map>

#include "core/budget.hpp"
#include "parse/front_matter.hpp"
#include "parse/line_joining.hpp"
#include "parse/line_role.hpp"
#include "parse/line_text.hpp"
#include "parse/section_levels.hpp"
#include "parse/table_of_contents.hpp"

namespace plancheck::parse {

namespace {

struct FlatSection {
  Section section;
  std::vector<BodyLine> body;
};

// The first heading that starts the plan body. Unnumbered title-like headings before it (a `# 预案`
// title, the title repeated after a notice) belong to the head.
std::size_t find_head_end(const std::vector<SourceLine>& lines, const std::vector<LineRole>& roles, bool single_h1) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!roles[i].heading) continue;
    if (roles[i].numbering.style == NumberingStyle::None && looks_like_plan_title(lines[i], single_h1)) continue;
    // A title set on two lines in bold or as headings: the organisation's name over the plan's ("**某某有限公司**"
    // over "**网络安全事件应急预案**").
    if (roles[i].numbering.style == NumberingStyle::None && i + 1 < lines.size() && roles[i + 1].heading &&
        names_an_organisation(lines[i]) && looks_like_plan_title(lines[i + 1], single_h1)) {
      continue;
    }
    return i;
  }
  return lines.size();
}

std::vector<BodyLine> body_lines(const std::vector<SourceLine>& lines, const std::vector<LineRole>& roles,
                                 const std::vector<std::size_t>& indices) {
  std::vector<BodyLine> out;
  for (std::size_t i : indices) out.push_back(BodyLine{&lines[i], roles[i].marker});
  return out;
}

Section make_section(const SourceLine& line, const LineRole& role, int depth, const SourceText& source) {
  Section s;
  s.numbering = role.numbering;
  s.heading = line.text;
  s.title = std::string(trim_text(std::string_view(line.text).substr(role.title_offset)));
  s.depth = depth;
  s.location = source.locate(line.offset);
  return s;
}

std::vector<Section> nest(std::vector<FlatSection>& flat, std::vector<int>& depths, std::size_t& i, int depth) {
  std::vector<Section> out;
  while (i < flat.size() && depths[i] >= depth) {
    if (depths[i] > depth && !out.empty()) {
      out.back().children = nest(flat, depths, i, depth + 1);
      continue;
    }
    Section s = std::move(flat[i].section);
    s.depth = depth;
    out.push_back(std::move(s));
    ++i;
  }
  return out;
}

// In wrapped text a numbered line that reaches the wrap width and goes on in the next line opens a
// paragraph or list item, however short of a sentence its first line reads ("（5）设备设施故障分为软硬件
// 自身故障、外围保障设施故障、人为" / "破坏事故……").
void demote_wrapped_openings(const std::vector<SourceLine>& lines, std::vector<LineRole>& roles) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    LineRole& role = roles[i];
    if (!role.heading || lines[i].fill != LineFill::Full || role.numbering.style == NumberingStyle::None) continue;
    if (lines[i].kind == LineKind::Heading) continue;  // marked as a heading: it is one
    if (roles[i + 1].heading || !roles[i + 1].marker.empty()) continue;
    role.heading = false;
    role.marker = role.numbering.text;
  }
}

bool is_latin_letter(char32_t cp) { return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'); }

// A numbered item whose title ends in a colon and whose own paragraph goes on (Markdown's "2. 预警发布权限：" over
// "   a. 红色、橙色预警由…" in one list item), or over items lettered a., b. (a Word list's next level), leads in to
// them: it is an item, not a heading. Alone in its paragraph ("（一）编制目的：" then a paragraph, or numbered
// items) it still reads as a heading. Plain text has no paragraphs of its own (group 0).
void demote_item_lead_ins(const std::vector<SourceLine>& lines, std::vector<LineRole>& roles) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    LineRole& role = roles[i];
    if (!role.heading || role.numbering.style == NumberingStyle::None || lines[i].kind != LineKind::Text) continue;
    const bool same_paragraph = lines[i].group != 0 && lines[i + 1].group == lines[i].group;
    const bool lettered_items = !roles[i + 1].marker.empty() && is_latin_letter(first_code_point(roles[i + 1].marker));
    if (!same_paragraph && !lettered_items) continue;
    const char32_t last = last_code_point(trim_text(lines[i].text));
    if (last != U'：' && last != U':') continue;
    role.heading = false;
    role.marker = role.numbering.text;
  }
}

// A list of the annexes, one line after another ("附件1：网络安全事件分类" "附件2：应急联络表" "附件3：…" under
// 九、附件), names them; the annexes follow later under headings of the same numbers. The listed lines are items:
// as headings they made the annexes' own "附件1" a second one after 附件3. Headings marked as such (Markdown's,
// Word's heading styles) stay headings.
void demote_annex_lists(const std::vector<SourceLine>& lines, std::vector<LineRole>& roles) {
  const auto annex = [&](std::size_t i) {
    return roles[i].heading && roles[i].numbering.style == NumberingStyle::Appendix && !roles[i].numbering.values.empty();
  };
  std::map<int, std::size_t> last;  // each annex number's last heading line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (annex(i)) last[roles[i].numbering.values.front()] = i;
  }
  for (std::size_t i = 0; i < lines.size();) {
    // The run ends where the numbers start over: the first annex's own heading may follow the list at once.
    std::size_t j = i;
    while (j < lines.size() && annex(j) && lines[j].kind != LineKind::Heading &&
           (j == i || roles[j].numbering.values.front() > roles[j - 1].numbering.values.front())) {
      ++j;
    }
    if (j - i < 2) {
      i = std::max(j, i + 1);
      continue;
    }
    const auto again = last.find(roles[i].numbering.values.front());
    if (again != last.end() && again->second >= j) {
      for (std::size_t k = i; k < j; ++k) {
        roles[k].heading = false;
        roles[k].marker = roles[k].numbering.text;
      }
    }
    i = j;
  }
}


// Whether line i of text whose layout is known stands as an unnumbered heading: a short line that reads as
// a title, bare or after a bullet ("编制目的", "• IV级响应"), not run on into from the line before, with a
// paragraph after it. Such headings lost their numbers in the export (Word's automatic numbering) or never
// had any. Returns where the title starts in the line, or npos.
// "（2026年修订版）", "(试行)": a line wholly in round brackets.
bool in_brackets(std::string_view line) {
  line = trim_text(line);
  const bool opens = line.rfind("（", 0) == 0 || line.rfind("(", 0) == 0;
  const char32_t last = last_code_point(line);
  return opens && (last == U'）' || last == U')');
}

std::size_t unnumbered_title_at(const std::vector<SourceLine>& lines, const std::vector<LineRole>& roles, std::size_t i) {
  const SourceLine& line = lines[i];
  const LineRole& role = roles[i];
  if (line.fill != LineFill::Short || role.heading || role.numbering.style != NumberingStyle::None) return std::string::npos;
  if (line.kind == LineKind::TableRow || i + 1 >= lines.size()) return std::string::npos;
  if (!role.marker.empty() && is_latin_letter(first_code_point(role.marker))) return std::string::npos;  // "a) …"
  // The last item of a list ("• 灾害性事件（如火灾、水灾）" then "• 其他事件"): after an item with the same marker.
  if (!role.marker.empty() && i > 0 && !roles[i - 1].heading && trim_text(roles[i - 1].marker) == trim_text(role.marker)) {
    return std::string::npos;
  }
  const std::string_view title = trim_text(std::string_view(line.text).substr(role.marker.size()));
  // A line wholly in brackets qualifies what is above it ("（二〇二六年九月修订）" under the title, "（此页无正文）").
  if (!reads_as_title(title, kMaxHeadingTitle) || is_date_line(title) || is_year_month_line(title) || contains_any(title, {"：", ":"}) ||
      cites_one_title(title) || in_brackets(title)) {
    return std::string::npos;
  }
  // A paragraph after it, or the items of a list it heads ("编制依据" then "1) 《中华人民共和国网络安全法》；").
  const SourceLine& next = lines[i + 1];
  const std::string_view next_text = trim_text(std::string_view(next.text).substr(roles[i + 1].marker.size()));
  const bool paragraph_next = !roles[i + 1].heading && next.kind == LineKind::Text &&
                              (next.fill == LineFill::Full || !reads_as_title(next_text, kMaxHeadingTitle) ||
                               cites_one_title(next_text));
  if (!paragraph_next) return std::string::npos;
  if (i > 0 && !roles[i - 1].heading && lines[i - 1].fill == LineFill::Full && !ends_sentence(lines[i - 1].text)) {
    return std::string::npos;  // the end of the paragraph before
  }
  return static_cast<std::size_t>(title.data() - line.text.data());
}

// Makes the unnumbered headings (unnumbered_title_at) of lines [from, to) headings.
void promote_unnumbered_titles(const std::vector<SourceLine>& lines, std::vector<LineRole>& roles, std::size_t from,
                               std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    const std::size_t title = unnumbered_title_at(lines, roles, i);
    if (title == std::string::npos) continue;
    roles[i].heading = true;
    roles[i].title_offset = title;
    roles[i].marker.clear();
  }
}

// "海港集团〔2026〕18号" alone on its line: the plan's document number, as a web page shows it under the title.
bool number_alone(std::string_view line) {
  line = trim_text(line);
  return !line.empty() && find_document_number(line) == line;
}

bool has_single_h1(const std::vector<SourceLine>& lines) {
  return std::count_if(lines.begin(), lines.end(), [](const SourceLine& l) {
           return l.kind == LineKind::Heading && l.heading_level == 1;
         }) == 1;
}

void apply_head(const std::vector<SourceLine>& lines, const std::vector<LineRole>& roles, const HeadSplit& head,
                const SourceText& source, Document& document) {
  document.front_matter = blocks_per_line(body_lines(lines, roles, head.front_matter), source);
  document.preamble = join_lines(body_lines(lines, roles, head.preamble), source);
  if (head.title && document.metadata.title.empty()) {
    document.metadata.title = lines[*head.title].text;
    if (head.title_two_lines) document.metadata.title += lines[*head.title + 1].text;
  }
}

}  // namespace

void recover_outline(std::vector<SourceLine> lines, const SourceText& source, Document& document) {
  remove_table_of_contents(lines);
  std::vector<LineRole> roles;
  roles.reserve(lines.size());
  for (const SourceLine& line : lines) roles.push_back(classify_line(line));
  demote_wrapped_openings(lines, roles);
  demote_item_lead_ins(lines, roles);
  demote_annex_lists(lines, roles);
  const bool single_h1 = has_single_h1(lines);
  std::size_t head_end = find_head_end(lines, roles, single_h1);
  // A copy that lost its heading numbers (a web page's, "■ 编制目的") has its first numbered heading late,
  // at an appendix, or none: an unnumbered heading right after the plan's title, with no line of an issuing
  // notice before it, starts the body. A line in brackets under the title ("（2026年修订版 院发〔2026〕42号）")
  // qualifies the title, and so does a document number alone: the number is the plan's, not a notice's.
  const Metadata given = document.metadata;
  HeadSplit head = split_head(lines, head_end, single_h1, document.metadata);
  for (std::size_t i = head.title ? *head.title + (head.title_two_lines ? 2 : 1) : head_end; i < head_end; ++i) {
    if (is_notice_line(lines[i].text) && !in_brackets(lines[i].text) && !number_alone(lines[i].text)) break;
    if (unnumbered_title_at(lines, roles, i) == std::string::npos) continue;
    promote_unnumbered_titles(lines, roles, i, head_end);
    head_end = find_head_end(lines, roles, single_h1);
    document.metadata = given;
    head = split_head(lines, head_end, single_h1, document.metadata);
    break;
  }
  promote_unnumbered_titles(lines, roles, head_end + 1, lines.size());
  apply_head(lines, roles, head, source, document);

  SectionLevels levels;
  std::vector<FlatSection> flat;
  std::vector<int> depths;
  for (std::size_t i = head_end; i < lines.size(); ++i) {
    if (i % 256 == 0) checkpoint();
    const int depth = roles[i].heading ? levels.place(roles[i], lines[i]) : 0;
    if (depth > 0) {
      flat.push_back(FlatSection{make_section(lines[i], roles[i], depth, source), {}});
      // Refused here, before the tree is nested: "1.1.1…" can nest as deep as a line is long.
      if (const PlanBudget* b = current_budget(); b && static_cast<std::size_t>(depth) > b->limits().max_section_depth) {
        exceed_limit(MsgId::LimitSectionDepth, static_cast<std::uint64_t>(depth), b->limits().max_section_depth,
                     flat.back().section.location);
      }
      depths.push_back(depth);
      continue;
    }
    std::string marker = roles[i].heading ? roles[i].numbering.text : roles[i].marker;
    flat.back().body.push_back(BodyLine{&lines[i], std::move(marker)});  // lines[head_end] is a heading
  }
  for (FlatSection& f : flat) f.section.blocks = join_lines(f.body, source);
  std::size_t next = 0;
  document.sections = nest(flat, depths, next, 1);
}

}  // namespace plancheck::parse
