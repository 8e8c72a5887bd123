// A tool error: the input or a ruleset could not be used (as opposed to a finding about a plan).
#pragma once

#include <string>
#include <variant>

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
};

std::string_view to_string(ErrorKind kind);

struct ToolError {
  ErrorKind kind = ErrorKind::Unreadable;
  std::string file;
  // Where the problem is. For byte-level problems (encoding) `location.offset` is the byte offset in the
  // raw file and line/column may be 0.
  Location location;
  std::string message;  // English or Chinese, one line, no file/position prefix

  // "file:line:column: message" or "file: byte N: message" — one line, compiler style.
  std::string to_string() const;
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
