#include "facts/declared_names.hpp"

#include <algorithm>

#include "facts/aliases.hpp"
#include "facts/name_words.hpp"
#include "facts/scan.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

constexpr std::size_t kMinName = 2;   // code points: 公安, 省调
constexpr std::size_t kMaxName = 30;  // code points; longer "names" are clauses
constexpr std::size_t kReach = 360;   // bytes read on either side of the role: a name, its alias and a dash

void add_name(std::string_view name, std::vector<std::string>& out) {
  while (!name.empty() && (name.front() == ' ' || name.front() == '"')) name.remove_prefix(1);
  for (std::string_view q : {"“", "”"}) {
    if (name.substr(0, q.size()) == q) name.remove_prefix(q.size());
    if (name.size() >= q.size() && name.substr(name.size() - q.size()) == q) name.remove_suffix(q.size());
  }
  const std::size_t n = text::code_point_count(name);
  if (n >= kMinName && n <= kMaxName) out.emplace_back(name);
}

// Whether `name` ends with a word organisations' names end with (局, 委员会, 有限公司 …).
bool ends_with_unit(std::string_view name) {
  static const std::vector<std::string> units = [] {
    std::vector<std::string> out;
    for (const auto* list : {&own_detail::strong_units(), &own_detail::place_units()}) {
      for (const std::u32string& unit : *list) out.push_back(text::to_utf8(unit));
    }
    return out;
  }();
  return std::any_of(units.begin(), units.end(), [&](const std::string& u) {
    return name.size() > u.size() && name.compare(name.size() - u.size(), u.size(), u) == 0;
  });
}

// Two or more bodies declared together ("民航局及民航华东地区管理局为其保护工作部门", "省公安厅、省通信管理局"): each
// part, when every part ends with an organisation's unit word (网络安全和信息化委员会办公室 is one name).
void add_joined_names(std::string_view name, std::vector<std::string>& out) {
  std::vector<std::string_view> parts;
  for (std::size_t from = 0, i = 0; i <= name.size();) {
    std::size_t len = 0;
    if (i == name.size()) {
      len = 0;
    } else {
      for (std::string_view joint : {"及", "和", "与", "、"}) {
        if (name.compare(i, joint.size(), joint) == 0) len = joint.size();
      }
      if (len == 0) {
        text::next_code_point(name, i);
        continue;
      }
    }
    parts.push_back(name.substr(from, i - from));
    if (i == name.size()) break;
    i += len;
    from = i;
  }
  if (parts.size() < 2 || !std::all_of(parts.begin(), parts.end(), ends_with_unit)) return;
  for (std::string_view part : parts) add_name(part, out);
}

// The names in `text`, the stretch a declaration gives: the short names it defines ("(以下简称“Y”)"), the
// text with its brackets left out, and that text's last part after a dash ("国家能源局及其派出机构——X").
void add_names(std::string_view text, std::vector<std::string>& out) {
  std::string bare;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '(') {
      bare += text[i++];
      continue;
    }
    if (const auto alias = alias_after(text, i)) add_name(*alias, out);
    const std::size_t close = text.find(')', i);
    if (close == std::string_view::npos) break;
    i = close + 1;
  }
  std::string_view name = bare;
  if (const std::size_t dash = name.rfind("——"); dash != std::string_view::npos) name.remove_prefix(dash + 6);
  add_name(name, out);
  add_joined_names(name, out);
}

bool denies(std::string_view s) { return s.find("不") != std::string_view::npos || s.find("非") != std::string_view::npos; }

// Where the clause holding `at` starts, looked for no further back than kReach bytes nor before `floor`: a
// clause of endless roles costs kReach per role.
std::size_t clause_start_near(std::string_view s, std::size_t at, std::size_t floor) {
  std::size_t from = std::max<std::size_t>(floor, at > kReach ? at - kReach : 0);
  while (from < at && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;  // a code point's start
  for (std::size_t i = from; i < at;) {
    std::size_t len = 0;
    if (is_clause_break(s, i, &len)) {
      i += len;
      from = i;
    } else {
      text::next_code_point(s, i);
    }
  }
  return from;
}

}  // namespace

std::vector<std::string> names_declared_as(const Passages& passages, std::string_view role) {
  std::vector<std::string> out;
  for (const Passage& p : passages.items) {
    if (p.where == Where::Heading) continue;
    const std::string_view s = p.norm.text;
    for (std::size_t at = s.find(role); at != std::string_view::npos; at = s.find(role, at + role.size())) {
      const Span sentence = sentence_at(p, at);
      // "X是本单位…的保护工作部门": the subject before the last 是 / 为 of the clause, within kReach (a name with
      // its alias and a dash before it fits), so that a clause of endless roles costs kReach per role.
      const std::size_t from = clause_start_near(s, at, sentence.begin);
      const std::string_view before = s.substr(from, at - from);
      std::size_t verb = std::string_view::npos;
      for (std::string_view v : {"是", "为"}) {
        const std::size_t k = before.rfind(v);
        if (k != std::string_view::npos && (verb == std::string_view::npos || k > verb)) verb = k;
      }
      if (verb != std::string_view::npos && !denies(before.substr(verb > 6 ? verb - 6 : 0, 6))) add_names(before.substr(0, verb), out);
      // "保护工作部门为省通信管理局", "保护工作部门：省通信管理局": the object after it, to the clause's end.
      std::size_t after = at + role.size();
      bool object = false;
      for (std::string_view v : {"是", "为", ":"}) {
        if (s.compare(after, v.size(), v) == 0) {
          after += v.size();
          object = true;
          break;
        }
      }
      if (!object) continue;
      std::size_t end = after;
      while (end < sentence.end && end < after + kReach && !is_clause_break(s, end)) text::next_code_point(s, end);
      add_names(s.substr(after, end - after), out);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> names_identifying(const Passages& passages, std::string_view what) {
  static constexpr std::string_view kVerb = "认定";
  std::vector<std::string> out;
  for (const Passage& p : passages.items) {
    if (p.where == Where::Heading) continue;
    const std::string_view s = p.norm.text;
    for (std::size_t at = s.find(kVerb); at != std::string_view::npos; at = s.find(kVerb, at + kVerb.size())) {
      // 认定为<what> / 认定是<what> / 认定的<what>, the object right after the verb.
      std::size_t after = at + kVerb.size();
      bool object = false;
      for (std::string_view v : {"为", "是", "的"}) {
        if (s.compare(after, v.size(), v) == 0 && s.compare(after + v.size(), what.size(), what) == 0) {
          object = true;
          break;
        }
      }
      if (!object) continue;
      // The identifier: what stands before the verb in its clause, after the last 由 / 经 / 被 when there is one
      // ("已由省卫生健康委认定为…"), within kReach.
      const std::size_t from = clause_start_near(s, at, 0);
      std::string_view before = s.substr(from, at - from);
      std::size_t agent = std::string_view::npos;
      for (std::string_view v : {"由", "经", "被"}) {
        const std::size_t k = before.rfind(v);
        if (k != std::string_view::npos && (agent == std::string_view::npos || k > agent)) agent = k + v.size();
      }
      if (agent == std::string_view::npos) continue;  // "本单位认定为…", "列入…认定的…": no one named as the agent
      add_names(before.substr(agent), out);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace plancheck::facts
