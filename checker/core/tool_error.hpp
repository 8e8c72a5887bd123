// A tool error: the input or a ruleset could not be used (as opposed to a finding about a plan).
#pragma once

#include <string>
#include <variant>

#include "core/lang.hpp"
#include "core/message.hpp"
#include "core/source_text.hpp"

namespace plancheck {

enum class ErrorKind {
  Unreadable,      // the path cannot be opened or read
  Empty,           // zero bytes, or only white space
  Binary,          // not text in any supported encoding
  Encoding,        // invalid byte sequence in the detected encoding
  Syntax,          // not well-formed (XML)
  Schema,          // well-formed but not valid against the schema
  Forbidden,       // refused for safety: external entity, DTD, entity expansion
  Ruleset,         // a ruleset file is invalid
  Usage,           // a command-line mistake
  Limit,           // a plan beyond a limit the user may raise (--max-file-size, --max-time-per-plan …)
  NotAPlan,        // read fine, but shows no sign of being an emergency plan: set apart, not scored
};

std::string_view to_string(ErrorKind kind);

// What an error about no file in particular is prefixed with ("plancheck: error: …").
extern const std::string kErrorPrefixName;

struct ToolError {
  ErrorKind kind = ErrorKind::Unreadable;
  std::string file;
  // Where the problem is. For byte-level problems (encoding) `location.offset` is the byte offset in the
  // raw file and line/column may be 0.
  Location location;
  Message message;  // what went wrong, without file or position; its text is chosen by language when shown

  // "file:line:column: error: message" or "file: byte N: error: message" — one line, compiler style; an
  // error about no file in particular is "plancheck: error: message".
  std::string to_string(Lang lang) const;
};

// The outcome of a stage that may fail on bad input. Stages never throw for bad input.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(ToolError error) : v_(std::move(error)) {}    // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T&& take() { return std::get<0>(std::move(v_)); }
  const ToolError& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, ToolError> v_;
};

}  // namespace plancheck
