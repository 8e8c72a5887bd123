#include <iostream>
#include <thread>
#include <unistd.h>

#include "batch/check_plan.hpp"
#include "batch/discover.hpp"
#include "batch/ordered_pool.hpp"
#include "batch/progress.hpp"
#include "batch/shard.hpp"
#include "cli/commands.hpp"
#include "cli/data_dir.hpp"
#include "cli/interrupt.hpp"
#include "cli/messages.hpp"
#include "cli/outputs.hpp"
#include "cli/ruleset_source.hpp"
#include "parse/xml_reader.hpp"
#include "waivers/today.hpp"

namespace plancheck::cli {

namespace {

// Everything loaded once before the batch and shared read-only by the workers.
struct Setup {
  batch::Rulesets rulesets;
  std::shared_ptr<const parse::PlanSchema> plan_schema;
  batch::CheckOptions check;
  report::RunInfo run;
};

Result<Setup> load_setup(const Options& o) {
  const std::string data_dir = resolve_data_dir(o.data_dir);
  const std::string as_of = o.as_of.empty() ? waivers::today() : o.as_of;
  Result<batch::Rulesets> rulesets = select_rulesets(o.rulesets, data_dir, as_of, o.exact_rulesets);
  if (!rulesets) return rulesets.error();
  auto plan_schema = parse::PlanSchema::load(data_dir + "/schemas/plan.xsd");
  if (!plan_schema) return plan_schema.error();
  auto waiver_settings = waivers::load_settings(o.waivers, data_dir + "/schemas/waivers.xsd", o.inline_suppressions);
  if (!waiver_settings) return waiver_settings.error();
  if (waiver_settings.value().waivers) {
    std::vector<std::string> ids;
    for (const auto& rs : rulesets.value()) {
      for (const rules::CompiledRule& r : rs->rules) ids.push_back(r.spec.id);
    }
    if (auto e = waivers::check_rule_ids(*waiver_settings.value().waivers, o.waivers, ids)) return *e;
  }
  auto baseline = batch::Baseline::load(o.baseline);
  if (!baseline) return baseline.error();
  Setup s;
  s.rulesets = rulesets.take();
  s.plan_schema = plan_schema.take();
  s.check.lang = o.lang;
  s.check.force = o.force;
  s.check.plan_schema = s.plan_schema.get();
  s.check.waivers = waiver_settings.take();
  s.check.baseline = baseline.take();
  s.check.as_of = as_of;
  if (!o.org_kind.empty()) s.check.org_kind = parse_org_kind(o.org_kind);
  if (!o.org_profile.empty()) {
    auto profile = batch::read_org_profile(o.org_profile);
    if (!profile) return profile.error();
    s.check.org_profile = std::make_shared<const batch::OrgProfile>(profile.take());
  }
  s.run.as_of = as_of;
  s.check.limits = o.limits;
  s.check.sketch_text = compares_texts(o);
  s.run.tool.version = PLANCHECK_VERSION;
  s.run.rules = rule_metadata(s.rulesets);
  s.run.review = review_spec(s.rulesets);
  s.run.lang = o.lang;
  return s;
}

// "3 × .docx, 1 × .pdf": what discovery passed over, for the message when it found no plan.
std::string skipped_list(const batch::Discovery& found, Lang lang) {
  std::string list;
  for (const auto& [extension, count] : found.skipped) {
    const std::string name = extension.empty() ? (lang == Lang::En ? "(no extension)" : "（无扩展名）") : extension;
    list += (list.empty() ? "" : lang == Lang::En ? ", " : "，") + std::to_string(count) + " × " + name;
  }
  return list.empty() ? say(Msg::NothingSkipped, lang) : list;
}

// The discovered inputs of this shard (all of them without --shard); an error when the paths hold no
// plan at all (an empty shard of a batch that has plans is fine).
Result<std::vector<batch::Input>> selected_inputs(const Options& o) {
  batch::Discovery found = batch::discover(o.paths, o.lang);
  if (found.inputs.empty()) {
    std::string paths;
    for (const std::string& p : o.paths) paths += (paths.empty() ? "" : " ") + p;
    return ToolError{ErrorKind::Usage, "", {},
                     Message{Msg::NoPlanFound, {{"paths", paths}, {"skipped", skipped_list(found, o.lang)}}}};
  }
  std::vector<batch::Input> inputs = std::move(found.inputs);
  if (o.shard_count <= 1) return inputs;
  const batch::Shard shard{o.shard_index, o.shard_count};
  std::vector<batch::Input> mine;
  for (batch::Input& input : inputs) {
    if (batch::in_shard(input.path, shard)) mine.push_back(std::move(input));
  }
  return mine;
}

bool counts_as_failure(const Options& o, const RuleResult& r) {
  return r.status == Status::Fail && o.fail_on && r.severity >= *o.fail_on &&
         (!o.fail_on_new || batch::has_new_finding(r));
}

// What the run has seen so far, accumulated as plans are emitted (nothing else about them is kept).
struct Outcome {
  report::RunTally totals;
  bool findings = false;              // a failure at or above --fail-on
  std::vector<ToolError> plan_errors; // one line each on stderr at the end
};

void record(const Options& o, const PlanResult& plan, Outcome& outcome) {
  outcome.totals.add(plan);
  if (plan.error && plan.error->kind != ErrorKind::NotAPlan) outcome.plan_errors.push_back(*plan.error);
  for (const RuleResult& r : plan.results) {
    if (counts_as_failure(o, r)) outcome.findings = true;
  }
}

int worker_count(const Options& o) {
  if (o.jobs > 0) return o.jobs;
  const unsigned hardware = std::thread::hardware_concurrency();
  return hardware > 0 ? static_cast<int>(hardware) : 1;
}

// Checks every input on the pool and streams the results, in input order, to `outputs`.
Outcome run_batch(const Options& o, const Setup& setup, const std::vector<batch::Input>& inputs, Outputs& outputs,
                  const std::atomic<bool>& stop) {
  Outcome outcome;
  const bool show_progress = !o.quiet && ::isatty(STDERR_FILENO) == 1;
  batch::Progress progress(std::cerr, static_cast<int>(inputs.size()), show_progress, o.lang);
  batch::OrderedJobs<PlanResult> jobs;
  jobs.count = inputs.size();
  jobs.work = [&](std::size_t i) {
    const batch::Input& input = inputs[i];
    if (input.error) return batch::error_result(input.path, setup.rulesets, *input.error);
    if (input.from_stdin) return batch::check_stdin(input.path, setup.rulesets, setup.check);
    return batch::check_file(input.path, setup.rulesets, setup.check);
  };
  jobs.on_throw = [&](std::size_t i, const std::string& what) {
    return batch::error_result(inputs[i].path, setup.rulesets, ToolError{ErrorKind::Unreadable, inputs[i].path, {}, Message{MsgId::InternalError, {{"detail", what}}}});
  };
  jobs.emit = [&](std::size_t, PlanResult&& plan) {
    outputs.plan(plan);
    record(o, plan, outcome);
    progress.add(plan);
  };
  jobs.stop = &stop;
  const int workers = worker_count(o);
  batch::run_ordered(jobs, workers, 4 * static_cast<std::size_t>(workers));
  progress.finish();
  return outcome;
}

int exit_code(const Options& o, const Outcome& outcome) {
  const int findings = outcome.findings ? kExitFindings : kExitOk;
  return outcome.totals.errors > 0 ? std::max(findings, o.errors_exit_code) : findings;
}

}  // namespace

int run_check(const Options& o) {
  Result<Setup> setup = load_setup(o);
  if (!setup) return report_tool_error(setup.error(), o.lang);
  const Result<std::vector<batch::Input>> selected = selected_inputs(o);
  if (!selected) return report_tool_error(selected.error(), o.lang);
  const std::vector<batch::Input>& inputs = selected.value();
  // The similar report and the dashboard read the texts of candidate pairs again, under the same options.
  const batch::CheckOptions& check = setup.value().check;
  const report::ShingleLoader texts = [&check](const report::SimilarPlan& plan) {
    return batch::reread_plan_shingles(plan.exact_path, plan.content_hash, check);
  };
  Result<std::unique_ptr<Outputs>> outputs = Outputs::open(o, setup.value().run, &texts);
  if (!outputs) return report_tool_error(outputs.error(), o.lang);
  InterruptGuard interrupt;
  setup.value().check.stop = &interrupt.flag();
  const Outcome outcome = run_batch(o, setup.value(), inputs, *outputs.value(), interrupt.flag());
  if (interrupt.interrupted()) {
    outputs.value()->abort();
    std::cerr << ToolError{ErrorKind::Usage, "", {}, Message{MsgId::Interrupted, {}}}.to_string(o.lang) << '\n';
    return interrupt.exit_code();
  }
  if (auto e = outputs.value()->finish(outcome.totals)) return report_tool_error(*e, o.lang);
  // A text report on the terminal already shows plans in error; other destinations need a line on stderr.
  if (!outputs.value()->text_on_stdout()) {
    for (const ToolError& e : outcome.plan_errors) report_tool_error(e, o.lang);
  }
  return exit_code(o, outcome);
}

}  // namespace plancheck::cli
