// How the phrase kind cuts a plan into windows: the sentences, blocks, sections or scope that must hold a
// rule's elements together. A sentence window also reads a lead-in with the list items it introduces, a list
// written inline with semicolons, and a form's title with its fields.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/function_ref.hpp"
#include "facts/passages.hpp"
#include "rules/phrase.hpp"

namespace plancheck::rules::phrase {

// One sentence of a passage.
struct Hit {
  std::size_t passage = 0;
  facts::Span span;
};

// The sentences one window covers.
using Window = std::vector<Hit>;

// Calls fn(window) for each window over `tier` (passage indices in document order), filling one reused
// buffer; stops at the first window for which fn returns true, and says whether one did.
bool for_each_window(const std::vector<std::size_t>& tier, const facts::Passages& ps, PhraseParams::Window kind,
                     FunctionRef<bool(const Window&)> fn);

// The run-in heading a paragraph opens with ("（一）红色预警。应急办组织预警响应…", "蓝色、黄色预警。…"): a first
// sentence that is a short label, with no comma, colon or semicolon, and sentences after it that it titles.
// They are read under it as under a section's heading.
std::optional<facts::Span> run_in_label(const facts::Passage& p);

}  // namespace plancheck::rules::phrase
