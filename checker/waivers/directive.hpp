// One inline suppression comment read: `plancheck-disable RULE[,RULE…] -- reason` and its siblings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::waivers {

enum class DirectiveKind { Disable, DisableNextLine, Enable };

// What can be wrong with a comment that starts with "plancheck-".
enum class DirectiveProblem { UnknownDirective, MissingRules, MissingReason };

struct Directive {
  DirectiveKind kind = DirectiveKind::Disable;
  std::vector<std::string> rules;   // as written; an Enable with no rules enables every rule
  std::string reason;               // trimmed; required for Disable and DisableNextLine
  std::optional<DirectiveProblem> problem;
  std::string keyword;              // the directive word as written, for messages
};

// Reads the inside of one comment (without "<!--" and "-->"). Returns nullopt when the comment is not
// meant for plancheck (does not start with "plancheck-"). Rules are separated by ',', '，' or '、'; the
// reason follows "--" (Markdown), "—"/"——" or ':'/'：' — XML forbids "--" inside a comment, so an XML plan
// writes `<!-- plancheck-disable drill.frequency: reason -->`.
std::optional<Directive> read_directive(std::string_view comment);

}  // namespace plancheck::waivers
