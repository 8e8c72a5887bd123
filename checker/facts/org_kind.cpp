#include "facts/org_kind.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/aliases.hpp"
#include "facts/own_organisation.hpp"
#include "facts/scan.hpp"

namespace plancheck::facts {
namespace {

// How a plan refers to its own organisation: 本单位, 我公司, 本行, 我委 …
constexpr std::array<std::string_view, 2> kSelf = {"本", "我"};
constexpr std::array<std::string_view, 19> kSelfNouns = {"单位", "公司", "集团", "行", "院", "局", "委", "厅", "部", "中心",
                                                         "办", "校", "所", "署", "会", "企业", "机关", "机构", "组织"};
// Words that make the organisation the subject of the kind: 是, 为, 属于, 作为, 运营, 被认定为 …
constexpr std::array<std::string_view, 9> kPredicates = {"是", "为", "属于", "作为", "运营", "运行", "认定", "列为", "列入"};
constexpr std::array<std::string_view, 6> kNegations = {"不是", "不属于", "不为", "非", "未被", "不涉及"};
// Verbs that make 为 mean "for" and the kind an object of care, not the organisation: 本单位为保护关键信息
// 基础设施…, 我局配合中央和国家机关…
constexpr std::array<std::string_view, 12> kObjectVerbs = {"保护", "保障", "维护", "确保", "加强", "防范",
                                                           "配合", "协助", "支持", "服务", "指导", "监督"};
// At most this many bytes between the self-reference and the kind (about twenty characters).
constexpr std::size_t kMaxGap = 60;

// Byte offset of the last self-reference (本单位, 我公司 …, or one of `names`, the organisation's own) in `s`
// before `end`, if any.
std::optional<std::size_t> self_reference_before(std::string_view s, std::size_t end, const std::vector<std::string>& names) {
  std::optional<std::size_t> found;
  for (const std::string& name : names) {
    for (std::size_t at : find_all(s, name, 0, end)) {
      if (at + name.size() <= end && (!found || at > *found)) found = at;
    }
  }
  for (std::string_view self : kSelf) {
    for (std::size_t at : find_all(s, self, 0, end)) {
      const std::size_t noun = at + self.size();
      for (std::string_view n : kSelfNouns) {
        if (s.compare(noun, n.size(), n) == 0 && noun + n.size() <= end) {
          if (!found || at > *found) found = at;
          break;
        }
      }
    }
  }
  return found;
}

template <typename Words>
bool has_any(std::string_view s, const Words& words) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The sentence says the organisation is (or operates) what `marker` names: a self-reference before the
// marker and a predicate between them, and no negation.
bool says_self_is(std::string_view sentence, std::string_view marker, const std::vector<std::string>& names) {
  for (std::size_t at : find_all(sentence, marker)) {
    const auto self = self_reference_before(sentence, at, names);
    if (!self) continue;
    const std::string_view between = sentence.substr(*self, at - *self);
    if (between.size() > kMaxGap) continue;
    if (has_any(between, kPredicates) && !has_any(between, kNegations) && !has_any(between, kObjectVerbs)) return true;
  }
  return false;
}

// The clause opens on other units or a case, not the plan's own organisation: 各单位作为…, 如…, 对…
bool others_or_a_case(std::string_view clause) {
  static constexpr std::string_view kOthers[] = {"各", "相关", "有关", "其他", "其它", "如", "若", "凡", "对", "涉及", "针对"};
  for (std::string_view w : kOthers) {
    if (clause.substr(0, w.size()) == w) return true;
  }
  return false;
}

// The text of `sentence` from the start of the clause that holds `at` up to `at`.
std::string_view clause_before(std::string_view sentence, std::size_t at) {
  const Span clause = clause_at(sentence, Span{0, static_cast<std::uint32_t>(sentence.size())}, at);
  return sentence.substr(clause.begin, at - clause.begin);
}

// The clause before a kind says the plan's systems were identified as it: 已/已经 and then, at most
// kMaxSector bytes before the kind (a sector: 能源行业, 本行业), a verb of identifying ("已被认定为",
// "已由省卫生健康委认定为", "已纳入").
bool identified_done(std::string_view clause) {
  constexpr std::size_t kMaxSector = 18;  // bytes: six characters
  for (std::string_view verb : {"认定为", "列为", "纳入", "确定为"}) {
    const std::size_t v = clause.rfind(verb);
    if (v == std::string_view::npos || clause.size() - (v + verb.size()) > kMaxSector) continue;
    if (clause.substr(0, v).find("已") != std::string_view::npos) return true;
  }
  return false;
}

bool states_cii(std::string_view sentence, const std::vector<std::string>& names) {
  if (sentence.find("关键信息基础设施") == std::string_view::npos) return false;
  if (says_self_is(sentence, "关键信息基础设施", names)) return true;
  // "作为关键信息基础设施运营者，本单位…" puts the kind first; "医院作为关键信息基础设施运营者，…" names
  // the organisation without 本 or 我.
  for (std::size_t at : find_all(sentence, "作为关键信息基础设施运营")) {
    if (has_any(sentence.substr(0, at), kNegations)) continue;
    if (self_reference_before(sentence, sentence.size(), names)) return true;
    const std::size_t end = sentence.find("运营者", at);
    const bool own_clause = end != std::string_view::npos && (sentence.compare(end + 9, 3, "，") == 0 ||
                                                               sentence.compare(end + 9, 1, ",") == 0);
    if (own_clause && !others_or_a_case(clause_before(sentence, at))) return true;
  }
  // "…系统已被认定为关键信息基础设施": a fact about the plan's own systems, however long their list, also with the
  // body that identified them or a sector between ("已由省卫生健康委认定为…", "已被认定为能源行业关键信息基础设施").
  // Not "已被认定为关键信息基础设施的单位" (units of that kind) or a case (对…, 如…).
  // One clause finder and the sentence's first negation for all the kind's mentions: a clause full of them
  // must not be read again for each.
  ClauseFinder clauses;
  std::size_t first_negation = std::string_view::npos;
  for (std::string_view neg : kNegations) first_negation = std::min(first_negation, sentence.find(neg));
  for (std::size_t at : find_all(sentence, "关键信息基础设施")) {
    const std::size_t end = at + std::string_view("关键信息基础设施").size();
    if (sentence.compare(end, 3, "的") == 0 || sentence.compare(end, 9, "运营者") == 0) continue;
    const Span c = clauses.at(sentence, Span{0, static_cast<std::uint32_t>(sentence.size())}, at);
    if (at - c.begin > kMaxGap * 2) continue;
    const std::string_view clause = sentence.substr(c.begin, at - c.begin);
    if (first_negation < at || others_or_a_case(clause)) continue;
    if (identified_done(clause)) return true;
  }
  return false;
}

// "分公司本身不属于关键信息基础设施运营者", "本单位不是关键信息基础设施运营者", "本单位系统尚未被认定为关键信息基础设施":
// the organisation says it is not of the kind. A short subject (no other units, no case) before the denial; not
// a condition ("…不属于关键信息基础设施运营者的，应当…").
bool denies_cii(std::string_view sentence) {
  constexpr std::size_t kMaxSubject = 36;  // bytes: twelve characters
  constexpr std::string_view kCii = "关键信息基础设施";
  ClauseFinder clauses;  // one for all the kind's mentions (see states_cii)
  for (std::size_t at : find_all(sentence, kCii)) {
    std::size_t end = at + kCii.size();
    if (sentence.compare(end, 9, "运营者") == 0) end += 9;
    if (sentence.compare(end, 3, "的") == 0) continue;
    const Span c = clauses.at(sentence, Span{0, static_cast<std::uint32_t>(sentence.size())}, at);
    const std::string_view clause = sentence.substr(c.begin, at - c.begin);
    if (others_or_a_case(clause)) continue;
    // 非 only right before the kind ("本单位为非关键信息基础设施运营者"): elsewhere it opens a word (非法, 非常).
    if (clause.size() > 3 && clause.substr(clause.size() - 3) == "非") return true;
    for (std::string_view neg : {"不是", "不属于", "不为", "未被", "不涉及"}) {
      const std::size_t k = clause.substr(0, kMaxSubject + neg.size()).find(neg);
      if (k != std::string_view::npos && k > 0) return true;
    }
  }
  return false;
}

bool states_central(std::string_view sentence, const std::vector<std::string>& names) {
  for (std::string_view marker : {std::string_view("中央和国家机关"), std::string_view("中央国家机关")}) {
    if (sentence.find(marker) != std::string_view::npos && says_self_is(sentence, marker, names)) return true;
  }
  // "中心为某部直属事业单位", "本校是教育部直属高校": a ministry's directly affiliated unit, said of the
  // organisation by a short subject (no 本 or 我 needed) that is no other unit or case.
  constexpr std::size_t kMaxSubject = 36;  // bytes: twelve characters
  for (std::string_view marker : {"部直属", "中央和国家机关直属", "中央国家机关直属"}) {
    for (std::size_t at : find_all(sentence, marker)) {
      const std::string_view clause = clause_before(sentence, at);
      std::size_t verb = std::string_view::npos;
      for (std::string_view v : {"为", "是", "属于"}) verb = std::min(verb, clause.find(v));
      if (verb == std::string_view::npos || verb == 0 || verb > kMaxSubject) continue;
      if (has_any(clause, kNegations) || others_or_a_case(clause) || has_any(clause.substr(0, verb), kObjectVerbs)) continue;
      return true;
    }
  }
  return false;
}

// What a plan calls its own organisation besides 本单位, 我公司: its name and the short names it gives it
// ("为规范国网××省电力有限公司电力调度控制中心（以下简称“省调”）网络安全事件的应急处置工作" → 省调), so that
// "省调是关键信息基础设施运营者" states its kind. Read in the plan's first passages, where such names are set.
std::vector<std::string> own_names(const Document& doc, const Passages& passages) {
  constexpr std::size_t kLooked = 40;   // passages: a plan defines its own short name early
  constexpr std::size_t kMinName = 6;   // bytes: two characters at least (省调, 我院 are names; 局 is not)
  const OwnOrganisation own = read_own_organisation(doc, passages);
  std::vector<std::string> names;
  if (!own.known()) return names;
  names.push_back(own.name);
  std::size_t looked = 0;
  for (const Passage& p : passages.items) {
    if (p.where == Where::FrontMatter || p.where == Where::Heading) continue;
    if (++looked > kLooked) break;
    if (p.norm.text.find("称") == std::string::npos) continue;  // no alias opens here (简称, 下称, 称为)
    for (const Span m : organisation_mentions(p.norm.text)) {
      const std::string_view mention = std::string_view(p.norm.text).substr(m.begin, m.end - m.begin);
      if (!same_organisation(mention, own.name)) continue;
      if (const auto alias = alias_after(p.norm.text, m.end); alias && alias->size() >= kMinName) names.push_back(*alias);
    }
  }
  return names;
}

}  // namespace

OrgKindInfo read_org_kind(const Document& doc, const Passages& passages) {
  std::optional<OrgKindInfo> cii_info;
  std::optional<OrgKindInfo> central;
  std::optional<OrgKindInfo> denial;
  std::optional<std::vector<std::string>> names;  // own_names, read at the first sentence that names a kind
  for (const Passage& p : passages.items) {
    if (p.where == Where::Heading) continue;
    static const CharPairKeys cii_keys = CharPairKeys::of("关键信息基础设施");
    static const CharPairKeys central_keys = CharPairKeys::of("中央");
    static const CharPairKeys affiliated_keys = CharPairKeys::of("部直属");
    if (!p.filter.may_contain(cii_keys) && !p.filter.may_contain(central_keys) && !p.filter.may_contain(affiliated_keys)) continue;
    for (const Span& sentence : p.sentences) {
      const std::string_view st = sentence_text(p, sentence);
      if (st.find("关键信息基础设施") == std::string_view::npos && st.find("中央") == std::string_view::npos &&
          st.find("部直属") == std::string_view::npos) {
        continue;
      }
      if (!denial && denies_cii(st)) {
        const Evidence ev = evidence_for(doc, p, sentence);
        denial = OrgKindInfo{OrgKind::Other, OrgKindSource::Plan, ev.text, ev.location, {}};
        continue;
      }
      if (cii_info) continue;  // only a denial is still looked for
      // By 本单位, 我公司 … first; by the organisation's own names only when those do not say it (they are read
      // once, at the first such sentence).
      static const std::vector<std::string> kNoNames;
      bool cii = states_cii(st, kNoNames);
      bool is_central = !cii && !central && states_central(st, kNoNames);
      if (!cii && !is_central) {
        if (!names) names = own_names(doc, passages);
        if (names->empty()) continue;
        cii = states_cii(st, *names);
        is_central = !cii && !central && states_central(st, *names);
      }
      if (!cii && !is_central) continue;
      const Evidence ev = evidence_for(doc, p, sentence);
      OrgKindInfo info{cii ? OrgKind::Cii : OrgKind::Central, OrgKindSource::Plan, ev.text, ev.location, {}};
      (cii ? cii_info : central) = std::move(info);
    }
  }
  // "分公司本身不属于关键信息基础设施运营者。总公司…核心业务系统已被认定为关键信息基础设施": the plan's word on itself
  // wins over what it says of systems that may be another's.
  if (cii_info && !denial) return *cii_info;
  if (central) return *central;
  if (denial) return *denial;
  return OrgKindInfo{};
}

}  // namespace plancheck::facts
