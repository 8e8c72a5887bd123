// The plan flattened for matching: every heading and block as a normalised passage split into sentences.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "facts/char_pair_filter.hpp"
#include "text/normalize.hpp"

namespace plancheck::facts {

enum class Where { FrontMatter, Preamble, Heading, Body };

// A byte range [begin, end) in a passage's normalised text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// A passage points into its document (its section, block and original text), which must outlive it.
struct Passage {
  Where where = Where::Body;
  const Section* section = nullptr;   // the enclosing section (the section itself for a heading passage)
  const Block* block = nullptr;       // null for a heading passage
  std::string_view section_path;      // "第四篇 应急处置 › 二、应急响应"; "" outside the body (in Passages::paths)
  std::string_view original;          // block text or heading title in the document (no list marker)
  std::size_t original_offset = 0;    // bytes of the block's text before `original`: its list marker
  text::NormalizedText norm;          // normalised `original`, with the map back to it
  std::vector<Span> sentences;        // split at 。！？； (and newlines inside table rows)
  CharPairFilter filter;              // which characters and pairs `norm.text` holds
  std::size_t index = 0;              // position in PlanFacts::passages
  std::size_t table_start = 0;        // table rows: the index of their table's first row (rows are passages
                                      // of one section one after the other); else `index`
};

struct Passages {
  std::vector<Passage> items;         // document order: front matter, preamble, then headings and blocks
  std::deque<std::string> paths;      // each section's path once, which its passages' section_path views

  Passages() = default;
  // Moving keeps the paths where they are (a deque's elements stay put); a copy would leave the passages
  // viewing the original's, so there is none.
  Passages(Passages&&) = default;
  Passages& operator=(Passages&&) = default;
  Passages(const Passages&) = delete;
  Passages& operator=(const Passages&) = delete;

  // Builds passages from a document (normalising every heading and block once).
  static Passages from(const Document& doc);
};

// Source location of byte `norm_offset` of a passage's normalised text.
Location locate(const Document& doc, const Passage& p, std::size_t norm_offset);
// The sentence of `p` that contains `norm_offset` (whole passage if none).
Span sentence_at(const Passage& p, std::size_t norm_offset);
// The original text behind a normalised span (for quoting evidence).
std::string original_text(const Passage& p, Span span);
// Evidence quoted for a finding: at most kEvidenceCodePoints of a sentence, starting kEvidenceBefore code
// points before the hit when the sentence is longer; a cut side is marked with "…".
inline constexpr std::size_t kEvidenceCodePoints = 600;
inline constexpr std::size_t kEvidenceBefore = 200;
inline constexpr std::string_view kEvidenceCut = "…";  // the mark on a cut side

// Evidence for the sentence around `span`: its location (start of `span`), section path and original text
// (the whole sentence, or the window of it around `span` described above).
Evidence evidence_for(const Document& doc, const Passage& p, Span span);

}  // namespace plancheck::facts
