#include "rules/registry.hpp"

#include <algorithm>

#include "rules/numbering.hpp"
#include "rules/section.hpp"

namespace plancheck::rules {

const std::vector<KindInfo>& kinds() {
  // One row per kind, sorted by name.
  static const std::vector<KindInfo> table = {
      {"numbering", "heading numbers run in sequence, without gaps, repeats or a change of style within a level",
       {{"gap", {"expected", "found"}}, {"repeat", {"expected", "found"}}, {"style-switch", {"expected", "found"}}},
       &make_numbering_rule},
      {"section", "a required topic has a heading of its own, or at least a paragraph that carries it",
       {{"missing", {"topic"}}, {"front-matter", {"topic", "line"}}, {"note-paragraph", {"topic", "line"}},
        {"note-front-matter", {"topic", "line"}}},
       &make_section_rule},
  };
  return table;
}

const KindInfo* find_kind(std::string_view name) {
  const auto& t = kinds();
  auto it = std::find_if(t.begin(), t.end(), [&](const KindInfo& k) { return k.name == name; });
  return it == t.end() ? nullptr : &*it;
}

}  // namespace plancheck::rules
