// Event-level extraction: the ladder a plan declares (分为四级：…) and each level's definition (criteria).
#include <algorithm>

#include "facts/grading.hpp"
#include "facts/ladder_text.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

struct Definition {
  std::string name;
  TextRef at;
  std::string criteria;
  TextRef criteria_at;
};

// Items of the passages after `from` that belong to a definition ending in "：" (list items or paragraphs up
// to the next heading or the next definition).
void gather_following(const Passages& ps, std::size_t from, const std::vector<std::string>& declared,
                      Definition& d) {
  std::string text;
  for (std::size_t i = from + 1; i < ps.items.size() && i <= from + 12; ++i) {
    const Passage& p = ps.items[i];
    if (p.where == Where::Heading || p.where == Where::FrontMatter) break;
    if (!find_level_definition(p.norm.text, declared).name.empty()) break;
    if (!d.criteria_at.known) d.criteria_at = make_ref(p, 0, p.norm.text.size());
    if (!text.empty()) text += "\n";
    text += p.original;
  }
  d.criteria = text;
}

// Hard-wrapped plain text joins "3.1 特别重大事件：…。3.2 重大事件：…。" into one paragraph: every sentence
// after the first may open another level's definition.
void definitions_in_later_sentences(const Passage& p, const std::vector<std::string>& declared,
                                    std::vector<Definition>& out) {
  for (std::size_t i = 1; i < p.sentences.size(); ++i) {
    const Span sp = p.sentences[i];
    const LevelDefinition def = find_level_definition(sentence_text(p, sp), declared);
    if (def.name.empty() || def.criteria.end <= def.criteria.begin) continue;
    Definition d;
    d.name = def.name;
    d.at = make_ref(p, sp.begin + def.name_begin, sp.begin + def.name_begin + def.name.size());
    const Span criteria{static_cast<std::uint32_t>(sp.begin + def.criteria.begin),
                        static_cast<std::uint32_t>(sp.begin + def.criteria.end)};
    d.criteria = original_text(p, criteria);
    d.criteria_at = make_ref(p, criteria.begin, criteria.end);
    out.push_back(std::move(d));
  }
}

void definitions_in_body(const Passages& ps, const Passage& p, const std::vector<std::string>& declared,
                         std::vector<Definition>& out) {
  const LevelDefinition def = find_level_definition(p.norm.text, declared);
  if (def.name.empty()) {
    definitions_in_later_sentences(p, declared, out);
    return;
  }
  Definition d;
  d.name = def.name;
  d.at = make_ref(p, def.name_begin, def.name_begin + def.name.size());
  if (def.criteria.end > def.criteria.begin) {
    d.criteria = original_text(p, def.criteria);
    d.criteria_at = make_ref(p, def.criteria.begin, def.criteria.end);
  } else {
    gather_following(ps, p.index, declared, d);
  }
  out.push_back(std::move(d));
  definitions_in_later_sentences(p, declared, out);
}

void definition_in_heading(const Passages& ps, const Passage& p, const std::vector<std::string>& declared,
                           std::vector<Definition>& out) {
  const std::string_view t = p.norm.text;
  if (text::code_point_count(t) > 20 || contains_any(t, {"预警", "响应", "处置", "报告", "分级"})) return;
  std::size_t lead = 0;
  while (lead < t.size() && (t[lead] == ' ' || t[lead] == '.')) ++lead;
  const std::string name = level_name_at(t, lead, declared);
  if (name.empty() || (lead + name.size() < t.size() && !grade_suffix_follows(t, lead + name.size()))) return;
  Definition d;
  d.name = name;
  d.at = make_ref(p, lead, lead + name.size());
  std::string text;
  for (std::size_t i = p.index + 1; i < ps.items.size() && ps.items[i].where == Where::Body &&
                                    ps.items[i].section == p.section;
       ++i) {
    if (!d.criteria_at.known) d.criteria_at = make_ref(ps.items[i], 0, ps.items[i].norm.text.size());
    if (!text.empty()) text += "\n";
    text += ps.items[i].original;
  }
  d.criteria = text;
  out.push_back(std::move(d));
}

// The header of the table `p` is a row of: its first row, when that row has as many cells and names no level.
const Block* table_header(const Passages& ps, const Passage& p, const std::vector<std::string>& declared) {
  const Block* header = first_table_row(ps, p);
  if (!header || header->cells.size() != p.block->cells.size()) return nullptr;
  for (std::size_t i = 0; i < header->cells.size(); ++i) {
    if (!level_name_at(column_title(*header, i), 0, declared).empty()) return nullptr;
  }
  return header;
}

// What a header says of its column: the criteria (判定标准, 事件情形, 分级条件 …), or something else a
// grading table maps a level to (the warning colour, the response, who starts it, the deadline).
bool criteria_header(std::string_view h) {
  return contains_any(h, {"标准", "情形", "条件", "描述", "说明", "定义", "判定", "认定", "特征", "危害", "影响", "后果"});
}
bool other_header(std::string_view h) {
  return contains_any(h, {"预警", "响应", "颜色", "启动", "决定", "批准", "指挥", "负责", "时限", "报告", "序号", "编号",
                          "措施", "处置", "行动", "职责", "分工", "发布", "审批", "签发", "主体"});
}
// A warning colour opening a cell (红色, 橙色预警 …).
bool names_a_colour(std::string_view cell) {
  for (std::string_view c : {"红色", "橙色", "黄色", "蓝色"}) {
    if (cell.substr(0, c.size()) == c) return true;
  }
  return false;
}
// A column of response levels (响应级别, 响应等级): its table says how each level is responded to.
bool response_level_header(std::string_view h) { return text::contains_text(h, "响应") && contains_any(h, {"级别", "等级"}); }

void definition_in_table_row(const Passages& ps, const Passage& p, const std::vector<std::string>& declared,
                             std::vector<Definition>& out) {
  const Block& b = *p.block;
  std::size_t level_cell = b.cells.size();
  std::string name;
  for (std::size_t i = 0; i < b.cells.size() && name.empty(); ++i) {
    const std::string cell = text::normalized(b.cells[i]);
    const std::string n = level_name_at(cell, 0, declared);
    if (!n.empty() && text::code_point_count(cell) <= 16 && (cell.size() == n.size() || grade_suffix_follows(cell, n.size()))) {
      name = n;
      level_cell = i;
    }
  }
  if (name.empty()) {
    // "| Ⅰ级 | 特别重大网络安全事件：离港控制系统全部中断…… | Ⅰ级响应 |": a cell that opens with the level's
    // definition holds its criteria.
    for (std::size_t i = 0; i < b.cells.size(); ++i) {
      const std::string cell = text::normalized(b.cells[i]);
      const LevelDefinition def = find_level_definition(cell, declared);
      if (def.name.empty() || def.name_begin != 0 || def.criteria.end <= def.criteria.begin) continue;
      Definition d;
      d.name = def.name;
      const std::size_t at = p.norm.text.find(def.name);
      d.at = make_ref(p, at == std::string::npos ? 0 : at, at == std::string::npos ? 0 : at + def.name.size());
      d.criteria = cell.substr(def.criteria.begin, def.criteria.end - def.criteria.begin);
      d.criteria_at = make_ref(p, 0, p.norm.text.size());
      out.push_back(std::move(d));
      return;
    }
    return;
  }
  // The criteria are the column its header calls so; without such a header, the longest cell of a column
  // the header does not give to something else (a table of levels, colours, responses and who starts them
  // holds no criteria).
  // A table keyed by response level (| 响应级别 | 对应事件 | 启动 | 主要措施 |) holds criteria only in a column
  // its header calls so.
  const Block* header = table_header(ps, p, declared);
  const auto header_of = [&](std::size_t i) { return header ? column_title(*header, i) : std::string(); };
  std::size_t best = b.cells.size();
  // A table keyed by warning colour ("| 红色预警 | 特别重大网络安全事件 | 领导小组组长批准后发布 |") says who issues
  // each warning, as one keyed by response level says how each is met: neither holds criteria unless a column's
  // header calls them so.
  bool responses = level_cell > 0 && names_a_colour(text::normalized(b.cells[0]));
  for (std::size_t i = 0; i < b.cells.size(); ++i) {
    if (i != level_cell && criteria_header(header_of(i)) && best == b.cells.size()) best = i;
    responses = responses || response_level_header(header_of(i));
  }
  for (std::size_t i = 0; i < b.cells.size() && !responses && (best == b.cells.size() || !criteria_header(header_of(best))); ++i) {
    if (i == level_cell || other_header(header_of(i))) continue;
    if (best == b.cells.size() || text::code_point_count(b.cells[i]) > text::code_point_count(b.cells[best])) best = i;
  }
  Definition d;
  d.name = name;
  const std::size_t at = p.norm.text.find(name);
  d.at = make_ref(p, at == std::string::npos ? 0 : at, at == std::string::npos ? 0 : at + name.size());
  if (best < b.cells.size() && text::code_point_count(b.cells[best]) >= 4) {
    d.criteria = b.cells[best];
    d.criteria_at = make_ref(p, 0, p.norm.text.size());
  }
  out.push_back(std::move(d));
}

std::vector<Definition> find_definitions(const Passages& ps, const std::vector<std::string>& declared) {
  std::vector<Definition> out;
  for (const Passage& p : ps.items) {
    if (p.where == Where::FrontMatter) continue;
    if (p.where == Where::Heading && contains_any(p.norm.text, {"：", ":"})) {
      // "3.1 特别重大事件：全国范围……" or a hard-wrapped "1.特别重大网络安全事件：县级重要网络和信息系统遭"
      // read as a numbered heading: the definition and its criteria are in the heading itself.
      definitions_in_body(ps, p, declared, out);
    } else if (p.where == Where::Heading) {
      definition_in_heading(ps, p, declared, out);
    } else if (p.block && p.block->kind == BlockKind::TableRow && !p.block->cells.empty()) {
      definition_in_table_row(ps, p, declared, out);
    } else {
      definitions_in_body(ps, p, declared, out);
    }
  }
  return out;
}

void attach(EventLevel& level, const std::vector<Definition>& defs) {
  for (const Definition& d : defs) {
    if (d.name != level.name) continue;
    if (!level.at.known) level.at = d.at;
    if (level.criteria.empty() && !d.criteria.empty()) {
      level.criteria = d.criteria;
      level.criteria_at = d.criteria_at;
    }
  }
}

}  // namespace

namespace {

// The national level a table cell names alone ("特别重大", "重大网络安全事件", "较大事件(III级)"), "" if none.
std::string national_cell(std::string_view cell) {
  for (const std::string& n : canonical_event_levels()) {
    if (cell.compare(0, n.size(), n) != 0) continue;
    std::string_view rest = cell.substr(n.size());
    for (std::string_view noun : {"网络安全突发事件", "网络安全事件", "突发事件", "事件"}) {
      if (rest.compare(0, noun.size(), noun) == 0) {
        rest.remove_prefix(noun.size());
        break;
      }
    }
    if (rest.empty() || rest.front() == '(') return n;
    return {};
  }
  return {};
}

// A table that maps the plan's own names onto the national ones a row each ("| 内部级别 | 对应国家分级 |" over
// "| SEV1 | 特别重大网络安全事件 | … |"): the first column holds short own names, another the national names
// alone, every row that names one maps a different level. Tables of response levels, warnings or colours
// (their first column's title says so) map other ladders. Empty when there is none.
LadderDeclaration own_level_table(const Passages& ps) {
  constexpr std::size_t kMaxOwnName = 12;  // code points
  for (std::size_t i = 0; i < ps.items.size();) {
    const Passage& first = ps.items[i];
    std::size_t end = i + 1;
    if (!first.block || first.block->kind != BlockKind::TableRow || first.table_start != i) {
      i = end;
      continue;
    }
    while (end < ps.items.size() && ps.items[end].table_start == i && ps.items[end].index != i) ++end;
    const std::size_t table = i;
    i = end;
    if (first.block->cells.empty() ||
        contains_any(text::normalized(first.block->cells.front()), {"响应", "预警", "色"})) {
      continue;
    }
    LadderDeclaration d;
    std::size_t column = 0;
    bool mapping = true;
    for (std::size_t r = table; r < end && mapping; ++r) {
      const Passage& row = ps.items[r];
      if (!row.block || row.block->cells.size() < 2 || level_words(row.norm.text).empty()) continue;
      std::string national;
      std::size_t c = 1;
      for (; c < row.block->cells.size() && national.empty(); ++c) national = national_cell(text::normalized(row.block->cells[c]));
      if (national.empty()) continue;
      if (column == 0) column = c - 1;
      const std::string own = text::normalized(row.block->cells.front());
      const bool short_name = !own.empty() && text::code_point_count(own) <= kMaxOwnName && level_words(own).empty() &&
                              own.find_first_of(",;:|") == std::string::npos;
      if (c - 1 != column || !short_name || std::find(d.mapped.begin(), d.mapped.end(), national) != d.mapped.end() ||
          std::find(d.items.begin(), d.items.end(), own) != d.items.end()) {
        mapping = false;
        break;
      }
      if (d.items.empty()) d.at = make_ref(row, 0, row.norm.text.size());
      d.items.push_back(own);
      d.mapped.push_back(national);
    }
    if (mapping && d.items.size() >= 2) return d;
  }
  return {};
}

// A plan's own level names mapped one by one onto the national ones ("分为P1、P2、P3、P4四级，分别对应国家
// 规定的特别重大、重大、较大、一般网络安全事件"): own name → national name; empty when the ladder is not such.
OwnLevelNames own_names(const LadderDeclaration& decl) {
  const std::vector<std::string>& national = canonical_event_levels();
  const auto is_national = [&](const std::string& n) { return std::find(national.begin(), national.end(), n) != national.end(); };
  if (decl.items.size() < 2 || decl.mapped.size() != decl.items.size()) return {};
  if (std::any_of(decl.items.begin(), decl.items.end(), is_national)) return {};
  if (!std::all_of(decl.mapped.begin(), decl.mapped.end(), is_national)) return {};
  std::vector<std::string> distinct = decl.mapped;
  std::sort(distinct.begin(), distinct.end());
  if (std::unique(distinct.begin(), distinct.end()) != distinct.end()) return {};
  OwnLevelNames out;
  for (std::size_t i = 0; i < decl.items.size(); ++i) out.emplace_back(decl.items[i], decl.mapped[i]);
  return out;
}

}  // namespace

void extract_event_levels(const Passages& passages, GradingFacts& out) {
  LadderDeclaration decl = find_ladder_declaration(passages, LadderKind::Event);
  out.event_declared_count = decl.count;
  out.event_declared_at = decl.at;
  // Own names mapped onto the national ones name the national levels: the ladder is the national one, and
  // a level defined under its own name ("P1：…", "一级事件：…") is the national level it maps to.
  const bool own_ladder = !own_names(decl).empty();
  // Without a ladder of own names, a sentence of its own may map them ("S1、S2…依次对应…特别重大事件…").
  OwnLevelNames own = own_ladder ? own_names(decl) : own_names(find_own_level_mapping(passages));
  // Or a table of their own ("| SEV1 | 特别重大网络安全事件 |").
  if (own.empty() && !own_ladder) own = own_names(own_level_table(passages));
  // Other ladders name them without the noun: "分别对应一类、二类、三类、四类事件".
  for (const auto& [name, national] : own) out.own_event_names.emplace_back(clean_level_item(name), national);
  std::vector<std::string> recognised = decl.items;
  if (own_ladder) decl.items = decl.mapped;
  // A ladder of own names mapped in a sentence of its own ("分为一级、二级、三级、四级事件。一级、二级、三级、四级事件
  // 分别对应…特别重大、重大、较大和一般网络安全事件", or "一级事件相当于…特别重大…，二级事件相当于…"): its levels are the
  // national ones they map to, when every one maps.
  const auto national_of = [&](const std::string& name) -> const std::string* {
    for (const auto& [own_name, national] : own) {
      if (clean_level_item(own_name) == clean_level_item(name)) return &national;
    }
    return nullptr;
  };
  if (!own_ladder && !own.empty() && !decl.items.empty() &&
      std::all_of(decl.items.begin(), decl.items.end(), [&](const std::string& n) { return national_of(n) != nullptr; })) {
    for (std::string& n : decl.items) n = *national_of(n);
  }
  // With no ladder declared, the mapped own names are the names its definitions use ("| 一级事件 | …").
  if (recognised.empty()) {
    for (const auto& [own_name, national] : own) recognised.push_back(clean_level_item(own_name));
  }
  std::vector<Definition> defs = find_definitions(passages, recognised);
  for (Definition& d : defs) {
    if (const std::string* national = national_of(d.name)) d.name = *national;
  }
  std::vector<std::string> names = decl.items;
  std::vector<std::string> extra;
  for (const Definition& d : defs) {
    if (std::find(names.begin(), names.end(), d.name) == names.end() &&
        std::find(extra.begin(), extra.end(), d.name) == extra.end()) {
      extra.push_back(d.name);
    }
  }
  if (names.empty()) {
    // No declaration: canonical levels in rank order, then any others in document order.
    for (const std::string& n : canonical_event_levels()) {
      if (std::find(extra.begin(), extra.end(), n) != extra.end()) names.push_back(n);
    }
    for (const std::string& n : extra) {
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    }
  } else {
    names.insert(names.end(), extra.begin(), extra.end());
  }
  for (const std::string& n : names) {
    EventLevel level;
    level.name = n;
    if (std::find(decl.items.begin(), decl.items.end(), n) != decl.items.end()) level.at = decl.at;
    attach(level, defs);
    out.event_levels.push_back(std::move(level));
  }
}

}  // namespace plancheck::facts
