// Kind `copied-parent`: sentences copied near-verbatim from a parent plan (the reference texts shipped
// with the rulesets) that assign duties at another level — national coordination, 各省（区、市）, 各部门 —
// are findings quoting both texts; the share of the plan copied from its parent is measured on every plan.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "facts/phrase_pattern.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"
#include "text/shingles.hpp"

namespace plancheck::rules {

// One sentence of a reference text.
struct ReferenceSentence {
  std::string original;      // as written in the reference, for the finding's quote
  text::Shingles shingles;
  bool other_level = false;  // assigns a duty at another level (an <other-level> pattern matches it)
  bool shared = false;       // under a heading matching <shared-section>: text plans are meant to adopt
  std::size_t document = 0;  // index into the rule's references
};

struct ReferenceText {
  std::string title;         // <reference title="…">: the parent plan's own title, normalised
  LocalizedText name;        // how findings name it: 《国家网络安全事件应急预案》
};

// Shingle → the reference sentences holding it, ascending: one open-addressing table over flat arrays (an
// unordered_map of vectors cost a cache miss or two per lookup, and every shingle of every plan sentence is
// looked up). add() while reading the references, then build() once.
class ShingleIndex {
 public:
  void add(std::uint64_t shingle, std::uint32_t sentence) { pending_.emplace_back(shingle, sentence); }
  void build();
  struct Sentences {
    const std::uint32_t* begin = nullptr;
    std::size_t size = 0;
  };
  Sentences find(std::uint64_t shingle) const;

 private:
  struct Slot {
    std::uint64_t shingle = 0;
    std::uint32_t first = 0;  // into ids_
    std::uint32_t count = 0;  // 0: an empty slot
  };
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pending_;
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> ids_;
};

struct CopiedParentParams {
  std::vector<ReferenceText> references;
  std::vector<ReferenceSentence> sentences;
  ShingleIndex index;              // shingle → sentences holding it
  facts::PatternList other_level;  // <other-level>: words of a duty assigned at another level
  facts::PatternList own_level;    // <own-level>: the plan's own units in such words (县直各部门)
  facts::PatternList shared_sections;  // <shared-section>: reference headings whose text plans adopt (grading)
  int shingle_size = 5;            // <shingle-size>: characters per shingle
  double containment = 0.8;        // <containment>: share of a plan sentence's shingles found in one parent sentence
  int min_shingles = 8;            // <min-shingles>: shorter sentences are never counted as copies
};

// A plan sentence is a copy when at least `containment` of its shingles are in one reference sentence, unless
// it is as much a copy of a sentence under a <shared-section> heading (the grading criteria, the principles,
// the warning levels: text the rules expect plans to adopt), which is neither a finding nor counted. The
// copied share (RuleResult metric "copied_share") is the shingles of copied sentences over the shingles of
// every sentence of the plan's body. A copy of a reference sentence that assigns a duty at another level,
// still naming that level, is a finding. A plan whose title is a reference's own title is that reference:
// not applicable.
class CopiedParentRule final : public Rule {
 public:
  explicit CopiedParentRule(CopiedParentParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;

 private:
  CopiedParentParams params_;
};

std::unique_ptr<const Rule> make_copied_parent_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
