#include "rules/registry.hpp"

#include <algorithm>

#include "rules/alignment.hpp"
#include "rules/article_number.hpp"
#include "rules/body.hpp"
#include "rules/citation.hpp"
#include "rules/citation_number.hpp"
#include "rules/copied_parent.hpp"
#include "rules/deadline.hpp"
#include "rules/defined_bodies.hpp"
#include "rules/duty.hpp"
#include "rules/foreign_organisation.hpp"
#include "rules/frequency.hpp"
#include "rules/immediate_report.hpp"
#include "rules/ladder.hpp"
#include "rules/numbering.hpp"
#include "rules/phrase.hpp"
#include "rules/report_deadline.hpp"
#include "rules/report_recipient.hpp"
#include "rules/response_procedure.hpp"
#include "rules/section.hpp"
#include "rules/superseded.hpp"

namespace plancheck::rules {

const std::vector<KindInfo>& kinds() {
  // One row per kind, sorted by name.
  static const std::vector<KindInfo> table = {
      {"alignment", "event levels, warning colours and response levels agree in count and order, and no sentence ties one to the wrong level",
       {{"missing-event", {}}, {"missing-colour", {}}, {"missing-response", {}},
        {"count", {"event", "colour", "response"}}, {"tie", {"from", "found", "expected"}}},
       &make_alignment_rule},
      {"article-number", "a law's article is not cited by a number it no longer has; the finding names the new number",
       {{"renumbered", {"found", "law", "old", "new", "topic"}}}, &make_article_number_rule},
      {"citation", "the plan cites a required document, in its basis section when it has one",
       {{"missing", {"section"}}}, &make_citation_rule},
      {"citation-number", "a cited standard number exists and carries its own title",
       {{"unknown", {"found", "known", "title", "expected"}}, {"wrong-title", {"found", "known", "title", "expected"}}},
       &make_citation_number_rule},
      {"copied-parent", "no sentence copies near-verbatim a parent plan's duty assigned at another level; measures the share copied",
       {{"copied", {"parent", "document", "containment"}}, {"share", {"share"}, true}}, &make_copied_parent_rule},
      {"deadline", "the unit's own deadline (e.g. for the summary report) is stated and no longer than the limit",
       {{"missing", {"days", "working_days"}}, {"too-long", {"found", "days", "working_days"}}, {"authority-only", {"found"}}},
       &make_deadline_rule},
      {"defined-bodies", "every body a procedure gives a task to is defined in the organisation section",
       {{"undefined", {"body"}}}, &make_defined_bodies_rule},
      {"duty", "24-hour duty is required under the given warning colours or response levels",
       {{"missing", {}}, {"phone-only", {"found"}}, {"wrong-context", {"found"}}}, &make_duty_rule},
      {"foreign-organisation", "no other organisation's name where the plan speaks for itself (本单位 sentences, principles, its own body's title, its 落款); not applicable when the plan's organisation cannot be read",
       {{"foreign", {"found", "own", "position", "fixed"}}, {"unknown", {}, true}, {"in-self", {}, true}, {"in-section", {}, true},
        {"in-body", {}, true}, {"in-signature", {}, true}},
       &make_foreign_organisation_rule},
      {"frequency", "an activity (drills, plan reviews) happens at least N times a year, stated as a number",
       {{"missing", {"subject", "min"}}, {"no-frequency", {"subject", "min"}}, {"vague", {"found", "subject", "min"}},
        {"too-rare", {"found", "subject", "min"}}},
       &make_frequency_rule},
      {"immediate-report", "the unit starts the plan and reports at once, and the given event levels are reported immediately",
       {{"start-missing", {"max"}}, {"start-vague", {"found", "max"}}, {"start-slow", {"found", "max"}},
        {"level-missing", {"level", "max"}}, {"level-vague", {"level", "found", "max"}}, {"level-slow", {"level", "found", "max"}}},
       &make_immediate_report_rule},
      {"ladder", "a grading ladder (event levels, warning colours or response levels) has the expected levels, in order, each defined or mapped",
       {{"missing", {}}, {"count", {"expected", "found"}}, {"missing-level", {"level"}}, {"extra-level", {"level"}},
        {"order", {"expected", "found"}}, {"no-criteria", {"level"}}, {"unmapped", {"level", "expected"}},
        {"mapping", {"level", "found", "expected"}}, {"highest", {"level"}}},
       &make_ladder_rule},
      {"numbering", "heading numbers run in sequence, without gaps, repeats or a change of style within a level",
       {{"gap", {"expected", "found"}}, {"repeat", {"expected", "found"}}, {"style-switch", {"expected", "found"}}},
       &make_numbering_rule},
      {"phrase", "required elements are present: at least k of n phrases in one sentence, block or section",
       {{"missing", {"missing", "found", "count", "min"}}}, &make_phrase_rule},
      {"report-deadline", "the first external report of a 较大-or-bigger event is due within the limit for the organisation's kind",
       {{"missing", {"limit", "kind", "recipient", "limit_zh", "recipient_zh", "others"}},
        {"vague", {"found", "limit", "kind", "recipient", "limit_zh", "recipient_zh", "others"}},
        {"too-long", {"found", "limit", "kind", "recipient", "limit_zh", "recipient_zh", "others"}}, {"other-kind", {"name", "limit", "recipient"}, true},
        {"default-kind", {"kind", "limits"}, true}},
       &make_report_deadline_rule},
      {"report-recipient", "the first report goes to the recipients named for the organisation's kind",
       {{"missing", {"missing", "kind", "recipient", "limit_zh", "recipient_zh", "others"}},
        {"no-report", {"kind", "recipient", "limit_zh", "recipient_zh", "others"}},
        {"other-kind", {"name", "limit", "recipient"}, true}, {"default-kind", {"kind", "limits"}, true}},
       &make_report_recipient_rule},
      {"response-procedure", "for each response level the plan names who starts it, or how it ends and who decides",
       {{"no-levels", {}}, {"missing", {"level"}}, {"no-authority", {"level"}}}, &make_response_procedure_rule},
      {"role", "a body or position of the given kind is named together with a duty",
       {{"missing", {}}, {"no-duty", {"body"}}}, &make_role_rule},
      {"section", "a required topic has a heading of its own, or at least a paragraph that carries it",
       {{"missing", {"topic"}}, {"front-matter", {"topic", "line"}}, {"note-paragraph", {"topic", "line"}},
        {"note-front-matter", {"topic", "line"}}},
       &make_section_rule},
      {"superseded", "no superseded or abolished document is cited; the finding names the replacement",
       {{"superseded", {"ref", "replacement", "since", "found", "note", "advice"}}, {"abolished", {"ref", "since", "found", "note", "advice"}}},
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
