#include "rules/phrase.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "facts/scan.hpp"
#include "rules/phrase_headings.hpp"
#include "rules/phrase_windows.hpp"
#include "rules/remediation_args.hpp"

namespace plancheck::rules {
namespace {

using facts::Passage;
using facts::Span;

using phrase::HeadingsAbove;
using phrase::Hit;
using phrase::Window;
using phrase::for_each_window;

struct Tally {
  std::vector<std::optional<Hit>> found;  // per element
  std::vector<bool> in_heading;           // per element: found in a heading above the window
  int count = 0;
};

// Whether any element may occur in a passage (its filter), decided once per passage and check: sentence
// windows ask it for every sentence of a passage.
class MayHoldAny {
 public:
  MayHoldAny(const facts::Passages& ps, const PhraseParams& params) : ps_(ps), params_(params), known_(ps.items.size(), kUnknown) {}

  bool operator()(std::size_t passage) {
    std::int8_t& k = known_[passage];
    if (k == kUnknown) {
      k = params_.any_element.may_hold_any(ps_.items[passage].filter);
    }
    return k != 0;
  }

 private:
  static constexpr std::int8_t kUnknown = -1;
  const facts::Passages& ps_;
  const PhraseParams& params_;
  std::vector<std::int8_t> known_;
};

// What window `w` holds of the elements, into `t` (one buffer for all the windows of a check). With
// `use_headings`, an element a heading may hold is looked for there when the window holds another.
void tally(const Window& w, const facts::Passages& ps, const PhraseParams& params, MayHoldAny& may_hold,
           HeadingsAbove& headings, bool use_headings, Tally& t) {
  t.found.assign(params.elements.size(), std::nullopt);
  t.in_heading.assign(params.elements.size(), false);
  t.count = 0;
  // Most windows can hold no element at all (their passages' filters say so): skip the searches.
  const bool possible = std::any_of(w.begin(), w.end(), [&](const Hit& pl) { return may_hold(pl.passage); });
  if (!possible) return;
  // A heading alone names a topic ("2.6 联络员", "（四）宣传培训"): the plan says nothing of it there. (A rule
  // whose elements a heading may hold reads its headings with the text under them, after the text: "七、技术
  // 支撑队伍" is quoted only where no sentence under it says so.)
  if ((!params.reads_headings || !use_headings) &&
      std::all_of(w.begin(), w.end(), [&](const Hit& pl) { return ps.items[pl.passage].where == facts::Where::Heading; })) {
    return;
  }
  if (!params.anchors.empty()) {
    const bool anchored = std::any_of(w.begin(), w.end(), [&](const Hit& pl) {
      return params.anchors.find(ps.items[pl.passage], pl.span).has_value();
    });
    if (!anchored) return;
  }
  for (const Hit& pl : w) {
    const Passage& p = ps.items[pl.passage];
    const facts::SpanSet excluded(params.excludes.find_all(p, pl.span));
    // A column title is no content: an element read from a header row ("| 预警颜色 | … | 预警发布 |") counts
    // only for a row under it that fills that column (HeadingsAbove), also where a form reads the title
    // ("附件2 …对照表") and its rows as one window.
    const bool header_row = p.block && p.block->kind == BlockKind::TableRow && p.table_start == p.index;
    for (std::size_t e = 0; e < params.elements.size(); ++e) {
      if (t.found[e] || (header_row && params.elements[e].header_row)) continue;
      const auto m = params.elements[e].pattern.find(p, pl.span, excluded);
      if (!m) continue;
      t.found[e] = Hit{pl.passage, *m};
      ++t.count;
    }
  }
  if (t.count == 0 || !use_headings) return;
  for (std::size_t e = 0; e < params.elements.size(); ++e) {
    if (t.found[e] || !params.elements[e].above()) continue;
    if (const std::optional<Hit> h = headings.find(w.front().passage, e)) {
      t.found[e] = h;
      t.in_heading[e] = true;
      ++t.count;
    }
  }
}

std::string join_missing(const Tally& t, const PhraseParams& params, bool want_found) {
  std::string out;
  for (std::size_t e = 0; e < params.elements.size(); ++e) {
    if (t.found[e].has_value() != want_found) continue;
    if (!out.empty()) out += "、";
    out += params.elements[e].label;
  }
  return out;
}

// The first element found in the window itself (a heading above it is only context).
std::optional<Hit> first_found(const Tally& t) {
  std::optional<Hit> first;
  for (std::size_t e = 0; e < t.found.size(); ++e) {
    const auto& f = t.found[e];
    if (f && t.in_heading[e]) continue;
    if (f && (!first || f->passage < first->passage ||
              (f->passage == first->passage && f->span.begin < first->span.begin))) {
      first = f;
    }
  }
  return first;
}

// Which of the <each> items window `w` holds in its own text (excluded text aside) and `covered` still
// lacks, into `covered`; whether it held any.
bool cover(const Window& w, const facts::Passages& ps, const PhraseParams& params, std::vector<bool>& covered) {
  bool any = false;
  for (const Hit& pl : w) {
    const Passage& p = ps.items[pl.passage];
    const facts::SpanSet excluded(params.excludes.find_all(p, pl.span));
    for (std::size_t i = 0; i < params.each.size(); ++i) {
      if (covered[i] || !params.each[i].pattern.find(p, pl.span, excluded)) continue;
      covered[i] = true;
      any = true;
    }
  }
  return any;
}

// The units of a window of a lead-in and its list items: `sub` holds the lead-in alone (fn(nullptr)), then
// the lead-in with each item in turn (fn(the item's first hit)); stops when fn returns true. A window of one
// passage has no items: only the lead-in is asked.
template <typename Fn>
void for_each_unit(const Window& w, Window& sub, Fn&& fn) {
  const std::size_t lead = w.front().passage;
  const auto lead_end = std::find_if(w.begin(), w.end(), [&](const Hit& h) { return h.passage != lead; });
  sub.assign(w.begin(), lead_end);
  if (fn(static_cast<const Hit*>(nullptr))) return;
  for (auto item = lead_end; item != w.end();) {
    const auto item_end = std::find_if(item, w.end(), [&](const Hit& h) { return h.passage != item->passage; });
    sub.assign(w.begin(), lead_end);
    sub.insert(sub.end(), item, item_end);
    if (fn(&*item)) return;
    item = item_end;
  }
}

// The earliest element `t` found in the item's own passage, or `at` when none is found before it.
std::optional<Hit> first_in(const Tally& t, const Hit& item, std::optional<Hit> at = std::nullopt) {
  for (const auto& f : t.found) {
    if (f && f->passage == item.passage && (!at || f->span.begin < at->span.begin)) at = f;
  }
  return at;
}

// cover() for a window that meets the rule, one list item at a time: a lead-in and its items ("按照以下权限发布："
// then "（一）红色…签发" "（二）…"), or a form's title and its fields, are one window, but an item's <each> words
// count only where the item with the lead-in meets the rule. "（一）…做好信息发布准备" does not issue the yellow
// warning of "（二）黄色、蓝色预警响应…". `sub` and `t` are buffers. Adds to `met_at` where each unit that covered
// an item says so: the item itself ("（一）红色、橙色预警由…签发") rather than the lead-in ("…按照以下权限发布：").
void cover_by_item(const Window& w, const facts::Passages& ps, const PhraseParams& params, MayHoldAny& may_hold,
                   HeadingsAbove& headings, bool use_headings, int need, Window& sub, Tally& t,
                   std::vector<bool>& covered, std::vector<Hit>& met_at) {
  if (std::all_of(w.begin(), w.end(), [&](const Hit& h) { return h.passage == w.front().passage; })) {
    tally(w, ps, params, may_hold, headings, use_headings, t);  // one passage: one unit
    if (cover(w, ps, params, covered)) {
      if (const std::optional<Hit> at = first_found(t)) met_at.push_back(*at);
    }
    return;
  }
  for_each_unit(w, sub, [&](const Hit* item) {
    tally(sub, ps, params, may_hold, headings, use_headings, t);
    if (t.count >= need && cover(sub, ps, params, covered)) {
      if (const std::optional<Hit> at = item ? first_in(t, *item, *item) : first_found(t)) met_at.push_back(*at);
    }
    return false;
  });
}

// Where window `w`, which meets the rule as a whole (`whole`), says so: for a lead-in and its items, the first
// item that meets it with the lead-in (its own first element: "（三）经研判…由原发布人批准解除预警", not the
// lead-in "应急办主要职责包括："), else the window's first element.
Hit where_met(const Window& w, const facts::Passages& ps, const PhraseParams& params, MayHoldAny& may_hold,
              HeadingsAbove& headings, bool use_headings, int need, const Tally& whole, Window& sub, Tally& t) {
  const Hit first = *first_found(whole);
  std::optional<Hit> at;
  for_each_unit(w, sub, [&](const Hit* item) {
    if (!item) return false;  // the lead-in alone did not meet it, or the window would be one passage
    tally(sub, ps, params, may_hold, headings, use_headings, t);
    if (t.count < need) return false;
    at = first_in(t, *item).value_or(first);
    return true;
  });
  return at.value_or(first);
}

// Whether any passage of the plan holds `pattern`.
bool named_anywhere(const facts::Passages& ps, const facts::PhrasePattern& pattern) {
  return std::any_of(ps.items.begin(), ps.items.end(), [&](const Passage& p) {
    return pattern.may_occur_in(p) && pattern.find(p, Span{0, static_cast<std::uint32_t>(p.norm.text.size())});
  });
}

// The labels of the <each> items that are (or are not) `covered`, joined with 、.
std::string join_each(const std::vector<bool>& covered, const PhraseParams& params, bool want_covered) {
  std::string out;
  for (std::size_t i = 0; i < params.each.size(); ++i) {
    if (covered[i] != want_covered) continue;
    if (!out.empty()) out += "、";
    out += params.each[i].label;
  }
  return out;
}

PhraseParams::Window read_window(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  const auto ps = spec.params_named("window");
  if (ps.empty()) return PhraseParams::Window::Sentence;
  const std::string& v = ps.back()->value;
  if (v == "sentence") return PhraseParams::Window::Sentence;
  if (v == "block") return PhraseParams::Window::Block;
  if (v == "section") return PhraseParams::Window::Section;
  if (v == "scope") return PhraseParams::Window::Scope;
  errors.push_back({ps.back()->line, "<window> must be sentence, block, section or scope, not \"" + v + "\""});
  return PhraseParams::Window::Sentence;
}

}  // namespace

void PhraseRule::check(const RuleContext& ctx, Reporter& out) const {
  const facts::Passages& ps = ctx.facts.passages;
  const int need = params_.min > 0 ? params_.min : static_cast<int>(params_.elements.size());
  std::optional<Tally> best;
  std::size_t tier_index = 0, best_tier = 0;
  Tally t;
  Tally item_tally;  // cover_by_item's buffers
  Window item_window;
  MayHoldAny may_hold(ps, params_);
  HeadingsAbove headings(ps, params_);
  // A window that says it all in its own text is the evidence before one that needs a heading above it
  // for an element (the section "预警解除" whose first sentence is about issuing).
  const bool any_headings = std::any_of(params_.elements.begin(), params_.elements.end(), [](const auto& e) { return e.above(); });
  // <each> items held by a window that meets the rule, or that the plan never names
  std::vector<bool> covered(params_.each.size(), false);
  for (std::size_t i = 0; i < covered.size(); ++i) covered[i] = !named_anywhere(ps, params_.each_label[i]);
  std::vector<Hit> met_at;  // where each window (or list item) that covered <each> items says so
  for (const bool use_headings : {false, true}) {
    if (use_headings && !any_headings) break;
    tier_index = 0;
    for (const auto& tier : params_.scope.tiers(ps)) {
      const bool passed = for_each_window(tier, ps, params_.window, [&](const Window& w) {
        tally(w, ps, params_, may_hold, headings, use_headings, t);
        if (t.count >= need && !params_.each.empty()) {
          cover_by_item(w, ps, params_, may_hold, headings, use_headings, need, item_window, item_tally, covered, met_at);
          if (std::find(covered.begin(), covered.end(), false) != covered.end()) return false;
          // Each place that names some of the items is quoted: "红色、橙色预警由领导小组组长批准后发布" and
          // "黄色、蓝色预警由应急办主任批准后发布" both, as a cross-reference table needs them. A plan that names none
          // of them ("各级预警统一由领导小组组长签发") is quoted where the window meets the rule.
          if (met_at.empty()) {
            const Hit at = where_met(w, ps, params_, may_hold, headings, use_headings, need, t, item_window, item_tally);
            out.pass(facts::evidence_for(ctx.doc, ps.items[at.passage], at.span));
          }
          for (const Hit& at : met_at) out.pass(facts::evidence_for(ctx.doc, ps.items[at.passage], at.span));
          return true;
        }
        if (t.count >= need) {
          const Hit at = where_met(w, ps, params_, may_hold, headings, use_headings, need, t, item_window, item_tally);
          out.pass(facts::evidence_for(ctx.doc, ps.items[at.passage], at.span));
          return true;
        }
        if (t.count > 0 && (!best || t.count > best->count)) {
          best = t;
          best_tier = tier_index;
        }
        return false;
      });
      if (passed) return;
      ++tier_index;
    }
  }
  Place place;
  place.section = params_.scope.first_section(ps);
  if (!met_at.empty()) {
    // Some of the <each> items are met ("红色、橙色预警由领导小组发布"): the finding names the others and
    // points at the first window that meets the rule.
    const Evidence ev = facts::evidence_for(ctx.doc, ps.items[met_at.front().passage], met_at.front().span);
    place.location = ev.location;
    place.section = ev.section;
    place.evidence = ev.text;
    const std::string missing = join_each(covered, params_, false);
    out.fail("missing",
             {{"missing", missing}, {"found", join_each(covered, params_, true)},
              {"count", std::to_string(std::count(covered.begin(), covered.end(), true))},
              {"min", std::to_string(params_.each.size())}},
             std::move(place));
    return;
  }
  Tally none;
  none.found.resize(params_.elements.size());
  none.in_heading.resize(params_.elements.size());
  const Tally& result = best ? *best : none;
  // Part of the requirement is worth pointing at only where the requirement belongs: inside the rule's
  // scope when the plan has that section, else where more than half of what is needed stands together. A
  // lone "预案" in the purpose or "发布" in "本预案自发布之日起施行" is no place for the finding: it then names
  // the section where the text belongs, without a line.
  const bool in_place = best && (place.section.empty() ? result.count * 2 > need : best_tier == 0);
  if (const auto at = first_found(result); at && in_place) {
    const Evidence ev = facts::evidence_for(ctx.doc, ps.items[at->passage], at->span);
    place.location = ev.location;
    place.section = ev.section;
    place.evidence = ev.text;
  }
  out.fail("missing",
           {{"missing", join_missing(result, params_, false)}, {"found", join_missing(result, params_, true)},
            {"count", std::to_string(result.count)}, {"min", std::to_string(need)}},
           std::move(place));
}

MessageArgs PhraseRule::remediation_args() const {
  std::vector<std::string> labels;
  for (const PhraseParams::Element& e : params_.elements) labels.push_back(e.label);
  const int need = params_.min > 0 ? params_.min : static_cast<int>(params_.elements.size());
  std::vector<std::string> each;
  for (const PhraseParams::Element& e : params_.each) each.push_back(e.label);
  return {{"elements", joined_zh(labels)}, {"min", std::to_string(need)}, {"each", joined_zh(each)}};
}

namespace {

bool true_attribute(const ruleset::Param& p, const char* name) {
  const auto a = p.attributes.find(name);
  return a != p.attributes.end() && (a->second == "true" || a->second == "1");
}

// An <element> or <each>: its pattern and label (the attribute, else its first alternative); nullopt, with
// an error, when it holds no phrase.
std::optional<PhraseParams::Element> read_element(const ruleset::Param& p, std::vector<ParamError>& errors) {
  PhraseParams::Element e;
  e.pattern = facts::PhrasePattern::compile(p.value);
  const auto label = p.attributes.find("label");
  e.label = label != p.attributes.end() ? label->second : p.value.substr(0, p.value.find('|'));
  e.headings = true_attribute(p, "headings");
  e.header_row = true_attribute(p, "header-row");
  if (const auto words = p.attributes.find("header-words"); words != p.attributes.end()) {
    e.header_words = facts::PhrasePattern::compile(words->second);
    if (e.header_words.empty()) errors.push_back({p.line, "<" + p.name + "> header-words holds no phrase to match"});
  }
  if (e.pattern.empty()) {
    errors.push_back({p.line, "<" + p.name + "> holds no phrase to match"});
    return std::nullopt;
  }
  return e;
}

}  // namespace

std::unique_ptr<const Rule> make_phrase_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  PhraseParams params;
  for (const ruleset::Param* p : spec.params_named("element")) {
    if (auto e = read_element(*p, errors)) {
      e->pattern.add_keys_to(params.any_element);
      params.reads_headings = params.reads_headings || e->headings;
      params.elements.push_back(std::move(*e));
    }
  }
  for (const ruleset::Param* p : spec.params_named("each")) {
    if (auto e = read_element(*p, errors)) {
      params.each_label.push_back(facts::PhrasePattern::compile(e->label));
      params.each.push_back(std::move(*e));
    }
  }
  if (params.elements.empty()) errors.push_back({spec.line, "a phrase rule needs at least one <element>"});
  params.min = int_param(spec, "min", 0, errors);
  if (params.min > static_cast<int>(params.elements.size())) {
    errors.push_back({spec.line, "<min> is larger than the number of elements"});
  }
  params.window = read_window(spec, errors);
  params.anchors = compile_patterns(spec, "anchor", errors);
  params.excludes = compile_patterns(spec, "exclude", errors);
  params.scope = PhraseScope::read(spec, errors);
  return std::make_unique<PhraseRule>(std::move(params));
}

}  // namespace plancheck::rules
