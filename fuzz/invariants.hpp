// What every fuzz target checks beyond "no crash": locations inside the text, quotes taken from the text,
// the same bytes giving the same results twice. A violation aborts the fuzzer (or fails the replay test).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/result.hpp"
#include "core/tool_error.hpp"

namespace plancheck::fuzz {

// Called with a one-line description when an invariant does not hold. The default prints it to stderr
// and aborts, which libFuzzer reports as a crash and saves the input; the replay test installs one that
// throws, so one bad input fails its test case and the others still run.
using FailureHandler = void (*)(const std::string& message);
void set_failure_handler(FailureHandler handler);

// Reports `what` through the failure handler when `ok` is false.
void require(bool ok, std::string_view what);

// The fuzz input as text (bytes as they are, not decoded).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Where bundled rulesets and schemas are: $PLANCHECK_DATA_DIR, else the source tree the target was built from.
std::string data_dir();

// Evidence without the "…" that marks a side cut off from a long sentence (facts::evidence_for): what
// remains is quoted from the plan.
std::string_view without_cut_marks(std::string_view quote);

// A location points into `source`: offset within the text, line and column those of locate(offset).
void require_location(const SourceText& source, const Location& location, std::string_view what);

// A tool error names a file and, when it has a position, one inside `text` (its line count).
void require_error(const ToolError& error, std::string_view text, std::string_view what);

// The whole tree: every heading and block located inside the source, every segment of a block's text
// equal to the source bytes it says it came from, titles inside their headings, depths consistent.
void require_document(const Document& doc);

// A checked plan: every finding's and every evidence's location inside the source, every quote (evidence
// text) taken from the document's own text, each finding's source line the line it points to.
void require_plan_result(const PlanResult& result, const Document& doc);

// A compact, complete rendering for comparing two runs on the same bytes.
std::string describe(const Document& doc);
std::string describe(const PlanResult& result);
std::string describe(const ToolError& error);

// The same rendering twice.
void require_same(const std::string& first, const std::string& second, std::string_view what);

}  // namespace plancheck::fuzz
