// Inline suppressions in a plan: `<!-- plancheck-… -->` comments (Markdown or XML) turned into line ranges.
#pragma once

#include <string>
#include <vector>

#include "core/document.hpp"
#include "waivers/directive.hpp"

namespace plancheck::waivers {

// One rule switched off over lines [first_line, last_line] (inclusive). A `whole_file` suppression comes
// before any content and is never re-enabled, so it also covers findings with no location (a requirement
// missing from the whole plan).
struct Suppression {
  std::string rule;
  int first_line = 0;
  int last_line = 0;
  bool whole_file = false;
  std::string reason;
  int directive_line = 0;           // where the comment is, for the note on the waived result
  Location directive;               // the comment's "<!--" (a finding about the suppression points here)
};

// A plancheck comment that cannot be honoured; it is never applied and is reported as an error.
struct SuppressionError {
  enum class Kind { UnknownDirective, MissingRules, MissingReason, EnableWithoutDisable, UnknownRule };
  Kind kind = Kind::MissingReason;
  Location location;                // the comment's "<!--"
  std::string comment;              // the comment as written
  std::string rule;                 // UnknownRule: the id as written
  std::string suggestion;           // UnknownRule: the closest known rule id, "" when none is close
};

struct InlineSuppressions {
  std::vector<Suppression> suppressions;
  std::vector<SuppressionError> errors;
};

// Scans the document's source for comments. Comments are found in the source text itself, not in the
// parsed tree, so Markdown and plan XML work alike (XML keeps comments verbatim in its source).
InlineSuppressions scan_suppressions(const Document& doc);

}  // namespace plancheck::waivers
