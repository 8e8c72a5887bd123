// Response-level extraction: the response ladder (declared and headed), its mapping to event levels, which
// level is highest, and every response–level tie.
#include <algorithm>

#include "facts/grading.hpp"
#include "facts/ladder_text.hpp"

namespace plancheck::facts {
namespace {

ResponseLevel& level(GradingFacts& out, int number, TextRef at) {
  auto it = std::find_if(out.responses.begin(), out.responses.end(), [&](const ResponseLevel& r) { return r.number == number; });
  if (it != out.responses.end()) return *it;
  ResponseLevel r;
  r.number = number;
  r.at = at;
  out.responses.push_back(r);
  return out.responses.back();
}

std::vector<int> distinct_numbers(const std::vector<ResponseMention>& ms) {
  std::vector<int> out;
  for (const ResponseMention& m : ms) {
    if (std::find(out.begin(), out.end(), m.number) == out.end()) out.push_back(m.number);
  }
  return out;
}

// Headings such as "4.2.1 Ⅰ级响应" or "(三)III级、IV级响应" define levels; "I级响应结束" does not add one.
void levels_from_headings(const Passages& ps, GradingFacts& out) {
  for (const Passage& p : ps.items) {
    if (p.where != Where::Heading || !contains_any(p.norm.text, {"响应"})) continue;
    for (const ResponseMention& m : response_level_mentions(p.norm.text)) level(out, m.number, make_ref(p, m.begin, m.end));
  }
}

// The level names listed before `end` as one run ("特别重大、重大、较大、一般四级"): grades by their list,
// without the 事件 a lone name needs.
std::vector<LevelMention> listed_levels(std::string_view st, std::size_t end) {
  std::vector<LevelMention> words = level_words(st.substr(0, end));
  std::sort(words.begin(), words.end(), [](const LevelMention& a, const LevelMention& b) { return a.begin < b.begin; });
  std::vector<LevelMention> run;
  for (LevelMention& w : words) {
    const std::string_view gap = run.empty() ? std::string_view() : st.substr(run.back().end, w.begin - run.back().end);
    if (!run.empty() && gap != "、" && gap != "和" && gap != "及" && gap != "与") run.clear();
    run.push_back(std::move(w));
  }
  return run.size() >= 2 ? run : std::vector<LevelMention>{};
}

// "分为特别重大、重大、较大、一般四级，分别对应Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级响应": event levels listed before 对应 and
// as many response levels in its clause after it, each distinct, paired in order (分别 / 依次). Empty when
// `st` is no such sentence.
std::vector<std::pair<const LevelMention*, const ResponseMention*>> paired_in_order(std::string_view st,
                                                                                 const std::vector<LevelMention>& levels,
                                                                                 const std::vector<ResponseMention>& ms) {
  const std::size_t k = st.find("对应");
  // A ladder has a few rungs: a longer list is no such pairing (and comparing it pair by pair would cost
  // the square of its length).
  if (k == std::string_view::npos || levels.size() < 2 || levels.size() > kMaxClauseRungs ||
      !contains_any(st, {"分别", "依次"})) {
    return {};
  }
  const std::size_t clause_end = clause_at(st, Span{0, static_cast<std::uint32_t>(st.size())}, k).end;
  std::vector<const ResponseMention*> after;
  for (const ResponseMention& m : ms) {
    if (m.begin > k && m.end <= clause_end) after.push_back(&m);
  }
  if (after.size() != levels.size()) return {};
  std::vector<std::pair<const LevelMention*, const ResponseMention*>> out;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i].end > k) return {};
    for (std::size_t j = 0; j < i; ++j) {
      if (levels[j].name == levels[i].name || after[j]->number == after[i]->number) return {};
    }
    out.emplace_back(&levels[i], after[i]);
  }
  return out;
}

// Whether an arrow between a flow chart's steps stands between offsets a and b ("较大及以上事件1小时内对外报告 →
// 按级别启动响应（Ⅰ、Ⅱ级：总指挥）" ties Ⅱ级 to no level).
bool steps_apart(std::string_view st, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  for (std::size_t q = a; q < b; ++q) {
    if (static_cast<unsigned char>(st[q]) == 0xE2 && is_clause_break(st, q)) return true;
  }
  return false;
}

void ties_and_highest(const Passages& ps, GradingFacts& out, bool add_levels) {
  for (const Passage& p : ps.items) {
    if (p.where == Where::FrontMatter || !may_name_response_level(p)) continue;
    for (const Span& sp : TieUnits(p)) {
      const std::string_view st = sentence_text(p, sp);
      auto ms = response_level_mentions(st);
      if (ms.empty() && p.block && p.block->kind == BlockKind::TableRow) {
        // | 一级 | 发生特别重大网络安全事件 | under a 响应级别 header: the row is the level's.
        if (const int n = table_response_level(ps, p); n > 0) ms.push_back({n, 0, st.size()});
      }
      if (ms.empty()) continue;
      const std::vector<int> numbers = distinct_numbers(ms);
      if (add_levels) {
        for (const ResponseMention& m : ms) level(out, m.number, make_ref(p, sp.begin + m.begin, sp.begin + m.end));
      }
      if (const std::size_t hi = st.find("最高"); hi != std::string_view::npos && !out.highest_response) {
        // The level the clause of 最高 names ("…四级响应，一级为最高级别"), else the last one before it.
        auto before = std::find_if(ms.rbegin(), ms.rend(), [&](const ResponseMention& m) { return m.begin < hi; });
        if (const auto named = level_named_highest(st, hi); named && before != ms.rend()) {
          out.highest_response = named->number;
          out.highest_at = make_ref(p, sp.begin + named->begin, sp.begin + named->end);
        } else if (before != ms.rend()) {
          out.highest_response = before->number;
          out.highest_at = make_ref(p, sp.begin + before->begin, sp.begin + before->end);
        }
      }
      const auto levels = event_level_mentions(st, out.own_event_names);
      const bool one_level = !levels.empty() && std::all_of(levels.begin(), levels.end(), [&](const LevelMention& l) {
        return l.name == levels.front().name;
      });
      // "发生重大或者较大网络安全事件的，启动Ⅱ级响应" ties Ⅱ级 to each of them.
      if (numbers.size() == 1 && !one_level && coordinated_levels(st, levels, ms.front().begin)) {
        for (const LevelMention& l : levels) {
          out.ties.push_back({LevelTie::Kind::Response, std::to_string(numbers.front()), numbers.front(), l.name,
                              make_ref(p, sp.begin + ms.front().begin, sp.begin + ms.front().end)});
        }
        continue;
      }
      const std::size_t maps = st.find("对应");
      const std::vector<LevelMention> listed =
          maps != std::string_view::npos && levels.size() < 2 ? listed_levels(st, maps) : std::vector<LevelMention>{};
      if (const auto pairs = paired_in_order(st, listed.empty() ? levels : listed, ms); !pairs.empty()) {
        for (const auto& [l, m] : pairs) {
          level(out, m->number, make_ref(p, sp.begin + m->begin, sp.begin + m->end));
          out.ties.push_back({LevelTie::Kind::Response, std::to_string(m->number), m->number, l->name,
                              make_ref(p, sp.begin + m->begin, sp.begin + m->end)});
        }
        continue;
      }
      // "Ⅰ级响应对应特别重大事件，Ⅱ级响应对应重大事件，…": each level tied in a clause of its own.
      if (numbers.size() > 1 && ms.size() <= kMaxClauseRungs) {
        std::vector<std::size_t> rungs;
        for (const ResponseMention& m : ms) rungs.push_back(m.begin);
        for (const ResponseMention& m : ms) {
          if (const std::optional<LevelMention> l = clause_level(st, m.begin, rungs, out.own_event_names)) {
            level(out, m.number, make_ref(p, sp.begin + m.begin, sp.begin + m.end));  // a level the text defines
            out.ties.push_back({LevelTie::Kind::Response, std::to_string(m.number), m.number, l->name,
                                make_ref(p, sp.begin + m.begin, sp.begin + m.end)});
          }
        }
        continue;
      }
      if (numbers.size() != 1 || !one_level || steps_apart(st, levels.front().begin, ms.front().begin)) continue;
      // A level named in a later clause than the response is another matter: "决定启动和终止Ⅱ级响应，统一指挥
      // 较大以上事件的处置工作" is two duties, not Ⅱ级 for 较大.
      const bool row = p.block && p.block->kind == BlockKind::TableRow;  // a row's cells tie by position
      if (!row && levels.front().begin >= clause_at(st, Span{0, static_cast<std::uint32_t>(st.size())}, ms.front().begin).end &&
          !contains_any(st.substr(ms.front().end, levels.front().begin - ms.front().end), {"对应", "适用", "针对", "用于"})) {
        continue;  // but "Ⅰ级响应，适用于特别重大事件" ties them
      }
      out.ties.push_back({LevelTie::Kind::Response, std::to_string(numbers.front()), numbers.front(),
                          levels.front().name, make_ref(p, sp.begin + ms.front().begin, sp.begin + ms.front().end)});
    }
  }
}

}  // namespace

void extract_responses(const Passages& passages, GradingFacts& out) {
  const LadderDeclaration decl = find_ladder_declaration(passages, LadderKind::Response, out.own_event_names);
  out.response_declared_count = decl.count;
  out.response_declared_at = decl.at;
  std::vector<int> listed;
  for (const std::string& item : decl.items) listed.push_back(std::stoi(item));
  if (listed.empty()) {
    for (int i = 1; i <= decl.count; ++i) listed.push_back(i);
  }
  for (int n : listed) level(out, n, decl.at);
  levels_from_headings(passages, out);
  ties_and_highest(passages, out, out.responses.empty());
  std::sort(out.responses.begin(), out.responses.end(),
            [](const ResponseLevel& a, const ResponseLevel& b) { return a.number < b.number; });
  // "分别对应特别重大、重大、较大和一般…": paired by position with the listed (or I..N) levels.
  if (!decl.mapped.empty() && decl.mapped.size() == listed.size()) {
    for (std::size_t i = 0; i < listed.size(); ++i) level(out, listed[i], decl.at).event_level = decl.mapped[i];
  }
  for (const LevelTie& t : out.ties) {
    if (t.kind != LevelTie::Kind::Response) continue;
    for (ResponseLevel& r : out.responses) {
      if (r.number == t.rank && r.event_level.empty()) r.event_level = t.event_level;
    }
  }
}

}  // namespace plancheck::facts
