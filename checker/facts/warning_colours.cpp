// Warning-colour extraction: the colour ladder, what each colour maps to, and every colour–level tie.
#include <algorithm>

#include "facts/grading.hpp"
#include "facts/ladder_text.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

bool tie_between(std::string_view s, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  const std::string_view mid = s.substr(a, b - a);
  if (contains_any(mid, {"对应", "为", "即", "表示", "标示", "属", "是", ":", "：", "用", "相当于", "发布", "启动"})) return true;
  for (std::size_t i = 0; i < mid.size(); text::next_code_point(mid, i)) {
    if (is_clause_break(mid, i)) return false;
  }
  return true;
}

void add_colour(GradingFacts& out, const std::string& name, const std::string& level, TextRef at) {
  auto it = std::find_if(out.colours.begin(), out.colours.end(), [&](const WarningColour& c) { return c.name == name; });
  if (it == out.colours.end()) {
    out.colours.push_back({name, level, at});
  } else if (it->event_level.empty()) {
    it->event_level = level;
  }
}

// A sentence naming several colours, each in a clause of its own with its level: "分为四级：红色预警对应特别重大
// 事件，橙色预警对应重大事件，…". A ladder that pairs two lists (分别对应) is the declaration's.
void clause_ties(const Passage& p, Span sp, std::string_view st, const std::vector<ColourMention>& colours,
                 GradingFacts& out) {
  std::vector<std::size_t> rungs;
  for (const ColourMention& c : colours) rungs.push_back(c.begin);
  for (const ColourMention& c : colours) {
    const std::optional<LevelMention> l = clause_level(st, c.begin, rungs, out.own_event_names);
    if (!l || !tie_between(st, c.end, l->begin)) continue;
    out.ties.push_back({LevelTie::Kind::Colour, c.name, c.rank, l->name, make_ref(p, sp.begin + c.begin, sp.begin + c.end)});
  }
}

// Sentences (and table rows) naming exactly one colour and one event level, tied by 对应/为/… or a table row.
void colour_ties(const Passages& ps, GradingFacts& out) {
  for (const Passage& p : ps.items) {
    if (p.where != Where::Body || !may_name_colour(p)) continue;
    const bool row = p.block && p.block->kind == BlockKind::TableRow;
    for (const Span& sp : TieUnits(p)) {
      const std::string_view st = sentence_text(p, sp);
      const auto colours = colour_mentions(st);
      if (colours.empty()) continue;
      const auto levels = event_level_mentions(st, out.own_event_names);
      auto distinct_colours = std::all_of(colours.begin(), colours.end(), [&](const ColourMention& c) { return c.name == colours.front().name; });
      auto distinct_levels = std::all_of(levels.begin(), levels.end(), [&](const LevelMention& l) { return l.name == levels.front().name; });
      // "重大或者较大事件发布橙色预警" ties 橙色 to each of the coordinated levels.
      const bool coordinated = !distinct_levels && distinct_colours && coordinated_levels(st, levels, colours.front().begin);
      if (!distinct_colours && !row && colours.size() <= kMaxClauseRungs) {
        clause_ties(p, sp, st, colours, out);
        continue;
      }
      if (colours.empty() || levels.empty() || !distinct_colours || !(distinct_levels || coordinated)) continue;
      if (!row && !tie_between(st, colours.front().end, levels.front().begin)) continue;
      const ColourMention& c = colours.front();
      for (const LevelMention& l : levels) {
        out.ties.push_back({LevelTie::Kind::Colour, c.name, c.rank, l.name, make_ref(p, sp.begin + c.begin, sp.begin + c.end)});
        if (!coordinated) break;
      }
    }
  }
}

}  // namespace

void extract_colours(const Passages& passages, GradingFacts& out) {
  const LadderDeclaration decl = find_ladder_declaration(passages, LadderKind::Colour, out.own_event_names);
  const std::size_t first_tie = out.ties.size();
  colour_ties(passages, out);
  if (!decl.items.empty()) {
    out.colours_at = decl.at;
    for (std::size_t i = 0; i < decl.items.size(); ++i) {
      const bool paired = decl.mapped.size() == decl.items.size();
      add_colour(out, decl.items[i], paired ? decl.mapped[i] : std::string(), decl.at);
    }
  }
  // Per-colour sentences or table rows define the ladder when no sentence declares it, and fill in
  // mappings the declaration leaves out.
  for (std::size_t i = first_tie; i < out.ties.size(); ++i) {
    const LevelTie& t = out.ties[i];
    if (t.kind != LevelTie::Kind::Colour) continue;
    if (decl.items.empty() && !out.colours_at.known) out.colours_at = t.at;
    if (decl.items.empty() || std::find(decl.items.begin(), decl.items.end(), t.from) != decl.items.end()) {
      add_colour(out, t.from, t.event_level, t.at);
    }
  }
}

}  // namespace plancheck::facts
