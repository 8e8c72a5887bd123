#include "rules/foreign_organisation.hpp"

#include <algorithm>
#include <set>

#include "facts/own_organisation.hpp"
#include "rules/phrase_scope.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

constexpr std::size_t kMaxNamesPerSentence = 8;

// `s` cut to its last (or first) `n` code points.
std::string last_code_points(std::string_view s, std::size_t n) {
  std::size_t begin = s.size();
  for (std::size_t k = 0; k < n && begin > 0; ++k) {
    do --begin;
    while (begin > 0 && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80);  // back over continuation bytes
  }
  return std::string(s.substr(begin));
}
std::string first_code_points(std::string_view s, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t k = 0; k < n && pos < s.size(); ++k) text::next_code_point(s, pos);
  return std::string(s.substr(0, pos));
}

// Where the units listed before s[at…) and joined to it by 、 start ("所属各地市供电公司、" before 省检修公司):
// each a run of Han characters ending with a unit word (facts::ends_with_unit_word), at most kMaxListed of
// them; `at` itself when none is.
std::size_t enumeration_start(std::string_view s, std::size_t from, std::size_t at) {
  constexpr std::size_t kMaxListed = 8;
  constexpr std::size_t kMaxItem = 32;  // code points of a unit's name at most
  const std::string_view kMark = "、";
  for (std::size_t n = 0; n < kMaxListed && at >= from + kMark.size() && s.substr(at - kMark.size(), kMark.size()) == kMark; ++n) {
    const std::size_t end = at - kMark.size();
    std::size_t begin = end;
    for (std::size_t k = 0; k < kMaxItem && begin > from; ++k) {
      std::size_t b = begin - 1;
      while (b > from && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
      std::size_t pos = b;
      const char32_t c = text::next_code_point(s, pos);
      if (!text::is_cjk(c) || std::u32string_view(U"和与及或").find(c) != std::u32string_view::npos) break;
      begin = b;
    }
    if (begin == end || !facts::ends_with_unit_word(s.substr(begin, end - begin))) break;
    at = begin;
  }
  return at;
}

bool matches(const facts::PatternList& patterns, std::string_view text) {
  return !text.empty() && patterns.find(text, {0, static_cast<std::uint32_t>(text.size())}).has_value();
}

// The sentence as written with every foreign name replaced by the plan's own, without its closing mark.
std::string fixed_sentence(std::string sentence, const std::vector<std::string>& foreign, const std::string& own) {
  for (const std::string& f : foreign) {
    for (std::size_t at = 0; !f.empty() && (at = sentence.find(f, at)) != std::string::npos; at += own.size()) {
      sentence.replace(at, f.size(), own);
    }
  }
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n')) sentence.pop_back();
  for (const char* mark : {"。", "；", "！", "？", ";", ".", "!", "?"}) {
    const std::string m(mark);
    if (sentence.size() >= m.size() && sentence.compare(sentence.size() - m.size(), m.size(), m) == 0) {
      sentence.erase(sentence.size() - m.size());
      break;
    }
  }
  std::size_t lead = 0;
  while (lead < sentence.size() && (sentence[lead] == ' ' || sentence[lead] == '\n')) ++lead;
  return sentence.substr(lead);
}

LocalizedText fragment(const ruleset::RuleSpec& spec, const char* key) {
  auto it = spec.messages.find(key);
  return it == spec.messages.end() ? LocalizedText{} : it->second;
}

}  // namespace

void ForeignOrganisationRule::check(const RuleContext& ctx, Reporter& out) const {
  const facts::OwnOrganisation own = facts::read_own_organisation(ctx.doc, ctx.facts.passages);
  if (!own.known()) {
    out.note_message("unknown", {});
    out.not_applicable("");
    return;
  }
  const std::vector<std::size_t> signature = facts::signature_passages(ctx.facts.passages);
  const std::set<std::size_t> signed_by(signature.begin(), signature.end());
  // Whether a section is one of the principles (its title matched once: its passages follow each other).
  const Section* last_section = nullptr;
  bool last_is_self_section = false;
  const auto in_self_section = [&](const Section& section) {
    if (&section != last_section) {
      last_section = &section;
      last_is_self_section = matches(params_.self_sections, text::normalized(section.title));
    }
    return last_is_self_section;
  };
  for (const facts::Passage& p : ctx.facts.passages.items) {
    // A name is reported only where the plan speaks for itself: its signature, its principles, the title of
    // its own body (own-body words after the name) or a sentence naming itself (self-reference words). A
    // passage whose filter rules out both word lists, outside the signature and the principles, holds no
    // such place, and its names are not looked for (most passages of a plan).
    const bool in_signature = signed_by.count(p.index) > 0;
    const bool may_name_itself = in_signature || params_.own_body.may_occur_in(p) ||
                                 (p.block && params_.self_reference.may_occur_in(p));
    const bool in_section = p.block && p.section && p.where == facts::Where::Body && in_self_section(*p.section);
    if (!may_name_itself && !in_section) continue;
    const std::vector<facts::Span> mentions = facts::organisation_mentions(p.norm.text);
    if (mentions.empty()) continue;
    for (const facts::Span sentence : p.sentences) {
      const std::string_view whole(p.norm.text.data() + sentence.begin, sentence.end - sentence.begin);
      if (matches(params_.outside_sentence, whole)) continue;
      const bool speaks_for_itself = p.block && matches(params_.self_reference, whole);
      std::vector<std::pair<facts::Span, const LocalizedText*>> found;
      // The first name of a list of names joined by 、 or a conjunction ("控股子公司A、B"): the words before
      // it introduce them all.
      facts::Span list{0, 0};
      for (const facts::Span m : mentions) {
        if (m.begin < sentence.begin || m.end > sentence.end) continue;
        const std::string_view join(p.norm.text.data() + list.end, m.begin >= list.end ? m.begin - list.end : 0);
        if (list.end == 0 || m.begin < list.end || !(join == "、" || join == "和" || join == "及" || join == "与" || join == "以及")) {
          list.begin = m.begin;
        }
        list.end = m.end;
        // A real sentence names a handful of bodies; past kMaxNamesPerSentence the rest add nothing but cost
        // (each finding's advice rewrites the whole sentence).
        if (found.size() >= kMaxNamesPerSentence) break;
        const std::string name = p.norm.text.substr(m.begin, m.end - m.begin);
        const std::string_view text(p.norm.text);
        // Units listed before the list's first name open it too: "所属各地市供电公司、省检修公司" (各地市供电公司
        // is no name, so the list of names starts after it), with the word that opens the first of them (所属;
        // not a unit's own 分公司: "公司本部、各分公司、X公司" lists no subsidiaries).
        const std::size_t opens = enumeration_start(text, sentence.begin, list.begin);
        const std::string before = last_code_points(text.substr(sentence.begin, opens - sentence.begin), 4) +
                                   first_code_points(text.substr(opens, list.begin - opens), 2);
        std::string after = first_code_points(text.substr(m.end, sentence.end - m.end), 16);
        after = after.substr(0, std::min(after.find_first_of(",:("), after.find("、")));  // up to the clause's end
        const LocalizedText* where = nullptr;
        if (in_signature) where = &params_.in_signature;
        else if (matches(params_.own_body, after)) where = &params_.in_body;
        else if (in_section) where = &params_.in_section;
        else if (speaks_for_itself) where = &params_.in_self;
        if (!where || (matches(params_.outside, name) && !facts::sibling_place(name, own.name)) ||
            facts::same_organisation(name, own.name)) {
          continue;
        }
        if (!in_signature && (matches(params_.outside_before, before) || matches(params_.outside_after, first_code_points(after, 5)))) continue;
        // One finding per name and sentence: the sentence's advice replaces every place it is written.
        const bool again = std::any_of(found.begin(), found.end(), [&](const auto& f) {
          return p.norm.text.compare(f.first.begin, f.first.end - f.first.begin, name) == 0;
        });
        if (!again) found.emplace_back(m, where);
      }
      if (found.empty()) continue;
      std::vector<std::string> written;
      for (const auto& [m, where] : found) written.push_back(facts::original_text(p, m));
      const std::string fixed = fixed_sentence(facts::original_text(p, sentence), written, own.written);
      for (std::size_t k = 0; k < found.size(); ++k) {
        const Evidence ev = facts::evidence_for(ctx.doc, p, found[k].first);
        out.fail("foreign",
                 {{"found", written[k]}, {"own", own.written}, {"position", found[k].second->in(out.lang())}, {"fixed", fixed}},
                 Place{ev.location, static_cast<int>(text::code_point_count(written[k])), ev.section, ev.text});
      }
    }
  }
  out.pass(own.evidence);
}

MessageArgs ForeignOrganisationRule::finding_fields(Lang lang) const {
  if (lang == Lang::En) {
    return {{"found", "<the other organisation's name>"}, {"own", "<the plan's own organisation>"},
            {"fixed", "<the sentence with the plan's own name in its place>"}};
  }
  return {{"found", "〈其他单位的名称〉"}, {"own", "〈本预案所属单位〉"}, {"fixed", "〈换成本单位名称后的原句〉"}};
}

std::unique_ptr<const Rule> make_foreign_organisation_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  ForeignOrganisationParams params;
  params.self_reference = compile_patterns(spec, "self-reference", errors);
  params.self_sections = compile_patterns(spec, "self-section", errors);
  params.own_body = compile_patterns(spec, "own-body", errors);
  params.outside = compile_patterns(spec, "outside", errors);
  params.outside_before = compile_patterns(spec, "outside-before", errors);
  params.outside_after = compile_patterns(spec, "outside-after", errors);
  params.outside_sentence = compile_patterns(spec, "outside-sentence", errors);
  params.in_self = fragment(spec, "in-self");
  params.in_section = fragment(spec, "in-section");
  params.in_body = fragment(spec, "in-body");
  params.in_signature = fragment(spec, "in-signature");
  return std::make_unique<ForeignOrganisationRule>(std::move(params));
}

}  // namespace plancheck::rules
