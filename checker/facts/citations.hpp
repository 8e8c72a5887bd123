// Documents a plan cites: 《…》 titles and standard numbers (GB/T 20986-2023), with their location.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

enum class CitationKind { Title, Standard };

struct Citation {
  CitationKind kind = CitationKind::Title;
  // Title: the normalised text between 《 and 》 with white space removed (a title wrapped across a line
  // keeps no break). Standard: canonical "GB/T 20986-2023" (one space after the prefix).
  std::string key;
  std::size_t passage = 0;   // index in Passages::items
  Span span;                 // the mention in the passage's normalised text (with 《》 for titles)
  bool abolishing = false;   // the sentence abolishes it (…同时废止): a mention, not a citation
};

struct CitationFacts {
  std::vector<Citation> items;  // document order
};

CitationFacts extract_citations(const Document& doc, const Passages& passages);

// "GB/Z\n20986-2007", "GB/T31167-2014", "gb/t 20986—2023" → "GB/Z 20986-2007" …; "" when `s` is not one.
std::string canonical_standard(std::string_view s);

// A title as Citation::key holds it: normalised, white space and the 《》 marks removed.
std::string title_key(std::string_view normalised_title);

}  // namespace plancheck::facts
