// Documents a plan cites: 《…》 titles and standard numbers (GB/T 20986-2023), with their location.
#pragma once

#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

struct CitationFacts {
};

CitationFacts extract_citations(const Document& doc, const Passages& passages);

}  // namespace plancheck::facts
