#include <optional>
#include <string_view>
#include <vector>

#include "facts/aliases.hpp"
#include "facts/bodies_detail.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts::body_detail {
namespace {

// A department named in an office clause, from `from` up to the first character that is not Han (or up to
// 承担, 负责): 设在|信息中心，负责…; at most 16 characters, at least 2.
std::optional<Span> department_at(std::string_view s, std::size_t from, std::size_t limit) {
  std::size_t end = from;
  int n = 0;
  while (end < limit && n < 16 && !starts_with(s, end, "承担") && !starts_with(s, end, "负责")) {
    std::size_t next = end;
    if (!text::is_cjk(text::next_code_point(s, next))) break;
    end = next;
    ++n;
  }
  if (n < 2 || n >= 16) return std::nullopt;
  return Span{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(end)};
}

// "X（以下简称“Y”）是领导小组的日常办事机构", "X作为…的办事机构": X, named at the start of the clause, is the
// office of the body.
std::optional<Span> named_as_office(std::string_view s, Span sentence, std::size_t at) {
  std::size_t clause = sentence.begin;
  for (std::size_t k = sentence.begin; k < at;) {
    const char32_t c = text::next_code_point(s, k);
    if (c == U'，' || c == U'；' || c == U'：' || c == U',' || c == U';' || c == U':') clause = k;
  }
  const auto d = department_at(s, clause, at);
  if (!d) return std::nullopt;
  std::size_t pos = d->end;
  if (const auto [b, e] = alias_bytes(s, pos); e > b) {
    pos = e;
    for (const std::string_view close : {"”）", "\"）", "”)", "\")", "）", ")"}) {
      if (starts_with(s, pos, close)) {
        pos += close.size();
        break;
      }
    }
  }
  for (const std::string_view verb : {"是", "为", "作为"}) {
    if (starts_with(s, pos, verb)) return d;
  }
  return std::nullopt;
}

}  // namespace

std::vector<OfficeClause> office_clauses(const Passage& p) {
  const std::string_view s = p.norm.text;
  std::vector<OfficeClause> out;
  if (!text::contains_text(s, "日常") && !text::contains_text(s, "设在") && !text::contains_text(s, "办事机构")) return out;
  for (const Span& sentence : p.sentences) {
    const std::string_view in = s.substr(0, sentence.end);
    const std::size_t office = text::find_text(in, "办事机构", sentence.begin);
    if (office != std::string_view::npos) {
      if (const auto d = named_as_office(s, sentence, office)) out.push_back({*d, false});
    }
    for (std::size_t at = text::find_text(in, "设在", sentence.begin); at != std::string_view::npos;
         at = text::find_text(in, "设在", at + 1)) {
      if (auto d = department_at(s, at + std::string_view("设在").size(), sentence.end)) out.push_back({*d, true});
    }
    std::size_t daily = text::find_text(in, "日常工作", sentence.begin);
    if (daily == std::string_view::npos) daily = text::find_text(in, "日常事务", sentence.begin);
    if (daily == std::string_view::npos) continue;
    for (std::size_t at = text::find_text(in, "由", sentence.begin); at != std::string_view::npos;
         at = text::find_text(in, "由", at + 1)) {
      const auto d = department_at(s, at + std::string_view("由").size(), sentence.end);
      if (!d || !(starts_with(s, d->end, "承担") || starts_with(s, d->end, "负责"))) continue;
      // The daily work comes before 由 (日常工作由X承担) or right after the verb (由X承担领导小组日常工作).
      if (daily < at || daily > d->end) out.push_back({*d, false});
    }
  }
  return out;
}


}  // namespace plancheck::facts::body_detail
