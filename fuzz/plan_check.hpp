// The whole pipeline on fuzzed plan bytes, with the invariants of every stage: shared by the plan targets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <optional>

#include "core/document.hpp"
#include "core/source_text.hpp"
#include "facts/passages.hpp"
#include "facts/scan.hpp"
#include "parse/source_line.hpp"

namespace plancheck::fuzz {

// Decodes `bytes`, parses them (twice: same tree), checks the tree, then checks the plan against both
// bundled rulesets (twice: same results) with inline suppressions on, and checks the results. `path`'s
// extension breaks format ties as on the command line.
void check_plan_bytes(std::string_view bytes, const std::string& path);

// Lines a reader delivers: valid UTF-8, each segment equal to the source bytes it maps to.
void require_lines(const std::vector<parse::SourceLine>& lines, const SourceText& source);

// The document for the fact extractors' targets: `bytes` decoded and parsed (format sniffed, the
// extension of `path` breaking ties), or nullopt when they are not a plan.
std::optional<Document> parse_plan(std::string_view bytes, const std::string& path = "fuzz.txt");

// A fact's place: inside one passage's normalised text, located inside the source, and quoted (through
// evidence_for) from the passage's original text.
void require_ref(const Document& doc, const facts::Passages& passages, const facts::TextRef& ref,
                 std::string_view what);

}  // namespace plancheck::fuzz
