#include "rules/superseded.hpp"

#include <algorithm>

#include "facts/citations.hpp"
#include "facts/scan.hpp"
#include "rules/fact_places.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

// The first mention of `pattern` outside a clause that abolishes it (…同时废止), outside the front matter.
std::optional<std::pair<const facts::Passage*, facts::Span>> first_mention(const facts::Passages& ps, const facts::PhrasePattern& pattern) {
  for (const facts::Passage& p : ps.items) {
    if (p.where == facts::Where::FrontMatter || !pattern.may_occur_in(p)) continue;
    for (const facts::Span& sentence : p.sentences) {
      const auto found = pattern.find(p, sentence);
      if (!found) continue;
      if (facts::sentence_text(p, sentence).find("废止") != std::string_view::npos) continue;
      return std::make_pair(&p, *found);
    }
  }
  return std::nullopt;
}

}  // namespace

void SupersededRule::check(const RuleContext& ctx, Reporter& out) const {
  const facts::Passages& ps = ctx.facts.passages;
  const auto& cited = ctx.facts.citations.items;
  bool any_mention = false;
  for (const SupersededParams::Entry& e : params_.entries) {
    // Citing the old reference is out of date only from the day it was replaced.
    if (!ctx.when.as_of.empty() && ctx.when.as_of < e.since) continue;
    std::optional<std::pair<const facts::Passage*, facts::Span>> at;
    if (e.mention) {
      at = first_mention(ps, *e.mention);
    } else {
      for (const facts::Citation& c : cited) {
        if (c.abolishing || c.key != e.key) continue;
        if ((c.kind == facts::CitationKind::Standard) != e.standard) continue;
        at = std::make_pair(&ps.items[c.passage], c.span);
        break;  // one finding per superseded document, at its first citation
      }
    }
    if (!at) continue;
    any_mention = true;
    const Evidence ev = facts::evidence_for(ctx.doc, *at->first, at->second);
    const std::string written = facts::original_text(*at->first, at->second);
    const bool zh = out.lang() == Lang::Zh;
    const std::string advice =
        e.replaced_by.empty()
            ? (zh ? "删除已废止的" + e.ref + "，或改为引用现行的替代文件" : "remove " + e.ref + ", which is abolished, or cite what replaced it")
            : (zh ? "以" + e.replaced_by + "替代" + e.ref : "cite " + e.replaced_by + " instead of " + e.ref);
    out.fail(e.replaced_by.empty() ? "abolished" : "superseded",
             {{"ref", e.ref}, {"replacement", e.replaced_by}, {"since", e.since}, {"found", written}, {"note", e.note},
              {"advice", advice}},
             Place{ev.location, static_cast<int>(text::code_point_count(written)), ev.section, ev.text});
  }
  if (cited.empty() && !any_mention) {
    out.not_applicable(LocalizedText{"预案未引用任何文件", "the plan cites no document"});
    return;
  }
  // On a pass the evidence is the list that was checked: the first citation under a heading of the basis
  // (编制依据), else the first in the body, not a notice's title ("关于印发《…应急预案》的通知").
  if (cited.empty()) return;
  const auto under_basis = [&](const facts::Citation& c) {
    return ps.items[c.passage].where == facts::Where::Body && text::contains_text(ps.items[c.passage].section_path, "依据");
  };
  const auto in_body = [&](const facts::Citation& c) { return ps.items[c.passage].where == facts::Where::Body; };
  auto it = std::find_if(cited.begin(), cited.end(), under_basis);
  if (it == cited.end()) it = std::find_if(cited.begin(), cited.end(), in_body);
  if (it == cited.end()) it = cited.begin();
  out.pass(facts::evidence_for(ctx.doc, ps.items[it->passage], it->span));
}

MessageArgs SupersededRule::finding_fields(Lang lang) const {
  if (lang == Lang::En) return {{"advice", "<cite the replacement instead of the document found>"}};
  return {{"advice", "〈以替代文件替代所引的旧文件〉"}};
}

std::unique_ptr<const Rule> make_superseded_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  SupersededParams params;
  for (const ruleset::Param* p : spec.params_named("superseded")) {
    SupersededParams::Entry e;
    e.ref = param_attribute(*p, "ref");
    e.replaced_by = param_attribute(*p, "replaced-by");
    e.since = param_attribute(*p, "since");
    e.note = param_attribute(*p, "note");
    const std::string mention = param_attribute(*p, "mention");
    if (!mention.empty()) {
      e.mention = facts::PhrasePattern::compile(mention);
      params.entries.push_back(std::move(e));
      continue;
    }
    e.key = facts::canonical_standard(text::normalized(e.ref));
    e.standard = !e.key.empty();
    if (!e.standard) e.key = facts::title_key(text::normalized(e.ref));
    if (e.key.empty()) {
      errors.push_back({p->line, "<superseded> needs a ref: a standard number or a 《title》"});
      continue;
    }
    params.entries.push_back(std::move(e));
  }
  if (params.entries.empty()) errors.push_back({spec.line, "a superseded rule needs at least one <superseded>"});
  return std::make_unique<SupersededRule>(std::move(params));
}

}  // namespace plancheck::rules
