// libxml2 lives here: safe well-formedness checks and XML Schema validation for plans and rulesets.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/tool_error.hpp"

namespace plancheck::xml {

// A compiled XML Schema (schemas/plan.xsd, schemas/ruleset.xsd, ...). Compiled once, then shared
// read-only by any number of threads.
class Schema {
 public:
  static Result<std::shared_ptr<const Schema>> load(const std::string& xsd_path);
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Schema(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Parses `xml_text` with network access, DTD loading and entity substitution off. Fails with
// ErrorKind::Syntax (not well-formed), ErrorKind::Forbidden (a DOCTYPE declaring entities, an external
// entity or an entity-expansion bomb) or, when `schema` is given, ErrorKind::Schema (first violation) —
// each with `file`, line and column. Thread-safe.
std::optional<ToolError> check_xml(std::string_view xml_text, const std::string& file, const Schema* schema);

}  // namespace plancheck::xml
