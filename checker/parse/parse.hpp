// From decoded text to a Document: format sniffing and the three readers (plan XML, Markdown, plain text).
#pragma once

#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/tool_error.hpp"
#include "text/ingest.hpp"

namespace plancheck::parse {

class PlanSchema;  // a compiled schemas/plan.xsd (parse/xml_reader.hpp)

struct ParseOptions {
  // Validates plan XML against this schema when set; XML plans are rejected when it is null.
  const PlanSchema* plan_schema = nullptr;
};

// Which reader fits: sniffed from the content (an XML declaration or a <plan> root; Markdown headings,
// bold-only lines, GFM tables or front matter), the file extension breaking ties.
InputFormat sniff_format(std::string_view utf8, std::string_view path);

// Sniffs the format and runs the matching reader. Pure and thread-safe.
Result<Document> parse_document(const std::string& path, text::DecodedText decoded,
                                const ParseOptions& options);

}  // namespace plancheck::parse
