// Re-joining the hard line breaks of Word/PDF text into paragraphs and list items, each block keeping
// one Segment per source line so every character maps back to its place in the file.
#pragma once

#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/source_text.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

struct BodyLine {
  const SourceLine* line = nullptr;
  std::string marker;  // list marker when the line starts a list item, else ""
};

// Whether `next` continues the sentence `previous` (the last line of the block so far) leaves open:
// `previous` does not end a sentence, and `next` starts no list item (a "7）" that closes a bracket
// `previous` left open starts none), table row or date. Where the layout tells (`SourceLine::fill`), a
// short line that reads as a title ends its block, and a line that reaches the wrap width goes on after a
// colon or semicolon too.
bool continues_sentence(const BodyLine& previous, const BodyLine& next);

// A line that is one cited title, as a basis list writes them one to a line without a full stop:
// "《中华人民共和国网络安全法》第二十五条", "《…分类分级指南》（GB/Z 20986-2007）".
bool cites_one_title(std::string_view text);

// "" between CJK text, " " between two Latin words or numbers, so "OA\n系统" → "OA系统", "GB/Z\n20986" → "GB/Z 20986";
// "" too where the Latin run before the break follows Chinese text, so "、I\nII级" → "、III级".
// After a line that reaches the wrap width (`before_fill` Full), "" between two digits ("200\n7" → "2007").
std::string_view join_separator(std::string_view before, std::string_view after, LineFill before_fill);

// The columns `line` takes set in a Chinese font, its indent included and trailing white space not: two
// for every character beyond ASCII (a Chinese font sets Greek, “”, Ⅰ and ① full width too), one for
// printable ASCII and the half-width forms, none for controls, combining marks and zero-width characters.
int layout_width(std::string_view line);
// The columns `s` takes as laid out, its trailing blanks included (a tab and a space one column, an
// ideographic space two): where a cell typed after it starts.
int layout_columns(std::string_view s);

// How far short of the wrap width a wrapped line may stop: a mark that may not start a line pulls the
// character before it down with it, and a Latin word moves to the next line whole.
constexpr int kWrapSlack = 4;

// The display width lines of these layout widths were hard-wrapped at: the width w for which the most
// lines of fifteen Chinese characters or more are between w - kWrapSlack and w. It stands out when those
// lines are at least eight and a third of all such lines, and at most a tenth of all lines are wider than w
// and a hanging mark (tables, leader dots). 0 when no width stands out, as in text written one line per
// paragraph.
int wrap_width(const std::vector<int>& widths);

// Sets each line's `fill` where the layout tells: in text hard-wrapped at one width, the lines that reach it
// are Full; there and in text written one line per paragraph, lines shorter than fifteen Chinese characters
// are Short. `widths` are the lines' layout_width as laid out in the file (a first line's indent included).
// Text wrapped unevenly is left Unknown.
void mark_line_fill(std::vector<SourceLine>& lines, const std::vector<int>& widths);

// Whether the paragraphs (Word, OpenDocument) or blocks (Markdown) of a file are the lines of a page: of at
// least eight paragraphs of fifteen Chinese characters or more (table rows aside), fewer than two in three
// end a sentence. Paragraphs a writer made end one almost always, even when many are of one width.
bool paragraphs_are_lines(const std::vector<SourceLine>& lines, const std::vector<int>& widths);

// mark_line_fill for the paragraphs of a Word or OpenDocument file. Paragraphs are whole, so the ones
// shorter than fifteen Chinese characters are Short (a heading whose number Word drew, or that never had
// one). But when most long paragraphs stop short of a sentence's end, each line of a page became one (a
// PDF converted to Word, wrapped text pasted): they are lines, may join (`group` 0), and are marked as
// mark_line_fill marks lines.
void mark_paragraph_fill(std::vector<SourceLine>& lines, const std::vector<int>& widths);

// Blocks from consecutive body lines (blank lines are already gone, so a sentence resumes across them).
std::vector<Block> join_lines(const std::vector<BodyLine>& lines, const SourceText& source);

// One block per line, never joined (a notice's 主送, 落款 and date are separate even when short).
std::vector<Block> blocks_per_line(const std::vector<BodyLine>& lines, const SourceText& source);

}  // namespace plancheck::parse
