#include "facts/ladder_text.hpp"

#include <algorithm>
#include <cctype>

#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

bool prefix_fits(LadderKind kind, std::string_view prefix) {
  switch (kind) {
    case LadderKind::Event: return !contains_any(prefix, {"预警", "响应"}) && contains_any(prefix, {"事件", "等级", "级别"});
    case LadderKind::Colour: return contains_any(prefix, {"预警"});
    case LadderKind::Response: return contains_any(prefix, {"响应"}) && !contains_any(prefix, {"预警"});
  }
  return false;
}

// "四级" / "4个等级" at `pos`: the count and the end of the phrase.
int count_at(std::string_view s, std::size_t pos, std::size_t* end) {
  const auto n = text::read_number(s, pos);
  if (!n || n->value <= 0 || n->value > 12) return 0;
  std::size_t len = 0;
  if (!starts_with_any(s, pos + n->length, {"个级别", "个等级", "个级", "级"}, &len)) return 0;
  // "分为一级、二级、三级、四级" (or "一级响应、二级响应…") lists levels: a number inside such a list is an
  // item, not the count.
  std::size_t next = pos + n->length + len;
  std::size_t ignored = 0;
  if (starts_with_any(s, next, {"响应", "事件", "预警"}, &ignored)) next += ignored;
  // "分为一级（特别重大）、二级（重大）…": a level with its other name in brackets is an item too.
  if (starts_with_any(s, next, {"、", "和", "(", "（"}, &ignored)) return 0;
  if ((pos >= 3 && s.compare(pos - 3, 3, "、") == 0) || (pos >= 3 && s.compare(pos - 3, 3, "和") == 0)) return 0;
  *end = pos + n->length + len;
  return static_cast<int>(n->value);
}

std::vector<std::string> split_items(std::string_view region) {
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (std::size_t at : find_all(region, "、")) {
    parts.push_back(region.substr(from, at - from));
    from = at + 3;
  }
  std::string_view last = region.substr(from);
  for (std::string_view conj : {"以及", "和", "及", "或"}) {
    const std::size_t at = last.find(conj);
    if (at != std::string_view::npos && at > 0) {
      parts.push_back(last.substr(0, at));
      last = last.substr(at + conj.size());
      break;
    }
  }
  parts.push_back(last);
  std::vector<std::string> out;
  for (std::string_view p : parts) {
    std::string item = clean_level_item(p);
    if (!item.empty()) out.push_back(std::move(item));
  }
  return out;
}

std::size_t clause_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && !is_clause_break(s, pos)) text::next_code_point(s, pos);
  return pos;
}

std::vector<std::string> declared_items(LadderKind kind, std::string_view st, std::size_t list_begin,
                                        std::size_t list_end) {
  std::vector<std::string> out;
  if (kind == LadderKind::Colour) {
    for (const ColourMention& c : colour_mentions(st)) {
      if (std::find(out.begin(), out.end(), c.name) == out.end()) out.push_back(c.name);
    }
    return out;
  }
  const std::vector<std::string> raw = split_items(st.substr(list_begin, list_end - list_begin));
  if (kind == LadderKind::Event) return raw;
  for (const std::string& item : raw) {
    for (const ResponseMention& m : response_level_mentions(item + "响应")) out.push_back(std::to_string(m.number));
  }
  if (out.empty()) {
    // No list after the count: levels named elsewhere in the sentence are the ladder only when they are a
    // list. A single one is a clause of its own ("…，I级为最高响应级别"), not a one-level ladder.
    std::vector<std::string> named;
    for (const ResponseMention& m : response_level_mentions(st)) named.push_back(std::to_string(m.number));
    std::vector<std::string> distinct = named;
    std::sort(distinct.begin(), distinct.end());
    if (std::unique(distinct.begin(), distinct.end()) - distinct.begin() >= 2) out = std::move(named);
  }
  return out;
}

bool names_a_standard_level(const std::vector<std::string>& items) {
  const auto& levels = canonical_event_levels();
  return std::any_of(items.begin(), items.end(),
                     [&](const std::string& i) { return std::find(levels.begin(), levels.end(), i) != levels.end(); });
}

// The event levels a ladder sentence maps its items onto, in order: after the word that maps them
// ("分别对应特别重大、重大…", "依次适用于特别重大…"), or between the items and that word ("与特别重大、重大、
// 较大、一般事件逐一对应"). `items_end` is where the ladder's own items end.
std::vector<std::string> mapped_levels(std::string_view st, std::size_t items_end, const OwnLevelNames& own) {
  std::vector<std::string> out;
  std::size_t k = std::string_view::npos;
  std::size_t len = 0;
  for (std::string_view w : {std::string_view("对应"), std::string_view("适用于")}) {
    const std::size_t at = st.find(w, items_end);
    if (at < k) {
      k = at;
      len = w.size();
    }
  }
  if (k == std::string_view::npos) return out;
  for (const LevelMention& m : event_level_mentions(st.substr(k + len), own)) out.push_back(m.name);
  if (out.empty() && k > items_end) {
    for (const LevelMention& m : event_level_mentions(st.substr(items_end, k - items_end), own)) out.push_back(m.name);
  }
  return out;
}

// "一级（特别重大）、二级（重大）、三级（较大）、四级（一般）": own names, each with the national level it is
// in brackets, map one by one as "分别对应" maps them. Only when every item is so.
void bracketed_levels(LadderDeclaration& d) {
  const std::vector<std::string>& national = canonical_event_levels();
  std::vector<std::string> items, mapped;
  for (const std::string& item : d.items) {
    const std::size_t open = item.find('(');
    const std::size_t close = item.find(')', open == std::string::npos ? 0 : open);
    if (open == std::string::npos || open == 0 || close == std::string::npos) return;
    const std::string inner = item.substr(open + 1, close - open - 1);
    if (std::find(national.begin(), national.end(), inner) == national.end()) return;
    items.push_back(item.substr(0, open));
    mapped.push_back(inner);
  }
  d.items = std::move(items);
  d.mapped = std::move(mapped);
}

bool declaration_in(LadderKind kind, const Passage& p, Span sp, const OwnLevelNames& own, LadderDeclaration& d) {
  const std::string_view st = sentence_text(p, sp);
  for (std::size_t at : find_all(st, "分为")) {
    if (!prefix_fits(kind, st.substr(0, at))) continue;
    std::size_t pos = at + 6;
    std::size_t after = pos;
    d.count = count_at(st, pos, &after);
    std::size_t list_begin = after;
    std::size_t list_end = after;
    if (d.count > 0) {
      std::size_t colon = 0;
      if (starts_with_any(st, after, {":", "："}, &colon)) list_begin = after + colon;
      list_end = clause_end(st, list_begin);
    } else {
      // "分为特别重大、重大、较大和一般四级": the items come before the count.
      list_end = clause_end(st, pos);
      for (std::size_t q = pos; q < list_end; text::next_code_point(st, q)) {
        // A level's other name in brackets ("特别重大（一级）、重大（二级）…四个等级") is no count.
        if (st[q] == '(' || st.compare(q, 3, "（") == 0) {
          const std::size_t close = std::min(st.find(')', q), st.find("）", q));
          if (close != std::string_view::npos && close < list_end) {
            q = close;
            continue;
          }
        }
        std::size_t e = 0;
        if (int c = count_at(st, q, &e); c > 0) {
          d.count = c;
          list_end = q;
          break;
        }
      }
    }
    d.items = declared_items(kind, st, list_begin, list_end);
    if (d.count == 0 && d.items.size() < 2) continue;
    // "可分为有害程序事件、网络攻击事件…" lists categories, not grades: a grade ladder states its count or
    // uses the standard level names.
    // Own names mapped one by one onto the standard ones are grades: "分为一类事件、二类事件、三类事件、四类
    // 事件，分别对应国家规定的特别重大、重大、较大、一般网络安全事件".
    d.mapped = mapped_levels(st, list_end, own);
    if (kind == LadderKind::Event && d.mapped.empty()) bracketed_levels(d);
    if (kind == LadderKind::Event && d.count == 0 && !names_a_standard_level(d.items) &&
        (d.mapped.size() != d.items.size() || !names_a_standard_level(d.mapped))) {
      continue;
    }
    d.at = make_ref(p, sp.begin, sp.end);
    return true;
  }
  return false;
}

bool colour_sentence(const Passage& p, Span sp, const OwnLevelNames& own, LadderDeclaration& d) {
  const std::string_view st = sentence_text(p, sp);
  if (!contains_any(st, {"预警"}) || !contains_any(st, {"依次", "分别", "表示", "标示", "对应", "划分"})) return false;
  d.items = declared_items(LadderKind::Colour, st, 0, 0);
  if (d.items.size() < 3) return false;
  const auto colours = colour_mentions(st);
  d.mapped = mapped_levels(st, colours.empty() ? 0 : colours.back().end, own);
  // The sentence's own event ladder mapped onto its colours by the words between: "分为特别重大、重大、较大和一般
  // 四级，对应的预警级别依次为红色、橙色、黄色和蓝色".
  LadderDeclaration events;
  if (d.mapped.empty() && !colours.empty() && declaration_in(LadderKind::Event, p, sp, own, events) &&
      events.items.size() == d.items.size() && names_a_standard_level(events.items)) {
    const std::size_t at = st.find("分为");
    const std::string_view between = at < colours.front().begin ? st.substr(at, colours.front().begin - at) : std::string_view();
    if (contains_any(between, {"依次", "分别", "对应"}) && !contains_any(between, {"响应"})) d.mapped = events.items;
  }
  d.at = make_ref(p, sp.begin, sp.end);
  return true;
}

std::size_t skip_numbering(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (s.compare(pos, 1, "(") == 0 || s.compare(pos, 3, "（") == 0) {
    const std::size_t close = std::min(s.find(')', pos), s.find("）", pos));
    if (close != std::string_view::npos && close - pos <= 12) pos = close + (s[close] == ')' ? 1 : 3);
  } else if (pos + 3 <= s.size() && static_cast<unsigned char>(s[pos]) == 0xE2 &&
             static_cast<unsigned char>(s[pos + 1]) == 0x91) {
    pos += 3;  // circled digits ①..⑳
  } else {
    // "1." / "1、" / "3.1 " / "3.1.2": dotted groups of digits, the last one followed by a mark or a space.
    std::size_t q = pos;
    while (true) {
      std::size_t r = q;
      while (r < s.size() && std::isdigit(static_cast<unsigned char>(s[r]))) ++r;
      std::size_t len = 0;
      if (r == q) break;
      if (starts_with_any(s, r, {".", "、", "．"}, &len)) {
        q = r + len;
        pos = q;
      } else {
        // The last group of a dotted number ends the numbering: "3.1 特别重大事件" (normalised "3.1特别…").
        if (q > 0 && r < s.size() && (s[r] == ' ' || static_cast<unsigned char>(s[r]) >= 0x80)) pos = r;
        break;
      }
    }
  }
  while (pos < s.size() && s[pos] == ' ') ++pos;
  return pos;
}

// End of "<name>网络安全事件" / "<name>事件(I级)" starting after the name, or npos when no 事件 closes it.
std::size_t grade_end(std::string_view s, std::size_t pos) {
  if (!grade_suffix_follows(s, pos)) return std::string_view::npos;
  const std::size_t ev = s.find("事件", pos);
  std::size_t end = ev == std::string_view::npos ? pos : ev + 6;
  if (end < s.size() && (s[end] == '(' || s.compare(end, 3, "（") == 0)) {
    const std::size_t close = std::min(s.find(')', end), s.find("）", end));
    if (close != std::string_view::npos) end = close + (s[close] == ')' ? 1 : 3);
  }
  return end;
}

Span trimmed(std::string_view s, std::size_t b, std::size_t e) {
  while (b < e && (s[b] == ' ' || s[b] == ':' || s[b] == ',')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == ',')) --e;
  if (e >= b + 3 && s.compare(e - 3, 3, "，") == 0) e -= 3;
  return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

}  // namespace

namespace {

// Own names mapped one a clause ("一级事件相当于国家分级中的特别重大网络安全事件，二级事件相当于重大网络安全事件，…"):
// each clause's name before the verb and the one national level after it; at least two, at most kMaxRungs.
LadderDeclaration clause_by_clause_mapping(const Passage& p, Span sp) {
  constexpr std::size_t kMaxRungs = 8;
  const std::string_view st = sentence_text(p, sp);
  LadderDeclaration d;
  for (std::size_t at : find_all(st, "相当于")) {
    if (d.items.size() == kMaxRungs) return {};
    const Span clause = clause_at(st, Span{0, static_cast<std::uint32_t>(st.size())}, at);
    std::string_view name = st.substr(clause.begin, at - clause.begin);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    const std::vector<LevelMention> national = event_level_mentions(st.substr(at, clause.end - at));
    if (name.empty() || national.size() != 1 || contains_any(name, {"响应", "预警"})) return {};
    d.items.push_back(clean_level_item(name));
    d.mapped.push_back(national.front().name);
  }
  if (d.items.size() < 2) return {};
  d.at = make_ref(p, sp.begin, sp.end);
  return d;
}

}  // namespace

LadderDeclaration find_own_level_mapping(const Passages& ps) {
  for (const Passage& p : ps.items) {
    if (p.where != Where::Body || contains_any(p.section_path, {"响应", "预警"})) continue;
    if (!contains_any(p.norm.text, {"对应", "相当于"})) continue;
    for (const Span& sp : p.sentences) {
      const std::string_view st = sentence_text(p, sp);
      if (LadderDeclaration d = clause_by_clause_mapping(p, sp); !d.items.empty()) return d;
      // Each try reads the rest of the sentence: a few per sentence, as a mapping has one 对应 (and a
      // sentence of thousands would read itself thousands of times).
      constexpr std::size_t kMaxTries = 4;
      std::size_t tries = 0;
      for (std::size_t at : find_all(st, "对应")) {
        if (++tries > kMaxTries) break;
        const Span clause = clause_at(st, Span{0, static_cast<std::uint32_t>(st.size())}, at);
        std::string_view region = st.substr(clause.begin, at - clause.begin);
        for (std::string_view w : {"依次", "分别", "逐一", "一一"}) {
          if (region.size() >= w.size() && region.substr(region.size() - w.size()) == w) region.remove_suffix(w.size());
        }
        // Response levels or colours mapped onto events are their own ladders.
        if (contains_any(region, {"响应", "预警"}) || !colour_mentions(region).empty()) continue;
        LadderDeclaration d;
        d.items = split_items(region);
        d.mapped = mapped_levels(st, at, {});
        if (d.items.size() < 2 || d.items.size() != d.mapped.size()) continue;
        d.at = make_ref(p, sp.begin, sp.end);
        return d;
      }
    }
  }
  return {};
}

LadderDeclaration find_ladder_declaration(const Passages& ps, LadderKind kind, const OwnLevelNames& own) {
  LadderDeclaration d;
  for (const Passage& p : ps.items) {
    if (p.where != Where::Body && p.where != Where::Preamble) continue;
    for (const Span& sp : p.sentences) {
      if (declaration_in(kind, p, sp, own, d)) return d;
    }
  }
  if (kind != LadderKind::Colour) return {};
  for (const Passage& p : ps.items) {
    if (p.where != Where::Body) continue;
    for (const Span& sp : p.sentences) {
      LadderDeclaration c;
      if (colour_sentence(p, sp, own, c)) return c;
    }
  }
  return {};
}

std::string level_name_at(std::string_view s, std::size_t pos, const std::vector<std::string>& declared) {
  for (const std::string& n : canonical_event_levels()) {
    if (s.compare(pos, n.size(), n) == 0) return n;
  }
  for (const std::string& n : declared) {
    if (!n.empty() && s.compare(pos, n.size(), n) == 0) return n;
  }
  return {};
}

// How a level's criteria are introduced after its name: 有下列情形之一的, 符合下列条件之一, 包括 ….
bool criteria_intro_at(std::string_view s, std::size_t at) {
  static constexpr std::string_view kIntros[] = {
      "有下列情形之一", "有下列情况之一", "符合下列情形之一", "符合下列情况之一", "符合下列条件之一", "具有下列情形之一",
      "出现下列情形之一", "发生下列情形之一", "满足下列条件之一", "满足下列情形之一", "存在下列情形之一", "包括", "主要包括",
      "具体包括"};
  for (std::string_view w : kIntros) {
    if (s.compare(at, w.size(), w) == 0) return true;
  }
  return false;
}

// An own code before a level in brackets ("P1", "SEV-1", "一级"): bytes at most; the bracket's text at most.
constexpr std::size_t kMaxCodeBytes = 12;
constexpr std::size_t kMaxBracketBytes = 48;

LevelDefinition find_level_definition(std::string_view s, const std::vector<std::string>& declared) {
  LevelDefinition d;
  const std::size_t lead = skip_numbering(s);
  if (std::string name = level_name_at(s, lead, declared); !name.empty()) {
    // "特别重大网络安全事件是指：…" / "一般事件：…" / a bare label "特别重大：…"
    const bool bare_label = s.compare(lead + name.size(), 1, ":") == 0;
    const std::size_t end = bare_label ? lead + name.size() : grade_end(s, lead + name.size());
    std::size_t len = 0;
    if (end != std::string_view::npos && starts_with_any(s, end, {"是指", "指", ":", "："}, &len)) {
      d.name = name;
      d.name_begin = lead;
      d.criteria = trimmed(s, end + len, s.size());
      return d;
    }
    // "特别重大网络安全事件（Ⅰ级）。有下列情形之一的：…" / "特别重大事件（I级），符合下列情形之一：": the name as a
    // label, then the criteria, in the sentence or in the items after its colon (an introduction alone is
    // none: the items after it are).
    if (end != std::string_view::npos && starts_with_any(s, end, {"。", "，", ",", "；", ";"}, &len)) {
      std::size_t at = end + len;
      while (at < s.size() && s[at] == ' ') ++at;
      // A label that is a sentence of its own ("…（Ⅳ级）。除上述情形外，…") heads its definition; after a comma
      // the criteria must be introduced as such (特别重大事件，由领导小组… is a procedure).
      const bool own_sentence = s.compare(end, 3, "。") == 0;
      const bool introduced = criteria_intro_at(s, at);
      if (own_sentence || introduced) {
        d.name = name;
        d.name_begin = lead;
        // What follows the introduction's colon; nothing when the criteria are the items after it.
        const std::size_t colon = introduced ? std::min(s.find("：", at), s.find(':', at)) : std::string_view::npos;
        const std::size_t from = colon == std::string_view::npos ? at : colon + (s[colon] == ':' ? 1 : 3);
        d.criteria = trimmed(s, from, s.size());
        return d;
      }
    }
  }
  // "P1（特别重大事件）：…", "一级（特别重大）是指…": the plan's own code first, the level it is in brackets.
  if (const std::size_t open = s.find('(', lead); open != std::string_view::npos && open > lead && open - lead <= kMaxCodeBytes) {
    bool code = true;
    for (std::size_t q = lead; q < open && code; ++q) code = !is_clause_break(s, q);
    const std::string name = code ? level_name_at(s, open + 1, declared) : std::string();
    const std::size_t close = name.empty() ? std::string_view::npos : s.find(')', open);
    std::size_t len = 0;
    if (close != std::string_view::npos && close - open <= kMaxBracketBytes &&
        starts_with_any(s, close + 1, {"是指", "指", ":", "："}, &len)) {
      d.name = name;
      d.name_begin = open + 1;
      d.criteria = trimmed(s, close + 1 + len, s.size());
      return d;
    }
  }
  for (std::size_t at : find_all(s, "为")) {
    if (at >= 3 && starts_with_any(s, at - 3, {"分", "作", "认", "成", "视", "称", "划"})) continue;
    const std::string name = level_name_at(s, at + 3, declared);
    if (name.empty()) continue;
    const std::size_t end = grade_end(s, at + 3 + name.size());
    if (end == std::string_view::npos) continue;
    std::size_t len = 0;
    d.name = name;
    d.name_begin = at + 3;
    if (starts_with_any(s, end, {":", "："}, &len)) {
      d.criteria = trimmed(s, end + len, s.size());
    } else if (end == s.size() || starts_with_any(s, end, {"。", ";", "；"})) {
      d.criteria = trimmed(s, lead, at);  // "除上述情形外，…，为一般网络安全事件。"
    } else if (starts_with_any(s, end, {"，", ","}, &len) &&
               starts_with_any(s, end + len, {"如", "例如", "比如", "诸如"})) {
      d.criteria = trimmed(s, lead, at);  // "…造成一定影响的网络安全事件，为一般网络安全事件，如单台云主机感染…等。"
    } else if (starts_with_any(s, end, {"，", ","}, &len) && criteria_intro_at(s, end + len)) {
      // "…造成一定影响，但未达到较大网络安全事件标准的，为一般网络安全事件，主要包括：（一）…": the items after the
      // introduction's colon, or what comes before 为 when they follow in passages of their own.
      const std::size_t colon = std::min(s.find("：", end), s.find(':', end));
      const std::size_t from = colon == std::string_view::npos ? s.size() : colon + (s[colon] == ':' ? 1 : 3);
      d.criteria = trimmed(s, from, s.size());
      if (d.criteria.end <= d.criteria.begin) d.criteria = trimmed(s, lead, at);
    } else {
      d.name.clear();
      continue;
    }
    return d;
  }
  return d;
}

std::optional<LevelMention> clause_level(std::string_view s, std::size_t begin, const std::vector<std::size_t>& rungs,
                                         const OwnLevelNames& own) {
  const Span clause = clause_at(s, Span{0, static_cast<std::uint32_t>(s.size())}, begin);
  for (const std::size_t r : rungs) {
    if (r != begin && r >= clause.begin && r < clause.end) return std::nullopt;
  }
  const std::vector<LevelMention> levels = event_level_mentions(s.substr(clause.begin, clause.end - clause.begin), own);
  if (levels.empty() || std::any_of(levels.begin(), levels.end(), [&](const LevelMention& l) { return l.name != levels.front().name; })) {
    return std::nullopt;
  }
  LevelMention m = levels.front();
  m.begin += clause.begin;
  m.end += clause.begin;
  return m;
}

bool coordinated_levels(std::string_view s, const std::vector<LevelMention>& levels, std::size_t tied_at) {
  if (levels.size() < 2 || tied_at < levels.back().end) return false;
  if (contains_any(s, {"分别", "依次", "对应", "最高", "最低"})) return false;
  // Levels in an earlier clause tie only when that clause is the condition ("发生重大或者较大网络安全事件的，
  // 启动Ⅱ级响应"): "组织协调较大、一般网络安全事件的应急处置，决定启动Ⅲ级响应" is two duties of one body.
  const Span levels_clause = clause_at(s, Span{0, static_cast<std::uint32_t>(s.size())}, levels.back().begin);
  if (tied_at >= levels_clause.end) {
    std::string_view c = s.substr(levels_clause.begin, levels_clause.end - levels_clause.begin);
    for (std::string_view mark : {"，", ",", " "}) {
      while (c.size() >= mark.size() && c.substr(c.size() - mark.size()) == mark) c.remove_suffix(mark.size());
    }
    const auto ends_with = [&](std::string_view w) { return c.size() >= w.size() && c.substr(c.size() - w.size()) == w; };
    const bool condition = ends_with("的") || ends_with("时") || ends_with("后") ||
                           contains_any(c, {"发生", "出现", "初判", "判定", "研判", "认定", "确认", "确定为", "属于",
                                            "达到", "对于", "针对", "遇"});
    if (!condition) return false;
  }
  for (std::size_t i = 1; i < levels.size(); ++i) {
    if (levels[i].name == levels[i - 1].name || levels[i].begin < levels[i - 1].end) return false;
    std::string_view mid = s.substr(levels[i - 1].end, levels[i].begin - levels[i - 1].end);
    for (std::string_view noun : {"网络安全事件", "安全事件", "事件", "级"}) {
      if (mid.substr(0, noun.size()) == noun) {
        mid.remove_prefix(noun.size());
        break;
      }
    }
    bool joined = false;
    for (std::string_view c : {"、", "或者", "或", "和", "及", "以及", "与", "/", ","}) joined = joined || mid == c;
    if (!joined) return false;
  }
  return true;
}

std::string clean_level_item(std::string_view item) {
  while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
  while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
  for (const std::string& n : canonical_event_levels()) {
    if (item.compare(0, n.size(), n) == 0) return n;
  }
  std::size_t cut = item.size();
  for (std::string_view noun : {"网络", "信息", "公共", "突发", "事件", "安全"}) {
    const std::size_t at = item.find(noun);
    if (at != std::string_view::npos && at > 0) cut = std::min(cut, at);
  }
  return std::string(item.substr(0, cut));
}

}  // namespace plancheck::facts
