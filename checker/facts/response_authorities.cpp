// Who starts and who ends each response level: "由部应急办决定启动", "经部领导小组批准后启动", "及时启动I级响应，
// 局领导小组履行…统一领导", "报指挥部批准后结束", "由应急工作组决定".
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

#include "facts/grading.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

// A response ends (结束) or is terminated (终止): "Ⅰ级响应由领导小组决定终止".
bool says_end(std::string_view s) { return contains_any(s, {"结束", "终止"}); }

constexpr std::size_t kMaxWho = 24;  // code points; longer "who" spans are sentences, not bodies

// The body named in s[begin, end), trimmed of particles; "" when it runs across a clause or is too long.
std::string who_between(std::string_view s, std::size_t begin, std::size_t end) {
  if (end <= begin || end > s.size()) return {};
  std::string_view w = s.substr(begin, end - begin);
  for (std::string_view lead : {"并", "及时", "成立", "由", "经", "报"}) {
    if (w.compare(0, lead.size(), lead) == 0) w.remove_prefix(lead.size());
  }
  for (std::size_t i = 0; i < w.size(); text::next_code_point(w, i)) {
    if (is_clause_break(w, i)) return {};
  }
  if (w.empty() || text::code_point_count(w) > kMaxWho) return {};
  return std::string(w);
}

// "<lead>X<verb>": X between the first `lead` and the nearest following verb.
std::string after_lead(std::string_view s, std::string_view lead, std::initializer_list<std::string_view> verbs) {
  for (std::size_t at : find_all(s, lead)) {
    std::size_t best = std::string_view::npos;
    for (std::string_view v : verbs) best = std::min(best, s.find(v, at + lead.size()));
    if (best == std::string_view::npos) continue;
    if (std::string who = who_between(s, at + lead.size(), best); !who.empty()) return who;
  }
  return {};
}

// "X决定启动" / "X根据…确定" / "X按预案…响应": X from the start of its clause to the verb.
std::string clause_subject(std::string_view s, std::initializer_list<std::string_view> verbs) {
  for (std::string_view v : verbs) {
    const std::size_t at = s.find(v);
    if (at == std::string_view::npos) continue;
    const Span c = clause_at(s, {0, static_cast<std::uint32_t>(s.size())}, at);
    if (std::string who = who_between(s, c.begin, at); !who.empty()) return who;
  }
  return {};
}

// "启动I级响应，(成立)X，履行…" / "启动I级响应，X履行…统一领导".
std::string after_start(std::string_view s) {
  const std::size_t start = s.find("启动");
  if (start == std::string_view::npos) return {};
  const Span first = clause_at(s, {0, static_cast<std::uint32_t>(s.size())}, start);
  std::size_t len = 0;
  if (first.end >= s.size() || !is_clause_break(s, first.end, &len)) return {};
  const Span next = clause_at(s, {0, static_cast<std::uint32_t>(s.size())}, first.end + len);
  const std::string_view c = s.substr(next.begin, next.end - next.begin);
  if (c.compare(0, 6, "成立") == 0) return who_between(s, next.begin + 6, next.end);
  for (std::string_view v : {"履行", "负责", "统一"}) {
    if (const std::size_t at = c.find(v); at != std::string_view::npos && at > 0) return who_between(c, 0, at);
  }
  return {};
}

std::string start_authority(std::string_view s, bool first_in_level_section) {
  if (contains_any(s, {"启动", "确定", "决定"})) {
    if (auto w = after_lead(s, "经", {"批准", "同意"}); !w.empty()) return w;
    if (auto w = after_lead(s, "报", {"批准", "同意"}); !w.empty()) return w;
    if (auto w = after_lead(s, "由", {"决定", "批准", "根据", "负责", "统一", "启动", "确定"}); !w.empty()) return w;
    if (auto w = clause_subject(s, {"决定启动", "批准启动", "负责启动"}); !w.empty()) return w;
    if (auto w = after_start(s); !w.empty()) return w;
    if (auto w = clause_subject(s, {"根据"}); !w.empty() && contains_any(s, {"确定"})) return w;
    // "由应急办提出建议，领导小组组长批准后启动": who approves, in a clause of its own.
    if (auto w = clause_subject(s, {"批准", "同意"}); !w.empty()) return w;
  }
  if (first_in_level_section) return clause_subject(s, {"按照", "按", "根据", "负责", "组织"});
  return {};
}

std::string end_authority(std::string_view s) {
  if (auto w = after_lead(s, "经", {"批准", "同意"}); !w.empty()) return w;
  if (auto w = after_lead(s, "报", {"批准", "同意"}); !w.empty()) return w;
  if (auto w = after_lead(s, "由", {"决定", "批准", "宣布"}); !w.empty()) return w;
  // "Ⅰ级、Ⅱ级响应的结束，由应急办提出建议，领导小组组长批准后宣布": who approves, in a clause of its own.
  return clause_subject(s, {"决定结束", "宣布结束", "批准结束", "决定终止", "宣布终止", "批准终止", "决定", "批准", "同意"});
}

// "启动Ⅲ级、Ⅳ级响应": 启动 as the act, not as the time of another ("Ⅰ级响应启动后，统一指挥…").
bool starts_levels(std::string_view s) {
  for (const std::size_t at : find_all(s, "启动")) {
    if (!starts_with_any(s, at + 6, {"后", "时", "以后", "之后", "期间"})) return true;
  }
  return false;
}

// The body whose duties the list item `p` is one of: "领导小组职责：", "应急办公室主要职责如下：" before the
// list ("2）批准Ⅰ级、Ⅱ级响应的启动和结束；"). "" when the list has no such lead-in.
// When the body is named earlier in the sentence: "应急办是公司…的日常办事机构，主要职责：" (the subject before 是 or
// 为), "领导小组下设网络安全应急办公室（以下简称“应急办”），设在信息中心，主要职责：" (what 下设, 成立 … set up,
// without its alias).
std::string duty_list_owner(const Passages& ps, const Passage& p) {
  const std::string_view lead = list_lead_in(ps, p);
  for (std::string_view w : {"主要职责", "的职责", "职责", "负责"}) {
    const std::size_t at = lead.find(w);
    if (at == std::string_view::npos) continue;
    std::size_t from = 0;
    for (std::string_view mark : {"。", "；", ";"}) {
      if (const std::size_t k = lead.rfind(mark, at); k != std::string_view::npos) from = std::max(from, k + mark.size());
    }
    if (std::string who = who_between(lead, from, at); !who.empty()) return who;
    const std::string_view sentence = lead.substr(from, at - from);
    const Span first = clause_at(sentence, {0, static_cast<std::uint32_t>(sentence.size())}, 0);
    const std::string_view clause = sentence.substr(0, first.end);
    for (std::string_view set_up : {"下设", "成立", "设立", "组建"}) {
      const std::size_t k = clause.find(set_up);
      if (k == std::string_view::npos) continue;
      std::string_view body = clause.substr(k + set_up.size());
      body = body.substr(0, std::min(body.find('('), body.find("（")));
      return who_between(body, 0, body.size());
    }
    for (std::string_view verb : {"是", "为"}) {
      if (const std::size_t v = clause.find(verb); v != std::string_view::npos) return who_between(clause, 0, v);
    }
    return {};
  }
  return {};
}

std::vector<int> numbers_in(std::string_view s) {
  std::vector<int> out;
  for (const ResponseMention& m : response_level_mentions(s)) {
    if (std::find(out.begin(), out.end(), m.number) == out.end()) out.push_back(m.number);
  }
  return out;
}

void add(GradingFacts& out, const std::vector<int>& numbers, Authority a, bool end) {
  if (numbers.empty()) {
    if (end) out.generic_ends.push_back(std::move(a));
    return;
  }
  for (int n : numbers) {
    for (ResponseLevel& r : out.responses) {
      if (r.number == n) (end ? r.ends : r.starts).push_back(a);
    }
  }
}

// A table whose header names a column 启动 (or 结束): each row's cell in that column is who starts (ends) the
// response levels the row names ("| Ⅰ级 | 特别重大 | 领导小组组长 |").
void table_authorities(const Passages& passages, GradingFacts& out) {
  const Block* header = nullptr;
  for (const Passage& p : passages.items) {
    if (p.where != Where::Body || !p.block || p.block->kind != BlockKind::TableRow) {
      header = nullptr;
      continue;
    }
    if (!header) {
      header = p.block;  // the first row of a table is its header
      continue;
    }
    std::vector<int> numbers = numbers_in(p.norm.text);
    if (const int n = table_response_level(passages, p); numbers.empty() && n > 0) numbers.push_back(n);
    for (std::size_t i = 0; !numbers.empty() && i < header->cells.size() && i < p.block->cells.size(); ++i) {
      const std::string title = column_title(*header, i);
      const bool end = says_end(title);
      if (!end && !contains_any(title, {"启动"})) continue;
      Authority a;
      a.at = make_ref(p, 0, p.norm.text.size());
      a.who = text::normalized(p.block->cells[i]);
      if (!a.who.empty() && numbers_in(a.who).empty()) add(out, numbers, a, end);
    }
  }
}

}  // namespace

void extract_response_authorities(const Passages& passages, GradingFacts& out) {
  std::unordered_map<const Section*, std::string_view> headings;  // normalised titles
  for (const Passage& p : passages.items) {
    if (p.where == Where::Heading) headings[p.section] = p.norm.text;
  }
  const Section* last_section = nullptr;
  for (const Passage& p : passages.items) {
    // A plan whose headings were all lost (numbers generated by Word, dropped in a text export) is all
    // preamble: its sentences still say who starts and ends each level.
    if (p.where != Where::Body && p.where != Where::Preamble) continue;
    const std::string_view heading = p.section ? headings[p.section] : std::string_view();
    const bool end_section = says_end(heading);
    const std::vector<int> heading_levels = contains_any(heading, {"响应"}) ? numbers_in(heading) : std::vector<int>{};
    const bool first_in_section = p.section != last_section;
    last_section = p.section;
    std::vector<int> label_levels;  // of a label opening the passage ("2. Ⅲ级响应。由厅网安办决定启动…")
    std::optional<std::string> owner;  // duty_list_owner of the passage, read once at its first deciding item
    for (const Span& sp : p.sentences) {
      const std::string_view st = sentence_text(p, sp);
      std::vector<int> numbers = numbers_in(st);
      if (&sp == &p.sentences.front() && is_level_label(st)) label_levels = numbers;
      if (numbers.empty()) numbers = label_levels.empty() ? heading_levels : label_levels;
      const bool end = end_section || (says_end(st) && !numbers.empty());
      Authority a;
      a.at = make_ref(p, sp.begin, sp.end);
      // An item of a body's list of duties that decides on levels ("决定启动、结束Ⅰ级和Ⅱ级应急响应") says what
      // that body decides, though the item names no one.
      const bool decides = !numbers.empty() && (contains_any(st, {"决定", "批准", "同意", "宣布"}) || starts_levels(st));
      const auto list_owner = [&]() -> std::string {
        if (!decides) return {};
        if (!owner) owner = duty_list_owner(passages, p);
        return *owner;
      };
      if (end) {
        if (!end_section && !contains_any(st, {"决定", "批准", "同意", "宣布"})) continue;
        a.who = end_authority(st);
        if (a.who.empty()) a.who = list_owner();
        if (!a.who.empty() || end_section) add(out, numbers, a, true);
        // "批准Ⅰ级、Ⅱ级响应的启动和结束": the same item starts them too.
        if (end_section || !contains_any(st, {"启动"})) continue;
        a.who.clear();
      }
      if (numbers.empty()) continue;
      a.who = start_authority(st, first_in_section && &sp == &p.sentences.front() && !heading_levels.empty());
      if (a.who.empty()) a.who = list_owner();
      if (!a.who.empty()) add(out, numbers, a, false);
    }
  }
  table_authorities(passages, out);
}

}  // namespace plancheck::facts
