// Reading a plan in the plan XML format (schemas/plan.xsd) into a located Document.
#pragma once

#include <memory>
#include <string>

#include "core/document.hpp"
#include "core/tool_error.hpp"
#include "parse/parse.hpp"
#include "text/ingest.hpp"

namespace plancheck::xml {
class Schema;
}

namespace plancheck::parse {

// schemas/plan.xsd, compiled once and shared read-only by every parse (any thread).
class PlanSchema {
 public:
  static Result<std::shared_ptr<const PlanSchema>> load(const std::string& xsd_path);
  const xml::Schema& schema() const { return *schema_; }

 private:
  explicit PlanSchema(std::shared_ptr<const xml::Schema> schema) : schema_(std::move(schema)) {}
  std::shared_ptr<const xml::Schema> schema_;
};

// Refuses unsafe or malformed XML (and, when `options.plan_schema` is set, XML that is not a valid plan)
// with a ToolError at its line and column; otherwise builds the Document: metadata, front matter,
// preamble and the section tree, every block located in `decoded.utf8`. Unknown elements are skipped
// when no schema is given. Pure and thread-safe.
Result<Document> read_xml_plan(const std::string& path, text::DecodedText decoded, const ParseOptions& options);

}  // namespace plancheck::parse
