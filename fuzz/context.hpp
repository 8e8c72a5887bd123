// What the fuzz targets load once per process: the bundled rulesets compiled, and the three schemas.
#pragma once

#include <memory>
#include <string>

#include "batch/check_plan.hpp"
#include "parse/xml_reader.hpp"
#include "xml/xml_check.hpp"

namespace plancheck::fuzz {

struct Context {
  batch::Rulesets rulesets;                             // cn-national-2017, cn-miit-2017, cn-reporting-2025
  std::shared_ptr<const parse::PlanSchema> plan_schema;
  std::shared_ptr<const xml::Schema> ruleset_schema;
  std::shared_ptr<const xml::Schema> waiver_schema;
  std::string scratch_dir;                              // a private folder for loaders that read a path
};

// Loaded on first use from data_dir(); a data dir that does not load aborts with its error, since no
// input could be checked meaningfully without it.
const Context& context();

// Writes `bytes` to <scratch_dir>/<name> (replacing it) and returns that path.
std::string write_scratch_file(const std::string& name, std::string_view bytes);

}  // namespace plancheck::fuzz
