// Tables drawn with rules in text: box-drawing characters (┌──┬──┐ │…│…│ ├──┼──┤ └──┴──┘, as WPS's and Word's
// text exports and consoles draw them) and pandoc's grid tables (+----+----+ | … | … | +====+====+).
#pragma once

#include <string_view>
#include <vector>

#include "parse/source_line.hpp"

namespace plancheck::parse {

// Reads the ruled tables among `lines` (Text lines of one group, or of any with `across_groups`: a Word
// paragraph per line; none of them set apart in `skip`: code and HTML). Each row becomes one TableRow line in place of its first line: its cells are the pieces of the
// lines between two rules, joined column by column ("│特别重大网络│…造成中心城区│" over "│安全事件    │大面积停水
// …│" is the row "特别重大网络安全事件 | …造成中心城区大面积停水…"). Between two rules lines are one row; a table
// of dashes that rules off only its header (or nothing: a console's) has a row per line, a line whose first
// cell is blank going on with the row above. Returns, for each line, whether it is to be dropped (the rules, a row's later lines).
// Whether a line is drawn, not written: a rule ("├──┼──┤", "+----+") or a line boxed in by borders ("│ 监测发现 │",
// a flow chart's step). Its width says nothing of how the text around it is wrapped.
bool is_drawn_line(std::string_view line);

std::vector<bool> mark_ruled_tables(std::vector<SourceLine>& lines, const std::vector<bool>& skip = {},
                                    bool across_groups = false);

}  // namespace plancheck::parse
