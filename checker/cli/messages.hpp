// The command line's own messages in Chinese and English, kept in one table.
#pragma once

#include <string>

#include "core/lang.hpp"

namespace plancheck::cli {

enum class Msg {
  UsageHint,         // {command}
  UnknownCommand,    // {name}
  UnknownOption,     // {name}
  BadValue,          // {option} {value} {allowed}
  MissingArgument,   // {what}
  TooManyArguments,  // {what}
  BadUsage,          // {detail}
  RulesetRequired,   // —
  UnknownRule,       // {id}
  NoRulesets,        // {dir}
  Valid,             // {file}
  UnknownXmlRoot,    // {root}
  OutputFailed,      // {file}
  NoPlanFound,       // {paths} {skipped}
  NothingSkipped,    // —
};

// The template for `msg` in `lang` (fmt named fields as listed beside each Msg).
const char* message(Msg msg, Lang lang);

// message(msg, lang) formatted with the given named fields.
template <typename... Args>
std::string say(Msg msg, Lang lang, Args&&... args);

}  // namespace plancheck::cli

#include <fmt/format.h>

template <typename... Args>
std::string plancheck::cli::say(Msg msg, Lang lang, Args&&... args) {
  return fmt::format(fmt::runtime(message(msg, lang)), std::forward<Args>(args)...);
}
