// What an organisation's name looks like: unit words, the words a name never holds, names in running text
// and in a title.
#include "facts/own_organisation.hpp"

#include <algorithm>
#include <memory>

#include "facts/name_words.hpp"
#include "facts/own_organisation_detail.hpp"
#include "text/literal_index.hpp"
#include "facts/scan.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace own_detail {

void decode_into(std::string_view s, CodePoints& out) {
  out.cps.clear();
  out.at.clear();
  for (std::size_t pos = 0; pos < s.size();) {
    out.at.push_back(static_cast<std::uint32_t>(pos));
    out.cps.push_back(text::next_code_point(s, pos));
  }
  out.at.push_back(static_cast<std::uint32_t>(s.size()));
}

CodePoints decode(std::string_view s) {
  CodePoints out;
  decode_into(s, out);
  return out;
}

std::u32string u32(std::string_view s) { return decode(s).cps; }

bool ends_with(std::u32string_view s, std::size_t end, std::u32string_view w) {
  return end >= w.size() && s.compare(end - w.size(), w.size(), w) == 0;
}

// Words that end a place name.
bool is_place_char(char32_t cp) { return cp == U'省' || cp == U'市' || cp == U'县' || cp == U'区' || cp == U'州' || cp == U'旗'; }

// The longest unit word `name` ends with among `units` (0 when none).
std::size_t unit_length(std::u32string_view name, std::size_t end, const std::vector<std::u32string>& units) {
  std::size_t best = 0;
  for (const std::u32string& u : units) {
    if (u.size() > best && ends_with(name, end, u)) best = u.size();
  }
  return best;
}

// 区 in a word for a part of a place, not a district: 社区卫生服务站, 小区, 院区, 校区, 厂区, 景区.
bool part_of_a_place(std::u32string_view s, std::size_t i) {
  return s[i] == U'区' && i > 0 && std::u32string_view(U"社小院校厂景库").find(s[i - 1]) != std::u32string_view::npos;
}

// Two place words in a row, or 地 before one, name kinds of places, not one: 区县教育局, 市县, 省市, 地市.
bool collective_place(std::u32string_view s, std::size_t i) {
  return i > 0 && (is_place_char(s[i - 1]) || s[i - 1] == U'地');
}

bool starts_with_place(std::u32string_view s, std::size_t begin, std::size_t unit_begin) {
  for (std::size_t i = begin + 1; i < unit_begin && i < begin + 8; ++i) {
    if (is_place_char(s[i]) && !part_of_a_place(s, i) && !collective_place(s, i)) return true;
  }
  return false;
}

// The name `norm` is, when it is only a name (a 落款 line, a title line): trailing date and spaces dropped.
std::string name_line(std::string_view norm) {
  const CodePoints cp = decode(norm);
  std::size_t end = cp.cps.size();
  while (end > 0 && !text::is_cjk(cp.cps[end - 1])) --end;
  while (end > 0 && (text::is_cjk(cp.cps[end - 1]) && (cp.cps[end - 1] == U'日' || cp.cps[end - 1] == U'月' || cp.cps[end - 1] == U'年'))) {
    std::size_t b = end - 1;
    while (b > 0 && !text::is_cjk(cp.cps[b - 1])) --b;
    while (b > 0 && std::u32string_view(U"〇零一二三四五六七八九十").find(cp.cps[b - 1]) != std::u32string_view::npos) --b;
    end = b;
  }
  const std::u32string name = cp.cps.substr(0, end);
  for (const char32_t c : name) {
    if (!text::is_cjk(c)) return {};
  }
  static const std::vector<std::u32string> ministry = {U"部"};  // 工业和信息化部 signs with its name alone
  const std::size_t u = std::max({unit_length(name, name.size(), strong_units()), unit_length(name, name.size(), place_units()),
                                  unit_length(name, name.size(), ministry)});
  return u > 0 && name.size() > u + 1 && name.size() <= 30 ? text::to_utf8(name) : std::string();
}

}  // namespace own_detail

namespace {

using namespace own_detail;

// Code points an organisation's name has at most (中国工商银行股份有限公司滨江市分行营业部 has 19).
constexpr std::size_t kMaxNameLength = 32;

// A name's own part made only of these says what kind of body it is, not which one (有关单位, 上级公司,
// 网络安全服务公司, 各医院).
const std::vector<std::u32string>& generic_words() {
  static const std::vector<std::u32string> w = {
      U"本", U"我", U"该", U"各", U"上级", U"下级", U"上述", U"有关", U"相关", U"其他", U"其它", U"所属", U"下属",
      U"属地", U"当地", U"全", U"外部", U"第三方", U"合作", U"服务", U"专业", U"安全", U"网络", U"信息", U"技术",
      U"科技", U"数据", U"电信", U"通信", U"运营", U"基础", U"系统", U"软件", U"设备", U"厂商", U"运维", U"集团",
      U"总", U"分", U"子", U"母", U"省", U"市", U"县", U"区", U"级", U"定点", U"指定", U"资质", U"测评", U"检测",
      U"评估", U"咨询", U"应急", U"保险", U"其", U"此", U"这些", U"一家", U"多家", U"有", U"化", U"管理", U"直属",
      U"事发", U"涉事", U"地市", U"事件发生地",
      // an industry alone says what a company does, not which one (所属码头公司、物流公司)
      U"物流", U"码头", U"港口", U"港务", U"电力", U"供电", U"供水", U"水务", U"燃气", U"物业", U"保安", U"运输",
      U"建设", U"工程", U"投资", U"租赁", U"贸易", U"销售", U"制造", U"生产",
      // a bank's channels say what it offers, not which bank (网上银行、手机银行、直销银行)
      U"网上", U"手机", U"电子", U"直销", U"掌上", U"电话", U"自助", U"微信",
      // a hospital's or school's online service (我院（含本部、东院区及互联网医院）)
      U"互联网",
      // who runs a school, a utility's own networks, a numbered branch (公办及民办中小学, 管网分公司, 第一分公司)
      U"民办", U"公办", U"公立", U"私立", U"管网", U"排水", U"污水", U"第一", U"第二", U"第三", U"第四", U"第五",
      // the plan's own short name before a unit (公司总公司: the company's head office)
      U"公司"};
  return w;
}

bool only_generic(std::u32string_view own_part) {
  std::u32string part(own_part);
  bool changed = true;
  while (!part.empty() && changed) {
    changed = false;
    for (const std::u32string& g : generic_words()) {
      for (std::size_t at; (at = part.find(g)) != std::u32string::npos;) {
        part.erase(at, g.size());
        changed = true;
      }
    }
  }
  return part.size() < 2;
}

// A one-character unit word that opens a common word with the character after it is no unit there:
// 南院区所有信息系统, 局部中断, 办理, 站点.
bool opens_a_word(char32_t unit, char32_t next) {
  static const std::u32string_view kAfter[][2] = {
      {U"所", U"有以谓需辖述涉列示称得要用作在属管使采造产持拥掌知获"}, {U"局", U"部面势限"}, {U"办", U"理法公结"}, {U"站", U"点"}, {U"院", U"内外"}};
  for (const auto& pair : kAfter) {
    if (pair[0].front() == unit) return pair[1].find(next) != std::u32string_view::npos;
  }
  return false;
}

// Is s[begin, end) an organisation's name?
bool is_name(const std::u32string& s, std::size_t begin, std::size_t end) {
  if (end <= begin + 2) return false;
  // 本分行, 我局, 该公司, 各医院: the plan's own or any organisation, not a name.
  if (std::u32string_view(U"本我该各全此原").find(s[begin]) != std::u32string_view::npos) return false;
  const std::u32string_view name = std::u32string_view(s).substr(begin, end - begin);
  // 各 inside says which kinds, not which one: 教育行政部门和各级各类学校, 市属各级各类学校.
  if (name.find(U'各') != std::u32string_view::npos) return false;
  // "安检信息管理系统和集团", "法律法规和公司": a unit word right after a conjunction stands alone (the plan's
  // own organisation, or any), and ends no name.
  const auto after_conjunction = [&](std::size_t u) {
    return name.size() > u && std::u32string_view(U"和与及或并").find(name[name.size() - u - 1]) != std::u32string_view::npos;
  };
  // "和处置公司" (of "有效防范和处置公司"): a name does not open with a conjunction, unless the conjunction
  // opens a place's name (和平区, 和田地区).
  const bool opens_with_conjunction = std::u32string_view(U"和与及或并").find(name.front()) != std::u32string_view::npos;
  if (const std::size_t u = unit_length(name, name.size(), strong_units()); u > 0) {
    if (opens_with_conjunction && !starts_with_place(name, 0, name.size() - u)) return false;
    if (after_conjunction(u)) return false;
    // "统一领导和指挥本公司", "期货、基金子公司": the plan's own organisation, or its subsidiary; not the end
    // of a word ("资本公司", "日本…", "电子有限公司", "量子…": names of others).
    if (name.size() > u) {
      const char32_t before = name[name.size() - u - 1];
      const char32_t word = name.size() > u + 1 ? name[name.size() - u - 2] : U'\0';
      const bool own = std::u32string_view(U"本我该此子").find(before) != std::u32string_view::npos;
      const bool ends_word = (before == U'本' && std::u32string_view(U"资日成基版样根文账剧标课脚").find(word) != std::u32string_view::npos) ||
                             (before == U'子' && std::u32string_view(U"电原量粒光分离种").find(word) != std::u32string_view::npos) ||
                             (before == U'我' && word == U'自') || (before == U'此' && word == U'彼');
      if (own && !ends_word) return false;
    }
    // 管理委员会 names an organisation as a zone's (高新区管理委员会, 滨江市经济开发区管委会); a board's
    // committee (信息科技风险管理委员会) is a body of the organisation.
    const std::u32string_view unit = name.substr(name.size() - u);
    if ((unit == U"管理委员会" || unit == U"管委会") && !starts_with_place(name, 0, name.size() - u) &&
        !ends_with(name, name.size() - u, U"区") && !ends_with(name, name.size() - u, U"园")) {
      return false;
    }
    return !only_generic(name.substr(0, name.size() - u));
  }
  const std::size_t u = unit_length(name, name.size(), place_units());
  if (u == 0 || after_conjunction(u) || !starts_with_place(name, 0, name.size() - u)) return false;
  return !only_generic(name.substr(0, name.size() - u));
}

// Words after a unit word that leave the name (the body of the organisation, what it does): the name ends
// before a later unit word that follows them (宏达公司网络安全应急领导小组办公室 ends at 宏达公司).
bool leaves_name(std::u32string_view between) {
  for (const char32_t* w : {U"网络", U"信息安全", U"应急", U"领导", U"小组", U"指挥", U"工作", U"负责", U"安全", U"和", U"与", U"及", U"或"}) {
    if (between.find(w) != std::u32string::npos) return true;
  }
  return false;
}

// The plan words a title's organisation name stands before.
const std::vector<std::u32string>& plan_words() {
  static const std::vector<std::u32string> w = {
      U"关于印发", U"关于", U"公共互联网", U"网络安全", U"网络与信息安全", U"网络和信息安全", U"信息安全", U"网络信息安全",
      U"信息网络", U"数据安全", U"网络", U"突发", U"应急预案", U"预案"};
  return w;
}

// The unit words and cut words in one Hyperscan index, so a text is read once for all of them. The index
// is loaded from the database compiled at build time (name_words.hpp); it is compiled here only when that
// cannot be used (another Hyperscan version than the build's).
struct NameWords {
  std::unique_ptr<text::LiteralIndex> index;
  std::vector<std::uint8_t> kinds;   // per literal id: which lists hold it (NameWordList::Kind)
  std::vector<std::uint8_t> length;  // per literal id: its code points
};

const NameWords& name_words() {
  static const NameWords words = [] {
    NameWordList list = name_word_list();
    NameWords w;
    w.length = std::move(list.length);
    w.index = std::make_unique<text::LiteralIndex>(std::move(list.literals), saved_name_words());
    w.kinds.assign(w.index->size(), 0);
    for (std::uint32_t i = 0; i < list.kinds.size(); ++i) w.kinds[w.index->id_of(w.index->literal(i))] |= list.kinds[i];
    return w;
  }();
  return words;
}

// For each code point position e of `cp`: the longest strong unit, place unit and cut word ending right before
// s[e] (0: none), the same as unit_length(s, e, strong_units()) etc. at every e. Every word is made of Han
// characters, so no occurrence straddles a run of Han characters.
struct WordEnds {
  std::vector<std::uint8_t> strong, place, cut;
};

void word_ends(const std::vector<text::LiteralHit>& hits, const CodePoints& cp, WordEnds& out) {
  const NameWords& words = name_words();
  out.strong.assign(cp.cps.size() + 1, 0);
  out.place.assign(cp.cps.size() + 1, 0);
  out.cut.assign(cp.cps.size() + 1, 0);
  for (const text::LiteralHit& h : hits) {
    const auto e = static_cast<std::size_t>(std::lower_bound(cp.at.begin(), cp.at.end(), h.end) - cp.at.begin());
    const std::uint8_t len = words.length[h.id];
    const std::uint8_t kind = words.kinds[h.id];
    if (kind & NameWordList::Strong) out.strong[e] = std::max(out.strong[e], len);
    if (kind & NameWordList::Place) out.place[e] = std::max(out.place[e], len);
    if (kind & NameWordList::Cut) out.cut[e] = std::max(out.cut[e], len);
  }
}

}  // namespace

bool ends_with_unit_word(std::string_view norm) {
  static const std::vector<std::u32string> kUnitsOfAnyKind = {U"单位", U"部门", U"机构"};
  const std::u32string s = u32(norm);
  return unit_length(s, s.size(), strong_units()) > 0 || unit_length(s, s.size(), place_units()) > 0 ||
         unit_length(s, s.size(), kUnitsOfAnyKind) > 0;
}

std::vector<Span> organisation_mentions(std::string_view norm) {
  // Every passage of a plan is read here (by plan.foreign-organisation), most of them naming no organisation:
  // the buffers are kept per thread, and a text without any unit word is done after the scan.
  thread_local std::vector<text::LiteralHit> hits;
  const NameWords& words = name_words();
  words.index->scan(norm, hits);
  const bool has_unit = std::any_of(hits.begin(), hits.end(), [&](const text::LiteralHit& h) {
    return (words.kinds[h.id] & (NameWordList::Strong | NameWordList::Place)) != 0;
  });
  if (!has_unit) return {};
  thread_local CodePoints cp;
  thread_local WordEnds ends;
  decode_into(norm, cp);
  word_ends(hits, cp, ends);
  const std::u32string& s = cp.cps;
  std::vector<Span> out;
  std::size_t run = 0;  // start of the current run of Han characters
  int quoted = 0;       // depth inside 《》
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && text::is_cjk(s[i])) continue;
    // s[run, i) is a run of Han characters: its names end at unit words.
    if (quoted == 0 && i > run) {
      // cut[k - run]: the length of the longest verb or function word ending before s[k] (0: none). A name
      // starts after the last of them before its unit word.
      const std::uint8_t* cut = ends.cut.data() + run;
      // Every name of the run, one after the other.
      for (std::size_t start = run; start < i;) {
        // After a name, the conjunction that joins the next one to it (和 only there: 工业和信息化部 keeps it).
        while (start > run && start < i && std::u32string_view(U"和与及或").find(s[start]) != std::u32string_view::npos) ++start;
        std::size_t begin = start;
        std::size_t end = 0;
        for (std::size_t e = start + 1; e <= i; ++e) {
          const std::size_t u = std::max(ends.strong[e], ends.place[e]);
          if (u == 0 || e - u < begin || (u == 1 && e < i && opens_a_word(s[e - 1], s[e]))) continue;
          if (end > 0 && (e - end > kMaxNameLength || leaves_name(std::u32string_view(s).substr(end, e - end)))) break;
          // Never longer than kMaxNameLength, so a long run of text costs linear time.
          const std::size_t from = std::max(begin, e > kMaxNameLength ? e - kMaxNameLength : std::size_t{0});
          std::size_t b = from;
          for (std::size_t k = from + 1; k <= e - u; ++k) {
            if (cut[k - run] > 0 && k - cut[k - run] >= from) b = k;
          }
          // Past a clause number opening the run ("第六条市教育局成立…": the article number of a
          // regulation-style plan, its space dropped by normalisation, is no part of the name).
          if (s[b] == U'第') {
            const std::size_t end = clause_number_end(norm, cp.at[b], cp.at[e - u], {"条", "章", "节", "款", "项", "篇"});
            b = static_cast<std::size_t>(std::lower_bound(cp.at.begin(), cp.at.end(), end) - cp.at.begin());
          }
          // "保障医院信息系统和互联网医院平台": before a company's, a hospital's or a school's unit word, 和 and 与 join two
          // things and the name starts after them (a place's bureau keeps them: 工业和信息化局).
          if (ends.strong[e] == u) {
            for (std::size_t k = e - u; k > b + 1; --k) {
              if (s[k - 1] == U'和' || s[k - 1] == U'与') {
                b = k;
                break;
              }
            }
          }
          if (is_name(s, b, e)) {
            if (end == 0) begin = b;
            end = e;
          } else if (end > 0) {
            break;
          }
        }
        if (end == 0) break;
        // "中国人民银行及其江城市分行": a unit of the organisation just named (其) is that one's, judged with it.
        if (begin == 0 || s[begin - 1] != U'其') out.push_back({cp.at[begin], cp.at[end]});
        start = end;
      }
    }
    if (i < s.size()) {
      if (s[i] == U'《') ++quoted;
      if (s[i] == U'》' && quoted > 0) --quoted;
    }
    run = i + 1;
  }
  return out;
}

namespace {

bool starts_with_any_of(const std::u32string& s, std::size_t pos, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view w) { return std::u32string_view(s).substr(pos, w.size()) == w; });
}

}  // namespace

std::string organisation_in_title(std::string_view norm_title) {
  const std::u32string t = u32(norm_title);
  std::size_t end = t.size();
  for (const std::u32string& w : plan_words()) {
    std::size_t at = t.find(w);
    // 网络 alone opens what the plan covers ("…公司网络与信息系统…预案"), not a name's trade ("华东云栈网络科技有限公司
    // 网络安全事件应急预案"): a 网络 followed by another word is part of the name.
    if (w == U"网络") {
      while (at != std::u32string::npos && !starts_with_any_of(t, at + w.size(), {U"安全", U"与", U"和", U"及", U"信息", U"系统", U"事件", U"运行", U"应急", U"突发"})) {
        at = t.find(w, at + w.size());
      }
    }
    if (at != std::u32string::npos && at < end) end = at;
  }
  // A template's or a redacted copy's placeholder stands for the place or the name ("××省能源集团有限公司",
  // "XX市…"): part of the name.
  const auto placeholder = [](char32_t c) { return c == U'×' || c == U'X' || c == U'x' || c == U'*' || c == U'○' || c == U'□'; };
  std::size_t han = 0;
  while (han < end && (text::is_cjk(t[han]) || placeholder(t[han]))) ++han;
  if (han < end && end != t.size()) return {};  // something other than a name before the plan words
  const std::u32string name = t.substr(0, han);
  // "本文档为公司级应急预案", "我公司…": the plan speaking of itself, no name.
  if (!name.empty() && std::u32string_view(U"本我该此各全").find(name.front()) != std::u32string_view::npos) return {};
  const std::size_t u = std::max(unit_length(name, name.size(), strong_units()), unit_length(name, name.size(), place_units()));
  if (name.size() >= 3 && (u > 0 || is_place_char(name.back()) || ends_with(name, name.size(), U"开发区"))) return text::to_utf8(name);
  // The name and what the plan covers ("华鼎化工集团有限公司工业控制系统网络安全事件专项应急预案",
  // "江西省卫生健康委员会卫生健康行业网络安全事件应急预案"): the longest part of it that ends in a word only
  // organisations end with, or in a body's word after a place name.
  for (std::size_t n = name.size(); n-- > 3;) {
    if (unit_length(name, n, strong_units()) > 0) return text::to_utf8(name.substr(0, n));
    if (const std::size_t pu = unit_length(name, n, place_units()); pu > 0 && starts_with_place(name, 0, n - pu)) {
      return text::to_utf8(name.substr(0, n));
    }
  }
  return {};
}

}  // namespace plancheck::facts
