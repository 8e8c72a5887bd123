// Inline suppressions: `<!-- plancheck-disable RULE -- reason -->` and siblings, read from a Markdown plan
// and applied to its results; the input is also read as the inside of one comment.
#include <climits>

#include <fmt/format.h>

#include "fuzz/invariants.hpp"
#include "fuzz/plan_check.hpp"
#include "fuzz/targets.hpp"
#include "waivers/directive.hpp"
#include "waivers/inline_suppressions.hpp"

namespace plancheck::fuzz {

namespace {

std::string describe(const waivers::InlineSuppressions& s) {
  std::string out;
  for (const waivers::Suppression& x : s.suppressions) {
    out += fmt::format("{} {}-{} whole {} [{}] {}\n", x.rule, x.first_line, x.last_line, x.whole_file, x.reason,
                       x.directive_line);
  }
  for (const waivers::SuppressionError& e : s.errors) {
    out += fmt::format("error {} {}:{} [{}]\n", static_cast<int>(e.kind), e.location.line, e.location.column, e.comment);
  }
  return out;
}

void check_directive(std::string_view input) {
  const std::optional<waivers::Directive> d = waivers::read_directive(input);
  if (!d || d->problem) return;
  if (d->kind != waivers::DirectiveKind::Enable) {
    require(!d->rules.empty(), "an applicable disable names its rules");
    require(!d->reason.empty(), "an applicable disable has its reason");
  }
  for (const std::string& rule : d->rules) require(!rule.empty(), "a rule named is not empty");
}

void check_scan(const Document& doc) {
  const waivers::InlineSuppressions found = waivers::scan_suppressions(doc);
  require_same(describe(found), describe(waivers::scan_suppressions(doc)), "scan_suppressions");
  const SourceText& source = *doc.source;
  for (const waivers::Suppression& s : found.suppressions) {
    require(!s.rule.empty() && !s.reason.empty(), "a suppression has its rule and reason");
    require(s.first_line >= 1 && s.first_line <= s.last_line, "a suppression covers lines from first to last");
    require(s.last_line == INT_MAX || s.last_line <= source.line_count(), "a suppression ends inside the plan");
    require(s.directive_line >= 1 && s.directive_line <= source.line_count(), "a directive is on a line of the plan");
  }
  for (const waivers::SuppressionError& e : found.errors) {
    require_location(source, e.location, "suppression error");
    require(source.text().compare(e.location.offset, e.comment.size(), e.comment) == 0,
            "a suppression error quotes the comment at its location");
  }
}

}  // namespace

void fuzz_suppressions(std::string_view input) {
  check_directive(input);
  if (const std::optional<Document> doc = parse_plan(input, "fuzz.md")) check_scan(*doc);
  check_plan_bytes(input, "fuzz.md");
}

}  // namespace plancheck::fuzz
