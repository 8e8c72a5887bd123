#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include "batch/check_plan.hpp"
#include "batch/discover.hpp"
#include "cli/commands.hpp"
#include "cli/data_dir.hpp"
#include "cli/output_file.hpp"
#include "cli/ruleset_source.hpp"
#include "parse/xml_reader.hpp"
#include "report/formats.hpp"

namespace plancheck::cli {

namespace {

bool use_color(const Options& o) {
  if (o.color != ColorMode::Auto) return o.color == ColorMode::Always;
  const char* term = std::getenv("TERM");
  return o.output.empty() && std::getenv("NO_COLOR") == nullptr && (term == nullptr || std::string(term) != "dumb") &&
         ::isatty(STDOUT_FILENO) == 1;
}

std::unique_ptr<report::Writer> make_writer(const Options& o) {
  const report::ReportFormat* format = report::find_format(o.format_name);
  return format->make(report::WriterOptions{o.lang, use_color(o), o.verbose, o.quiet});
}

std::vector<PlanResult> check_all(const Options& o, const batch::Rulesets& rulesets, const parse::PlanSchema& schema) {
  batch::CheckOptions check_options;
  check_options.lang = o.lang;
  check_options.plan_schema = &schema;
  std::vector<PlanResult> plans;
  for (batch::Input& input : batch::discover(o.paths, o.lang)) {
    if (!input.error) {
      plans.push_back(batch::check_file(input.path, rulesets, check_options));
      continue;
    }
    PlanResult failed;
    failed.path = input.path;
    for (const auto& rs : rulesets) failed.rulesets.push_back(rs->id);
    failed.error = std::move(input.error);
    plans.push_back(std::move(failed));
  }
  return plans;
}

int exit_code(const Options& o, const std::vector<PlanResult>& plans) {
  bool findings = false;
  for (const PlanResult& p : plans) {
    if (p.error) return kExitTrouble;
    for (const RuleResult& r : p.results) {
      if (r.status == Status::Fail && o.fail_on && r.severity >= *o.fail_on) findings = true;
    }
  }
  return findings ? kExitFindings : kExitOk;
}

}  // namespace

int run_check(const Options& o) {
  const std::string data_dir = resolve_data_dir(o.data_dir);
  Result<batch::Rulesets> rulesets = load_rulesets(o.rulesets, data_dir);
  if (!rulesets) return report_tool_error(rulesets.error());
  auto plan_schema = parse::PlanSchema::load(data_dir + "/schemas/plan.xsd");
  if (!plan_schema) return report_tool_error(plan_schema.error());
  report::RunReport run;
  run.tool.version = PLANCHECK_VERSION;
  run.rules = rule_metadata(rulesets.value());
  run.lang = o.lang;
  run.plans = check_all(o, rulesets.value(), *plan_schema.value());
  std::ostringstream rendered;
  make_writer(o)->write(run, rendered);
  if (o.output.empty()) {
    std::cout << rendered.str() << std::flush;
  } else if (auto e = write_file_atomically(o.output, rendered.str())) {
    return report_tool_error(*e);
  }
  // The text report on the terminal already shows unreadable plans; other destinations need a line on stderr.
  if (o.format != Format::Text || !o.output.empty()) {
    for (const PlanResult& p : run.plans) {
      if (p.error) report_tool_error(*p.error);
    }
  }
  return exit_code(o, run.plans);
}

}  // namespace plancheck::cli
