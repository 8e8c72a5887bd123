// Where a plan names bodies of its own organisation: "集团网信办", "公司办公室" (its own word first), and the
// bodies it sets up under its own ("领导小组下设办公室（以下简称“网信办”）") by any of their names. An outside
// word ("网信", "主管") inside such a name says nothing of a report going outside.
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "facts/phrase_pattern.hpp"
#include "facts/plan_facts.hpp"

namespace plancheck::rules {

class OwnNames {
 public:
  explicit OwnNames(const facts::PlanFacts& facts) : facts_(facts) {}

  // The own names in passage `passage`'s normalised text. Built at the first question (most plans' sentences
  // are never asked), each passage's set once.
  const facts::SpanSet& in(std::size_t passage);

  // Whether some body the plan names (by the organisation model's names and aliases, its own or not) starts at
  // byte `at` of `s`: a cheap test before in() builds the own names. A hash lookup per name length; the index
  // is built at the first question.
  bool body_starts_at(std::string_view s, std::size_t at);

 private:
  void build();

  const facts::PlanFacts& facts_;
  bool built_ = false;
  std::unordered_map<std::size_t, std::vector<facts::Span>> spans_;  // per passage, unsorted
  std::unordered_map<std::size_t, facts::SpanSet> sets_;
  facts::SpanSet none_;
  bool names_indexed_ = false;
  std::unordered_set<std::string_view> names_;  // every body name and alias (views into facts_)
  std::vector<std::size_t> name_lengths_;       // the distinct lengths of names_, in bytes
};

}  // namespace plancheck::rules
