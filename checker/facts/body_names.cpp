// Where bodies' names are in a passage: the kind words names end with, where a name starts, and the
// positions (组长, 联络员 …) a passage names.
#include <algorithm>
#include <array>
#include <numeric>

#include "facts/aliases.hpp"
#include "facts/bodies_detail.hpp"
#include "text/search.hpp"
#include "facts/scan.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts::body_detail {
namespace {

struct Suffix {
  std::string_view text;
  BodyCategory category;
  bool generic = false;     // 组, 团队, 队伍: a name needs two characters before it, and 组 must end a word
  bool set_up_only = false; // 中心: a body only where a sentence sets it up (设立安全运营中心), else a place
};

// Longest first, so that 工作小组 wins over 小组-like overlaps at the same end.
const std::vector<Suffix>& suffixes() {
  static const std::vector<Suffix> table = {
      {"应急响应中心", BodyCategory::Office},     {"技术支撑队伍", BodyCategory::TechTeam},
      {"领导小组", BodyCategory::Leading},
      {"领导机构", BodyCategory::Leading},       {"工作小组", BodyCategory::Team},
      {"应急小组", BodyCategory::Team},          {"支撑队伍", BodyCategory::TechTeam},
      {"应急队伍", BodyCategory::TechTeam},      {"指挥中心", BodyCategory::Command},
      {"领导组", BodyCategory::Leading},         {"委员会", BodyCategory::Leading},
      {"指挥部", BodyCategory::Command},         {"办公室", BodyCategory::Office},
      {"应急办", BodyCategory::Office},          {"工作组", BodyCategory::Team},
      {"处置组", BodyCategory::Team},            {"专家组", BodyCategory::Experts},
      {"团队", BodyCategory::Group, true},       {"队伍", BodyCategory::Group, true},
      {"组", BodyCategory::Group, true},         {"中心", BodyCategory::Office, true, true},
      // a task force (工作专班, 网络安全应急专班)
      {"专班", BodyCategory::Team, true},
  };
  return table;
}

// Words that end the text before a body's name: a name never runs across them (由|应急工作小组).
const std::vector<std::string_view>& stop_words() {
  static const std::vector<std::string_view> words = {
      "加强", "成立", "设立", "组建", "建立", "下设", "负责", "组织", "协调", "联系", "通知", "配合", "参加",
      "根据", "通过", "指导", "会同", "通报", "由", "在", "报", "向", "将", "经", "请", "对", "为", "是",
      "的", "于", "被", "从", "给", "同", "至", "到", "即", "后", "时", "按", "与", "及", "或", "并", "把",
      "各", "和", "设", "有", "启动", "要求", "督促", "安排", "指定", "交由", "召集", "包括", "其中", "分为",
      "担任", "立即", "迅速", "以及", "报告", "上报", "报送", "组成", "完成", "交办", "建设", "管理",
      "简称", "以下称", "下称", "称为", "落实", "执行", "贯彻", "传达", "承担", "承办", "兼任",
      // one body acting through another: "黄色预警由治理委员会授权领导小组组长签发"
      "授权", "委托", "责成", "指派", "抽调", "邀请", "聘请", "提请", "报请",
      // "接受领导小组统一指挥", "发挥专家组作用", "成立以下工作组": no part of a name
      "接受", "服从", "发挥", "以下", "下列", "如下",
      // "按照领导小组要求": 按 alone left 照 in the name
      "按照", "依照", "遵照", "参照",
      // "领导小组或者领导小组办公室统一指挥": 或 alone left 者 in the name
      "或者",
      // "以局领导小组名义发布": in whose name
      "以",
      // "必要时请求专家组支持": 请 alone left 求 in the name
      "请求",
      // "法务合规组应协助应急办及时报案": one body helping another; "应即时告知应急办公室", "接收市卫生健康委员会…下发的
      // 威胁情报": one body telling or receiving from another
      "协助", "告知", "接收",
      // "组织技术处置组等相关工作组开展处置": the groups named before 等 and the others, no group of that name
      "等相关", "等有关", "等其他", "等其它", "等专项", "等各",
      // a count is no part of a name ("下设技术处置组、综合保障组两个专项工作组")
      "两个", "三个", "四个", "五个", "六个", "多个", "若干"};
  return words;
}

const std::vector<std::string_view>& task_verbs() {
  static const std::vector<std::string_view> verbs = {"负责", "组织", "决定", "牵头", "统筹", "实施", "开展",
                                                      "承担", "指导", "统一调用", "统一指挥", "要", "须", "立即",
                                                      "迅速", "及时", "第一时间", "研判", "做好", "完成", "协助",
                                                      "配合", "应当", "应",
                                                      // "现场处置小组进入待命状态", "…小组针对事件类型，采取…措施"
                                                      "进入", "采取", "针对", "赶赴", "启动", "落实"};
  return verbs;
}

const std::vector<std::string_view>& position_names() {
  static const std::vector<std::string_view> names = {"副总指挥", "总指挥", "指挥长", "副组长", "组长",
                                                      "牵头人",   "负责人", "副主任", "主任",   "联络员",
                                                      "联络人",   "联系人"};
  return names;
}

// The start of the code point before `pos`; 0 when `pos` is 0 (nothing comes before).
std::size_t previous_code_point(std::string_view s, std::size_t pos) {
  if (pos == 0) return 0;
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80);
  return pos;
}

// A stop word that is part of a longer word here is no cut: 网络安全和信息化, 有限公司, 后勤保障组, 对外联络组,
// 设备保障组, 临时工作组, 舆情应对组, 生产恢复协调组, 技术指导组.
bool inside_word(std::string_view s, std::size_t begin, std::size_t end) {
  static const std::vector<std::string_view> opening = {
      "和信息化", "有限", "后勤", "后台", "对外", "对口", "设备", "设施", "经营", "经济", "同城", "同步", "在线",
      "即时", "及时", "按需", "把关", "并发", "报道", "到场", "从业", "时效", "给水", "管理委员会", "管理办公室",
      "管理中心", "管理小组", "管理组", "管理工作", "管理领导", "管理应急", "管理团队", "管理局", "管理处", "管理部",
      "管理科", "管理所", "管理站", "管理司", "管理厅", "管理中", "协调组", "协调小组", "协调工作组", "指导组",
      "指导小组"};
  static const std::vector<std::string_view> closing = {"应对", "针对", "核对", "实时", "及时", "临时", "定时",
                                                        "适时", "汇报", "情报", "快报", "日报", "周报", "预报"};
  for (std::string_view w : opening) {
    if (!starts_with(s, begin, w)) continue;
    // 协调组织, 指导组建, 协调组成: the verb and the next one, not a body ending in 组 (协调组成员 is one).
    const std::size_t after = begin + w.size();
    const bool verb_after = text::ends_with_at(w, w.size(), "组") && (starts_with(s, after, "织") || starts_with(s, after, "建") ||
                                                                      (starts_with(s, after, "成") && !starts_with(s, after, "成员")));
    if (!verb_after) return true;
  }
  for (std::string_view w : closing) {
    if (ends_with_at(s, end, w) && end - w.size() < begin) return true;
  }
  return false;
}

// Past an article or chapter number that opens the text before a name ("第六条市教育局成立…": the clause
// number of a regulation-style plan is no part of the body's name). A kind word alone may be left: the
// heading "第六条 领导小组" names 领导小组.
std::size_t after_article_number(std::string_view s, std::size_t pos, std::size_t limit) {
  return clause_number_end(s, pos, limit, {"条", "章", "节", "款", "项", "部分", "篇"});
}

struct NameStart {
  std::size_t begin = 0;
  bool after_you = false;  // the cut word was 由 (由X负责…)
};

// Walks left from the suffix over Han characters (at most 20: "中共乌鲁木齐市委网络安全和信息化委员会" before 办公室)
// and cuts after the rightmost stop word.
NameStart name_start(std::string_view s, std::size_t suffix_begin) {
  std::size_t pos = suffix_begin;
  for (int n = 0; n < 20 && pos > 0; ++n) {
    const std::size_t prev = previous_code_point(s, pos);
    std::size_t p = prev;
    if (!text::is_cjk(text::next_code_point(s, p))) break;
    pos = prev;
  }
  // The stop words by their last byte, in list order: at each position only those ending in its byte are
  // compared, and the first that fits is still the first of the list.
  static const std::array<std::vector<std::string_view>, 256> by_last_byte = [] {
    std::array<std::vector<std::string_view>, 256> out;
    for (std::string_view w : stop_words()) out[static_cast<unsigned char>(w.back())].push_back(w);
    return out;
  }();
  NameStart out{after_article_number(s, pos, suffix_begin), false};
  for (std::size_t at = suffix_begin; at > pos;) {
    const std::size_t prev = previous_code_point(s, at);
    for (std::string_view w : by_last_byte[static_cast<unsigned char>(s[at - 1])]) {
      if (!ends_with_at(s, at, w) || at - w.size() < pos) continue;
      if (inside_word(s, at - w.size(), at)) continue;
      return {at, w == "由"};
    }
    at = prev;
  }
  return out;
}

// 组 ends a name only where it ends a word (not 组织, 组长, 组建 …) and is no word of its own (重组, 机组 …, and
// 班组: a plant's shift crews, a line unit like 车间; 值班组 is a body).
bool generic_word_end(std::string_view s, const Span& suffix) {
  if (s.compare(suffix.begin, suffix.end - suffix.begin, "组") != 0) {
    // A longer name ending in 组 before 组成 is two words: 专家组成…队伍 is 专家 组成 (专家组成员 is 专家组 成员).
    return !ends_with_at(s, suffix.end, "组") || !starts_with(s, suffix.end, "成") || starts_with(s, suffix.end, "成员");
  }
  std::size_t after = suffix.end;
  const char32_t next = after < s.size() ? text::next_code_point(s, after) : 0;
  for (char32_t cp : std::u32string_view(U"织长成建员别合件团装网态内")) {
    if (next == cp) return false;
  }
  std::size_t before = previous_code_point(s, suffix.begin);
  const char32_t prev = suffix.begin > 0 ? text::next_code_point(s, before) : 0;  // 组 opening the text
  for (char32_t cp : std::u32string_view(U"重改编分机词每本各该此")) {
    if (prev == cp) return false;
  }
  // 班组 but not 值班组 (the duty team)
  if (prev == U'班') {
    const std::size_t ban = previous_code_point(s, suffix.begin);
    std::size_t before_ban = previous_code_point(s, ban);
    return ban > 0 && text::next_code_point(s, before_ban) == U'值';
  }
  return true;
}

}  // namespace

bool starts_with(std::string_view s, std::size_t pos, std::string_view w) { return s.compare(pos, w.size(), w) == 0; }


bool found_by_kind_word(std::string_view name) {
  return std::any_of(suffixes().begin(), suffixes().end(), [&](const Suffix& suf) {
    return !suf.set_up_only && name.size() >= suf.text.size() && text::ends_with_at(name, name.size(), suf.text);
  });
}

std::size_t past_alias(std::string_view s, std::size_t end) {
  auto [b, e] = alias_bytes(s, end);
  if (e <= b) return end;
  for (std::string_view q : {"”", "\"", "」"}) {
    if (starts_with(s, e, q)) {
      e += q.size();
      break;
    }
  }
  for (std::string_view q : {"）", ")"}) {
    if (starts_with(s, e, q)) return e + q.size();
  }
  return e;
}

bool sets_up_before(std::string_view s, std::size_t begin) {
  static constexpr std::string_view kSetUp[] = {"成立", "设立", "组建", "建立", "下设"};
  const auto set_up_at = [&](std::size_t at) {
    return std::any_of(std::begin(kSetUp), std::end(kSetUp), [&](std::string_view w) { return ends_with_at(s, at, w); });
  };
  if (set_up_at(begin)) return true;
  // Its members between the verb and the name: "组建由信息技术公司和各二级单位骨干组成的应急技术支撑队伍".
  constexpr std::size_t kMaxMembers = 120;  // bytes between 由 and 组成的: some forty characters
  for (std::string_view made : {"组成的", "构成的", "参加的"}) {
    if (!ends_with_at(s, begin, made)) continue;
    const std::size_t members_end = begin - made.size();
    // 由 looked for no further back than kMaxMembers: a passage of many "…组成的X队伍" is not read back to its
    // start for each.
    const std::size_t from = members_end > kMaxMembers ? members_end - kMaxMembers : 0;
    const std::size_t found = s.substr(from, members_end - from).rfind("由");
    if (found == std::string_view::npos) return false;
    const std::size_t you = from + found;
    const std::string_view members = s.substr(you, members_end - you);
    if (members.find("。") != std::string_view::npos || members.find("；") != std::string_view::npos) return false;
    return set_up_at(you);
  }
  return false;
}

std::vector<RawMention> scan_bodies(const Passage& p) {
  static const std::vector<CharPairKeys> suffix_keys = [] {
    std::vector<CharPairKeys> keys;
    for (const Suffix& suf : suffixes()) keys.push_back(CharPairKeys::of(suf.text));
    return keys;
  }();
  const std::string_view s = p.norm.text;
  struct Hit {
    Span span;
    const Suffix* suffix;
  };
  std::vector<Hit> hits;
  const std::vector<Suffix>& all_suffixes = suffixes();
  for (std::size_t k = 0; k < all_suffixes.size(); ++k) {
    const Suffix& suf = all_suffixes[k];
    if (!p.filter.may_contain(suffix_keys[k])) continue;
    for (std::size_t at = text::find_text(s, suf.text); at != std::string_view::npos;
         at = text::find_text(s, suf.text, at + 1)) {
      hits.push_back({{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + suf.text.size())}, &suf});
    }
  }
  // 组织, 组长, 重组 …: a 组 that is no name's end is no hit at all (nor does it continue 领导小组|组织).
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const Hit& h) { return !generic_word_end(s, h.span); }),
             hits.end());
  // The hits by start: a hit is compared only with those starting within one suffix's length of its end.
  static const std::size_t longest_suffix = [] {
    std::size_t n = 0;
    for (const Suffix& suf : suffixes()) n = std::max(n, suf.text.size());
    return n;
  }();
  std::vector<std::size_t> by_begin(hits.size());
  std::iota(by_begin.begin(), by_begin.end(), 0);
  std::sort(by_begin.begin(), by_begin.end(), [&](std::size_t a, std::size_t b) {
    return hits[a].span.begin != hits[b].span.begin ? hits[a].span.begin < hits[b].span.begin : a < b;
  });
  std::vector<RawMention> out;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Span& span = hits[i].span;
    const Hit& hit = hits[i];
    // 领导组|办公室, 应急办|公室: a suffix that another suffix continues is part of the longer name; of two
    // suffixes ending together (技术支撑队伍, 队伍) the longer one names the kind.
    const std::size_t from = span.end >= longest_suffix ? span.end - longest_suffix : 0;
    auto first = std::lower_bound(by_begin.begin(), by_begin.end(), from,
                                  [&](std::size_t h, std::size_t at) { return hits[h].span.begin < at; });
    bool continued = false;
    for (auto it = first; it != by_begin.end() && hits[*it].span.begin <= span.end && !continued; ++it) {
      const Span& o = hits[*it].span;
      continued = (o.end > span.end && o.begin <= span.end && o.begin >= span.begin) ||
                  (o.end == span.end && (o.begin < span.begin || (o.begin == span.begin && *it < i)));
    }
    if (continued) continue;
    const NameStart start = name_start(s, span.begin);
    const std::string_view name = s.substr(start.begin, span.end - start.begin);
    if (hit.suffix->generic && text::code_point_count(name) < text::code_point_count(hit.suffix->text) + 2) continue;
    const bool set_up = sets_up_before(s, start.begin);
    if (hit.suffix->set_up_only && !set_up) continue;
    RawMention m{{static_cast<std::uint32_t>(start.begin), span.end}, hit.suffix->category, start.after_you, {}};
    // A group set up for emergency work (组建网络安全应急响应团队) is a working team, whatever its name.
    if (m.category == BodyCategory::Group && set_up) {
      for (std::string_view w : {"应急", "响应", "处置", "安全"}) {
        if (text::contains_text(name, w)) m.category = BodyCategory::Team;
      }
    }
    if (!hit.suffix->generic && start.begin < span.begin) m.tail = std::string(hit.suffix->text);
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const RawMention& a, const RawMention& b) { return a.span.begin < b.span.begin; });
  return out;
}

namespace {

// 下 as "under" at `at` ("统一指挥下开展工作"), not 下属, 下级, 下发 … ("组织下属单位排查").
bool under(std::string_view s, std::size_t at) {
  if (!starts_with(s, at, "下")) return false;
  for (std::string_view w : {"下属", "下级", "下发", "下达", "下设", "下一", "下步", "下列", "下述"}) {
    if (starts_with(s, at, w)) return false;
  }
  return true;
}

bool task_verb_at(std::string_view s, std::size_t at) {
  return std::any_of(task_verbs().begin(), task_verbs().end(), [&](std::string_view v) {
    // 应急, 应对 after a name are no "shall"; "在市应急指挥部统一指挥下开展工作", "在专家组指导下" name whose
    // command another body works under, not a task of theirs.
    return starts_with(s, at, v) && !(v == "应" && (starts_with(s, at, "应急") || starts_with(s, at, "应对"))) &&
           !under(s, at + v.size());
  });
}

// "局应急办接到报告后，应当立即组织研判", "专家组收到通知后，…": a clause of when (接到 / 收到 / 获悉 … 后，)
// between the name and its task. Where that clause ends, after its comma; npos when none does.
std::size_t after_when_clause(std::string_view s, std::size_t end) {
  static constexpr std::string_view kWhen[] = {"接到", "收到", "接报", "获悉", "获知", "得知"};
  if (std::none_of(std::begin(kWhen), std::end(kWhen), [&](std::string_view w) { return starts_with(s, end, w); })) {
    return std::string_view::npos;
  }
  constexpr std::size_t kClauseBytes = 60;  // about twenty characters
  const std::string_view rest = s.substr(end, std::min(kClauseBytes, s.size() - end));
  std::size_t comma = std::string_view::npos;
  for (std::string_view mark : {"，", ","}) comma = std::min(comma, rest.find(mark));
  if (comma == std::string_view::npos || contains_any(rest.substr(0, comma), {"。", "；", ";"})) return std::string_view::npos;
  if (!text::ends_with_at(rest, comma, "后") && !text::ends_with_at(rest, comma, "时")) return std::string_view::npos;
  return end + comma + (rest[comma] == ',' ? 1 : std::string_view("，").size());
}

}  // namespace

bool task_after(std::string_view s, std::size_t end) {
  if (task_verb_at(s, end)) return true;
  if (const std::size_t task = after_when_clause(s, end); task != std::string_view::npos) return task_verb_at(s, task);
  if (!starts_with(s, end, "对")) return false;
  // "专家组对事件进行研判": 对 what, then 进行 the task, in the same clause.
  constexpr std::size_t kObjectBytes = 36;  // 对 and a short object: about a dozen characters
  const std::string_view rest = s.substr(end, std::min(kObjectBytes, s.size() - end));
  const std::size_t task = rest.find("进行");
  return task != std::string_view::npos && !contains_any(rest.substr(0, task), {"，", ",", "。", "；", ";"});
}

bool names_members(std::string_view s, std::size_t end) {
  // Within the name's clause, read no further than a clause's length (a passage without punctuation must not
  // be read to its end for every name in it).
  // A list of seven units and its "等单位主要负责人组成" is some fifty characters.
  constexpr std::size_t kClauseBytes = 300;  // about a hundred characters
  const std::string_view window = s.substr(end, std::min(kClauseBytes, s.size() - end));
  std::size_t clause_end = window.size();
  for (std::string_view mark : {"，", ",", "。", "；", ";"}) clause_end = std::min(clause_end, window.find(mark));
  const std::string_view rest = window.substr(0, clause_end);
  return rest.find("组成") != std::string_view::npos || rest.find("构成") != std::string_view::npos;
}

void scan_positions(const Passage& p, BodyFacts& facts) {
  const std::string_view s = p.norm.text;
  static const std::vector<char32_t> first_code_points = [] {
    std::vector<char32_t> out;
    for (std::string_view n : position_names()) {
      std::size_t at = 0;
      const char32_t cp = text::next_code_point(n, at);
      if (std::find(out.begin(), out.end(), cp) == out.end()) out.push_back(cp);
    }
    return out;
  }();
  // Most passages name no position (their filters say so): they are not walked at all.
  static const WordKeys name_keys = [] {
    WordKeys keys;
    keys.add_all(position_names());
    return keys;
  }();
  if (!name_keys.may_hold_any(p.filter)) return;
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t next = pos;
    const char32_t cp = text::next_code_point(s, next);
    if (std::find(first_code_points.begin(), first_code_points.end(), cp) == first_code_points.end()) {
      pos = next;  // no position name starts here
      continue;
    }
    bool hit = false;
    for (std::string_view n : position_names()) {
      if (!starts_with(s, pos, n)) continue;
      facts.positions.push_back({std::string(n), p.index,
                                 {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + n.size())}});
      pos += n.size();
      hit = true;
      break;
    }
    if (!hit) text::next_code_point(s, pos);
  }
}

}  // namespace plancheck::facts::body_detail
