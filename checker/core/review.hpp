// The review form (评审表) as data: groups of elements (形式评审, 要素评审), each decided by a list of rules,
// rated 符合 / 基本符合 / 不符合 by the severities of its failed rules, and a conclusion (通过 / 修改后通过 /
// 不通过) by counts of ratings. Read from a ruleset's <review> block; rating a plan is pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "core/result.hpp"
#include "core/severity.hpp"

namespace plancheck {

// Where a piece of the review block was written.
struct ReviewSource {
  std::string file;
  int line = 0;
};

struct ReviewRuleRef {
  std::string rule;            // a rule id of the ruleset
  ReviewSource source;
};

struct ReviewElement {
  std::string id;              // e.g. "organisation"
  LocalizedText name;          // 组织机构与职责 / Organisation and duties
  bool key = false;            // 关键要素: starred on the form
  std::vector<ReviewRuleRef> rules;  // the rules that decide it, in the order written
  ReviewSource source;
  // Only while blocks are laid over each other (extends, supplements): what this block says itself.
  bool key_given = false;
  bool replace_rules = false;  // replace-rules="true": its rules replace the inherited ones instead of adding
};

struct ReviewGroup {
  std::string id;              // e.g. "formal", "elements"
  LocalizedText name;          // 形式评审 / Formal review
  std::vector<ReviewElement> elements;
  ReviewSource source;
};

enum class ReviewRating { Met, PartlyMet, NotMet, NotApplicable };
enum class ReviewConclusion { Pass, Revise, Fail };

// A condition on the counts of ratings over a plan's elements (不适用 elements are not counted): it holds
// when any of its given thresholds is reached ("at least N"); an absent threshold never holds.
struct ReviewThreshold {
  std::optional<int> not_met;
  std::optional<int> key_not_met;
  std::optional<int> partly_met;
  std::optional<int> key_partly_met;
  bool given = false;          // the block wrote this element (an overlay replaces it only then)
};

struct ReviewSpec {
  // A failed rule of a severity in `not_met` makes its element 不符合; else one in `partly_met` makes it
  // 基本符合. A failed rule of a severity in neither list does not lower the rating.
  std::vector<Severity> not_met;
  std::vector<Severity> partly_met;
  bool rating_given = false;
  ReviewThreshold fail;        // 不通过 when it holds
  ReviewThreshold revise;      // else 修改后通过 when it holds; else 通过
  std::vector<ReviewGroup> groups;

  bool empty() const { return groups.empty(); }
};

// Lays `overlay` over `base`: a rating or conclusion threshold the overlay gives replaces the base's; a
// group or element with a base id takes the overlay's names and key flag where given, and its rules are
// added to the base's (or replace them with replace-rules); new ids are appended in order.
void overlay_review(ReviewSpec& base, const ReviewSpec& overlay);

// The rating of one element for one plan, and the failed results that lowered it.
struct ElementReview {
  ReviewRating rating = ReviewRating::NotApplicable;
  std::vector<const RuleResult*> causes;  // failed rules counted by the rating, in the element's rule order
};

// Which count of a ReviewThreshold reached its threshold.
enum class ReviewCount { NotMet, KeyNotMet, PartlyMet, KeyPartlyMet };

// Why the conclusion is what it is: the count that reached the threshold of the condition that held (none
// for 通过).
struct ReviewReason {
  ReviewCount count = ReviewCount::NotMet;
  int found = 0;      // elements so rated
  int threshold = 0;  // the condition's "at least"
};

struct PlanReview {
  std::vector<std::vector<ElementReview>> groups;  // parallel to ReviewSpec::groups and their elements
  ReviewConclusion conclusion = ReviewConclusion::Pass;
  std::optional<ReviewReason> reason;              // set unless the conclusion is 通过
};

// Rates every element of `spec` for `plan` (a plan checked without error): an element whose rules are all
// not applicable (or absent from the plan's results) is 不适用; passed and waived rules meet it.
// The result points into `plan`.
PlanReview review_plan(const ReviewSpec& spec, const PlanResult& plan);

// The conclusion from counts of ratings, by the spec's thresholds, and the count that decided it.
ReviewConclusion review_conclusion(const ReviewSpec& spec, const PlanReview& review,
                                   std::optional<ReviewReason>* reason = nullptr);

std::string_view to_string(ReviewRating r);        // "met" | "partly-met" | "not-met" | "not-applicable"
std::string_view to_string(ReviewConclusion c);    // "pass" | "revise" | "fail"
const char* label(ReviewRating r, Lang lang);      // 符合 / Met …
const char* label(ReviewConclusion c, Lang lang);  // 通过 / Pass …

}  // namespace plancheck
