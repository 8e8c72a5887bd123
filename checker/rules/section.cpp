#include "rules/section.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "facts/char_pair_filter.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

// Where one heading lists several topics: "预警分级、监测、研判", "应急处置与事后评估".
bool is_part_separator(char32_t cp) {
  switch (cp) {
    case U'、': case U'与': case U'和': case U'及': case U'/': case U'，': case U',': case U'；':
    case U';': case U'：': case U':': case U' ': case U'·':
      return true;
    default:
      return false;
  }
}

// Calls `fn` with each non-empty part of `title` between separators, without copying.
template <typename Fn>
void for_each_part(std::string_view title, Fn&& fn) {
  std::size_t pos = 0;
  std::size_t begin = 0;
  while (pos < title.size()) {
    const std::size_t at = pos;
    const char32_t cp = text::next_code_point(title, pos);
    if (is_part_separator(cp)) {
      if (at > begin) fn(title.substr(begin, at - begin));
      begin = pos;
    }
  }
  if (title.size() > begin) fn(title.substr(begin));
}

bool has_several_parts(std::string_view title) {
  int n = 0;
  for_each_part(title, [&](std::string_view) { ++n; });
  return n > 1;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool contains(std::string_view s, std::string_view needle) { return text::contains_text(s, needle); }

// Normalised text holds ASCII brackets for the full-width ones.
constexpr std::string_view kOpeningBrackets[] = {"(", "[", "《", "【", "〔", "「"};

// "应急处置工作组", "预警监测中心" name a body (organisation), not the topic its words mention.
bool names_a_body(std::string_view part) {
  static constexpr std::string_view suffixes[] = {"组", "办公室", "中心", "队", "队伍", "指挥部", "委员会", "机构"};
  return std::any_of(std::begin(suffixes), std::end(suffixes), [&](std::string_view x) { return ends_with(part, x); });
}

// A topic name with what matching needs to know about it, worked out once when the rule is compiled.
struct TopicName {
  std::string text;
  bool is_body = false;     // names_a_body(text)
  bool long_name = false;   // three or more code points: may match inside a part
  bool multi_part = false;  // holds a separator: looked for in the whole title
  facts::CharPairKeys keys; // every match needs `text` inside the title: what the title's filter must hold
};

TopicName topic_name(const std::string& name) {
  return TopicName{name, names_a_body(name), text::code_point_count(name) >= 3, has_several_parts(name),
                   facts::CharPairKeys::of(name)};
}

std::vector<TopicName> topic_names(const std::vector<std::string>& names) {
  std::vector<TopicName> out;
  out.reserve(names.size());
  for (const std::string& n : names) out.push_back(topic_name(n));
  return out;
}

bool part_names(std::string_view part, bool part_is_body, const TopicName& name) {
  if (part == name.text) return true;
  if (part_is_body && !name.is_body) return false;
  if (starts_with(part, name.text) || ends_with(part, name.text)) return true;
  // Two-character names (目的, 依据) only at an edge: inside a longer word they mean something else.
  return name.long_name && contains(part, name.text);
}

bool title_names_topic(std::string_view title, const std::vector<TopicName>& names,
                       const std::vector<std::string>& excludes) {
  bool found = false;
  for_each_part(title, [&](std::string_view part) {
    if (found) return;
    const bool excluded =
        std::any_of(excludes.begin(), excludes.end(), [&](const std::string& x) { return contains(part, x); });
    if (excluded) return;
    const bool part_is_body = names_a_body(part);
    found = std::any_of(names.begin(), names.end(),
                        [&](const TopicName& name) { return part_names(part, part_is_body, name); });
  });
  if (found) return true;
  // Names that themselves hold a separator ("组织机构与职责") are looked for in the whole title.
  return std::any_of(names.begin(), names.end(),
                     [&](const TopicName& name) { return name.multi_part && contains(title, name.text); });
}

bool opens_a_bracket(std::string_view s) {
  return std::any_of(std::begin(kOpeningBrackets), std::end(kOpeningBrackets),
                     [&](std::string_view b) { return s.find(b) != std::string_view::npos; });
}

// A keyword's pieces in order inside one sentence: "为…制定…预案".
using Keyword = std::vector<std::string>;

std::optional<facts::Span> find_in(std::string_view text, facts::Span sentence, const Keyword& pieces) {
  text = text.substr(0, std::min<std::size_t>(sentence.end, text.size()));  // same answers, shorter scans
  std::size_t from = sentence.begin;
  std::size_t first = std::string::npos;
  for (const std::string& piece : pieces) {
    const std::size_t at = text::find_text(text, piece, from);
    if (at == std::string_view::npos || at + piece.size() > sentence.end) return std::nullopt;
    if (first == std::string::npos) first = at;
    from = at + piece.size();
  }
  if (first == std::string::npos) return std::nullopt;
  return facts::Span{static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(from)};
}

struct SectionParams {
  std::vector<std::string> headings;   // normalised
  std::vector<Keyword> keywords;       // normalised pieces
  std::vector<std::string> excludes;   // normalised
  bool front_matter_passes = false;
};

class SectionRule final : public Rule {
 public:
  explicit SectionRule(SectionParams params) : p_(std::move(params)), names_(topic_names(p_.headings)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;

 private:
  bool by_heading(const RuleContext& ctx, Reporter& out) const;
  bool by_label(const RuleContext& ctx, Reporter& out) const;
  const facts::Passage* by_keyword(const RuleContext& ctx, facts::Where where, facts::Span& span) const;
  std::string topic() const { return p_.headings.front(); }
  // Whether the passage may hold one of the names (its character-pair filter): most hold none.
  bool may_name_topic(const facts::Passage& p) const {
    return std::any_of(names_.begin(), names_.end(), [&](const TopicName& n) { return p.filter.may_contain(n.keys); });
  }

  SectionParams p_;
  std::vector<TopicName> names_;  // p_.headings, analysed once
};

bool SectionRule::by_heading(const RuleContext& ctx, Reporter& out) const {
  std::unordered_set<std::string_view> matched;  // section paths already reported: their subsections add nothing
  for (const facts::Passage& p : ctx.facts.passages.items) {
    if (p.where != facts::Where::Heading || !p.section) continue;
    const bool inside = is_within_any(p.section_path, matched, true);
    // title_names_topic only says yes for a title holding one of the names: most headings hold none.
    if (inside || !may_name_topic(p) || !title_names_topic(p.norm.text, names_, p_.excludes)) continue;
    Evidence ev;
    ev.location = p.section->location;
    ev.section = p.section_path;
    ev.text = p.section->heading;
    out.pass(std::move(ev));
    matched.insert(p.section_path);
  }
  return !matched.empty();
}

// The text before the first space in `original` (ASCII or ideographic), normalised, when it is at most
// `max` code points and text follows the space; else "".
namespace {

bool space_at(std::string_view s, std::size_t i) { return s[i] == ' ' || s.compare(i, 3, "\u3000") == 0; }

std::string spaced_label(std::string_view original, std::size_t max) {
  std::size_t end = 0;
  for (std::size_t n = 0; end < original.size() && n <= max && !space_at(original, end); ++n) {
    text::next_code_point(original, end);
  }
  if (end == 0 || end >= original.size() || !space_at(original, end)) return "";
  std::size_t rest = end;
  while (rest < original.size() && space_at(original, rest)) rest += original[rest] == ' ' ? 1 : 3;
  if (rest >= original.size()) return "";
  return text::normalized(original.substr(0, end));
}

}  // namespace

// A heading run in with its text: a list item that opens with a title naming the topic and a colon or a
// space ("（一）编制目的：为……", "（二）编制依据 依据《…》", as text copied from a web page runs a heading into
// its paragraph), or a paragraph that opens with one of the topic's names and a colon or a space
// ("**编制依据**：《中华人民共和国网络安全法》……"), as plans written without a heading line of its own put
// it, or in black brackets ("【依据】《…》"). A label in round brackets ("（参考依据：……）") is a remark, not a
// heading.
bool SectionRule::by_label(const RuleContext& ctx, Reporter& out) const {
  constexpr std::size_t kMaxLabel = 20;  // code points: a title, not a clause
  for (const facts::Passage& p : ctx.facts.passages.items) {
    // The preamble too: a plan whose headings were all run into their paragraphs has no other body.
    if ((p.where != facts::Where::Body && p.where != facts::Where::Preamble) || !p.block ||
        p.block->kind == BlockKind::TableRow || p.sentences.empty() || !may_name_topic(p)) {
      continue;
    }
    // The colon or space is looked for only where a label could end: a long passage is not read through.
    const std::string_view text = std::string_view(p.norm.text).substr(0, kMaxLabel * 4 + 3);
    std::size_t colon = std::min(text.find("："), text.find(':'));
    std::size_t label_begin = 0;
    std::string spaced;  // the label before a space, normalised (normalising drops a space between Han characters)
    constexpr std::string_view kOpenLabel = "【", kCloseLabel = "】";
    if (text.rfind(kOpenLabel, 0) == 0 && text.find(kCloseLabel) != std::string_view::npos) {
      // "第二条 【依据】《中华人民共和国网络安全法》……": a label in black brackets is the article's heading.
      label_begin = kOpenLabel.size();
      colon = text.find(kCloseLabel);
    } else if (colon == std::string_view::npos) {
      spaced = spaced_label(p.original, kMaxLabel);
      if (spaced.empty() || text.substr(0, spaced.size()) != spaced) continue;
      colon = spaced.size();
    }
    if (colon <= label_begin || colon > p.sentences.front().end) continue;
    const std::string_view label = text.substr(label_begin, colon - label_begin);
    if (text::code_point_count(label) > kMaxLabel || opens_a_bracket(label)) continue;
    const bool named = p.block->marker.empty()
                           ? std::any_of(names_.begin(), names_.end(), [&](const TopicName& n) { return n.text == label; })
                           : title_names_topic(label, names_, p_.excludes);
    if (!named) continue;
    out.pass(facts::evidence_for(ctx.doc, p, facts::Span{0, static_cast<std::uint32_t>(colon)}));
    return true;
  }
  return false;
}

const facts::Passage* SectionRule::by_keyword(const RuleContext& ctx, facts::Where where, facts::Span& span) const {
  for (const facts::Passage& p : ctx.facts.passages.items) {
    if (p.where != where) continue;
    for (const facts::Span& sentence : p.sentences) {
      for (const Keyword& k : p_.keywords) {
        if (auto found = find_in(p.norm.text, sentence, k)) {
          span = *found;
          return &p;
        }
      }
    }
  }
  return nullptr;
}

void SectionRule::check(const RuleContext& ctx, Reporter& out) const {
  if (by_heading(ctx, out) || by_label(ctx, out)) return;
  facts::Span span;
  for (facts::Where where : {facts::Where::Body, facts::Where::Preamble}) {
    if (const facts::Passage* p = by_keyword(ctx, where, span)) {
      Evidence ev = facts::evidence_for(ctx.doc, *p, span);
      out.note_message("note-paragraph", {{"topic", topic()}, {"line", std::to_string(ev.location.line)}});
      out.pass(std::move(ev));
      return;
    }
  }
  if (const facts::Passage* p = by_keyword(ctx, facts::Where::FrontMatter, span)) {
    Evidence ev = facts::evidence_for(ctx.doc, *p, span);
    const MessageArgs args{{"topic", topic()}, {"line", std::to_string(ev.location.line)}};
    out.note_message("note-front-matter", args);
    if (p_.front_matter_passes) {
      out.pass(std::move(ev));
    } else {
      const int span_cp = static_cast<int>(text::code_point_count(facts::original_text(*p, span)));
      out.fail("front-matter", args, Place{ev.location, span_cp, "", ev.text});
    }
    return;
  }
  out.fail("missing", {{"topic", topic()}}, Place{});
}

Keyword keyword_pieces(const std::string& raw) {
  Keyword pieces;
  static const std::string ellipsis = "…";
  std::size_t from = 0;
  while (from <= raw.size()) {
    std::size_t at = raw.find(ellipsis, from);
    if (at == std::string::npos) at = raw.size();
    std::string piece = text::normalized(raw.substr(from, at - from));
    if (!piece.empty()) pieces.push_back(std::move(piece));
    from = at + ellipsis.size();
  }
  return pieces;
}

void read_param(const ruleset::Param& p, SectionParams& out, std::vector<ParamError>& errors, int& front_matter_seen) {
  const std::string norm = text::normalized(p.value);
  if (p.name != "front-matter" && norm.empty()) {
    errors.push_back({p.line, "<" + p.name + "> is empty"});
  } else if (p.name == "heading") {
    out.headings.push_back(norm);
  } else if (p.name == "exclude") {
    out.excludes.push_back(norm);
  } else if (p.name == "keyword") {
    out.keywords.push_back(keyword_pieces(p.value));
  } else if (p.name == "front-matter") {
    if (p.value != "pass" && p.value != "fail") errors.push_back({p.line, "<front-matter> must be pass or fail"});
    if (++front_matter_seen > 1) errors.push_back({p.line, "<front-matter> is given twice"});
    out.front_matter_passes = p.value == "pass";
  } else {
    errors.push_back({p.line, "a section rule has no parameter <" + p.name +
                                  "> (it takes heading, keyword, exclude, front-matter)"});
  }
}

}  // namespace

bool heading_names_topic(const std::string& title, const std::vector<std::string>& names,
                         const std::vector<std::string>& excludes) {
  return title_names_topic(title, topic_names(names), excludes);
}

std::unique_ptr<const Rule> make_section_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  SectionParams params;
  int front_matter_seen = 0;
  for (const ruleset::Param& p : spec.params) read_param(p, params, errors, front_matter_seen);
  if (params.headings.empty()) errors.push_back({spec.line, "a section rule needs at least one <heading>"});
  if (!errors.empty()) return nullptr;
  return std::make_unique<SectionRule>(std::move(params));
}

}  // namespace plancheck::rules
