#include "rules/registry.hpp"

#include <algorithm>

#include "rules/body.hpp"
#include "rules/citation.hpp"
#include "rules/defined_bodies.hpp"
#include "rules/numbering.hpp"
#include "rules/phrase.hpp"
#include "rules/section.hpp"
#include "rules/superseded.hpp"

namespace plancheck::rules {

const std::vector<KindInfo>& kinds() {
  // One row per kind, sorted by name.
  static const std::vector<KindInfo> table = {
      {"citation", "the plan cites a required document, in its basis section when it has one",
       {{"missing", {"section"}}}, &make_citation_rule},
      {"defined-bodies", "every body a procedure gives a task to is defined in the organisation section",
       {{"undefined", {"body"}}}, &make_defined_bodies_rule},
      {"numbering", "heading numbers run in sequence, without gaps, repeats or a change of style within a level",
       {{"gap", {"expected", "found"}}, {"repeat", {"expected", "found"}}, {"style-switch", {"expected", "found"}}},
       &make_numbering_rule},
      {"phrase", "required elements are present: at least k of n phrases in one sentence, block or section",
       {{"missing", {"missing", "found", "count", "min"}}}, &make_phrase_rule},
      {"role", "a body or position of the given kind is named together with a duty",
       {{"missing", {}}, {"no-duty", {"body"}}}, &make_role_rule},
      {"section", "a required topic has a heading of its own, or at least a paragraph that carries it",
       {{"missing", {"topic"}}, {"front-matter", {"topic", "line"}}, {"note-paragraph", {"topic", "line"}},
        {"note-front-matter", {"topic", "line"}}},
       &make_section_rule},
      {"superseded", "no superseded or abolished document is cited; the finding names the replacement",
       {{"superseded", {"ref", "replacement", "since", "found"}}, {"abolished", {"ref", "since", "found"}}},
       &make_superseded_rule},
  };
  return table;
}

const KindInfo* find_kind(std::string_view name) {
  const auto& t = kinds();
  auto it = std::find_if(t.begin(), t.end(), [&](const KindInfo& k) { return k.name == name; });
  return it == t.end() ? nullptr : &*it;
}

}  // namespace plancheck::rules
