#include "rules/citation_number.hpp"

#include <algorithm>
#include <map>

#include "facts/citations.hpp"
#include "facts/passages.hpp"
#include "rules/fact_places.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

// "GB/T 20986-2023" → "20986": the series a number belongs to, whatever its prefix and year.
std::string series_of(const std::string& canonical) {
  const std::size_t space = canonical.find(' ');
  const std::size_t dash = canonical.rfind('-');
  if (space == std::string::npos || dash == std::string::npos || dash < space) return {};
  return canonical.substr(space + 1, dash - space - 1);
}

struct Known {
  std::string number;     // canonical
  std::string title;      // as written in the ruleset
  std::string title_key;  // facts::title_key form, white space removed
};

// At most this many bytes between a number and the title written next to it ("（", " ", "《…》").
constexpr std::uint32_t kAdjacent = 6;

class CitationNumberRule final : public Rule {
 public:
  explicit CitationNumberRule(std::vector<Known> known) : known_(std::move(known)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const auto& cited = ctx.facts.citations.items;
    const facts::Passages& ps = ctx.facts.passages;
    bool judged = false;
    for (std::size_t i = 0; i < cited.size(); ++i) {
      const facts::Citation& c = cited[i];
      if (c.kind != facts::CitationKind::Standard) continue;
      const std::string series = series_of(c.key);
      const bool known_series = std::any_of(known_.begin(), known_.end(), [&](const Known& k) { return series_of(k.number) == series; });
      if (!known_series) continue;
      judged = true;
      const facts::Passage& p = ps.items[c.passage];
      auto exact = std::find_if(known_.begin(), known_.end(), [&](const Known& k) { return k.number == c.key; });
      if (exact == known_.end()) {
        std::string editions;
        for (const Known& k : known_) {
          if (series_of(k.number) == series) editions += (editions.empty() ? "" : out.lang() == Lang::En ? ", " : "、") + k.number;
        }
        out.fail("unknown", {{"found", facts::original_text(p, c.span)}, {"known", editions}, {"title", ""}, {"expected", ""}},
                 place(ctx, p, c.span));
        continue;
      }
      const facts::Citation* title = adjacent_title(p.norm.text, cited, i);
      if (title && title->key != exact->title_key) {
        auto other = std::find_if(known_.begin(), known_.end(), [&](const Known& k) { return k.title_key == title->key; });
        if (other != known_.end() && series_of(other->number) != series) {
          const facts::Span both{std::min(c.span.begin, title->span.begin), std::max(c.span.end, title->span.end)};
          out.fail("wrong-title",
                   {{"found", facts::original_text(p, both)}, {"title", facts::original_text(p, title->span)},
                    {"expected", "《" + exact->title + "》"}, {"known", ""}},
                   place(ctx, p, both));
          continue;
        }
      }
      out.pass(facts::evidence_for(ctx.doc, p, c.span));
    }
    if (!judged) out.not_applicable(LocalizedText{"预案未引用目录中的标准", "the plan cites no standard of the catalogue"});
  }

 private:
  static Place place(const RuleContext& ctx, const facts::Passage& p, facts::Span span) {
    const Evidence ev = facts::evidence_for(ctx.doc, p, span);
    return Place{ev.location, static_cast<int>(text::code_point_count(facts::original_text(p, span))), ev.section, ev.text};
  }

  // The 《title》 written right before or right after citation i, in the same passage. A number in brackets
  // after a title is that title's (《…基本要求》（GB/T 22239-2019）、《…》); otherwise the nearer one, the title
  // after it when both are as near (GB/T 22239-2019《…》).
  static const facts::Citation* adjacent_title(std::string_view text, const std::vector<facts::Citation>& cited,
                                               std::size_t i) {
    const facts::Citation& c = cited[i];
    // A passage's citations are its titles in text order, then its standard numbers: find the titles next to
    // c by binary search (a long list of standards must not read the list again for each).
    const auto first = std::lower_bound(cited.begin(), cited.begin() + static_cast<std::ptrdiff_t>(i), c.passage,
                                        [](const facts::Citation& x, std::size_t passage) { return x.passage < passage; });
    const auto titles_end = std::partition_point(first, cited.begin() + static_cast<std::ptrdiff_t>(i),
                                                 [](const facts::Citation& x) { return x.kind == facts::CitationKind::Title; });
    const auto next = std::lower_bound(first, titles_end, c.span.end,
                                       [](const facts::Citation& x, std::uint32_t at) { return x.span.begin < at; });
    const facts::Citation* after = nullptr;
    const facts::Citation* before = nullptr;
    if (next != titles_end && next->span.begin - c.span.end <= kAdjacent) after = &*next;
    if (next != first) {
      const facts::Citation& t = *(next - 1);
      if (c.span.begin >= t.span.end && c.span.begin - t.span.end <= kAdjacent) before = &t;
    }
    if (!before || !after) return before ? before : after;
    const std::string_view between = text.substr(before->span.end, c.span.begin - before->span.end);
    if (between.find("（") != std::string_view::npos || between.find('(') != std::string_view::npos) return before;
    return c.span.begin - before->span.end < after->span.begin - c.span.end ? before : after;
  }

  std::vector<Known> known_;
};

}  // namespace

std::unique_ptr<const Rule> make_citation_number_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  std::vector<Known> known;
  for (const ruleset::Param& p : spec.params) {
    if (p.name != "standard") {
      errors.push_back(unknown_param(p, "citation-number", "standard"));
      continue;
    }
    Known k;
    k.number = facts::canonical_standard(text::normalized(param_attribute(p, "number")));
    k.title = param_attribute(p, "title");
    k.title_key = facts::title_key(text::normalized(k.title));
    if (k.number.empty() || k.title_key.empty()) {
      errors.push_back({p.line, "<standard> needs a standard number (GB/T 20986-2023) and a title"});
      continue;
    }
    known.push_back(std::move(k));
  }
  if (known.empty()) errors.push_back({spec.line, "a citation-number rule needs at least one <standard>"});
  if (!errors.empty()) return nullptr;
  return std::make_unique<CitationNumberRule>(std::move(known));
}

}  // namespace plancheck::rules
