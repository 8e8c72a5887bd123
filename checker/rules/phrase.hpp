// Kind `phrase`: required elements are present — at least k of n phrases, in one sentence, block, section
// or the whole scope, with exclusions.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "facts/phrase_pattern.hpp"
#include "rules/phrase_scope.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules {

struct PhraseParams {
  struct Element {
    std::string label;            // shown in findings: 起始时间
    facts::PhrasePattern pattern; // 起始时间|开始时间
    bool headings = false;        // headings="true": also found in the heading of the window's section,
                                  // of a section above it, or in its table's header row
    bool header_row = false;      // header-row="true": also found in its table's header row (not in a
                                  // section's heading)
    facts::PhrasePattern header_words;  // header-words="发布|签发": what a header row is read for instead of
                                        // `pattern` (an issuer's column is headed 发布, its cells name them)
    bool above() const { return headings || header_row; }
  };
  enum class Window { Sentence, Block, Section, Scope };

  std::vector<Element> elements;  // <element label="…">pattern</element>
  // <each label="…">pattern</each>: each must stand in a window that holds the elements (红色, 橙色 … with
  // their ranges: "黄色及以下预警由各处室发布" covers 黄色 and 蓝色), unless the plan never names its label
  // (a plan of three colours needs no 蓝色 issuer). None: one such window is enough.
  std::vector<Element> each;
  std::vector<facts::PhrasePattern> each_label;  // each item's label, as a pattern
  int min = 0;                    // <min>; default: every element
  Window window = Window::Sentence;
  facts::PatternList anchors;     // <anchor>: a window counts only if it also holds one of these
  facts::PatternList excludes;    // <exclude>: text that never counts (a body's 联络工作 is no 联络员)
  PhraseScope scope;
  facts::WordKeys any_element;    // every element's alternatives: whether a passage may hold any element
  bool reads_headings = false;   // some element is also read from headings (headings="true")
};

class PhraseRule final : public Rule {
 public:
  explicit PhraseRule(PhraseParams params) : params_(std::move(params)) {}
  void check(const RuleContext& ctx, Reporter& out) const override;
  // {elements} "迟报、谎报、瞒报和漏报" (the element labels), {min} how many are needed; {each} the <each>
  // labels.
  MessageArgs remediation_args() const override;

 private:
  PhraseParams params_;
};

std::unique_ptr<const Rule> make_phrase_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
