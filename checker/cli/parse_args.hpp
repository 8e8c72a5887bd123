// Reading argv into Options (Boost.Program_options stays inside parse_args.cpp).
#pragma once

#include "cli/options.hpp"
#include "core/tool_error.hpp"

namespace plancheck::cli {

// Options for a valid command line, or an ErrorKind::Usage error whose `file` holds the command name
// (for the "--help" hint) and whose message is one line in the requested language.
Result<Options> parse_args(int argc, const char* const* argv);

// The language --lang asks for (Chinese unless "--lang en" appears), known even when the rest is wrong.
Lang requested_lang(int argc, const char* const* argv);

}  // namespace plancheck::cli
