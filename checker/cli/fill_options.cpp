// Filling Options from the parsed values of a command's options (command line and config file merged):
// each value checked as the command takes it, the first bad one a usage error naming the option.
#include "cli/fill_options.hpp"

#include <cctype>
#include <limits>
#include <type_traits>

#include <fmt/format.h>

#include "batch/shard.hpp"
#include "cli/messages.hpp"
#include "core/circumstances.hpp"
#include "report/formats.hpp"

namespace plancheck::cli {

namespace po = boost::program_options;

namespace {

// -o -: standard output, as the reports go without -o (never a file named "-").
std::string output_path(const std::string& value) { return value == "-" ? std::string() : value; }


std::optional<ToolError> check_choice(const std::string& command, const std::string& option, const std::string& value,
                                      std::initializer_list<const char*> allowed) {
  for (const char* a : allowed) {
    if (value == a) return std::nullopt;
  }
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : "|") + std::string(a);
  return usage(command, Msg::BadValue, {{"option", "--" + option}, {"value", value}, {"allowed", list}});
}

// Suppressions, waivers and baseline. "--fail-on new" is "--fail-on error --fail-on-new".
void fill_waivers(const po::variables_map& vm, Options& o) {
  if (vm.count("waivers")) o.waivers = vm["waivers"].as<std::string>();
  if (vm.count("baseline")) o.baseline = vm["baseline"].as<std::string>();
  o.inline_suppressions = vm.count("no-inline-suppressions") == 0;
  const bool new_only = vm["fail-on"].as<std::string>() == "new";
  if (new_only) o.fail_on = Severity::Error;
  o.fail_on_new = new_only || vm.count("fail-on-new") > 0;
}

std::optional<ToolError> fill_check(const std::string& command, const po::variables_map& vm, Options& o) {
  const std::string format = vm["format"].as<std::string>();
  const std::string fail_on = vm["fail-on"].as<std::string>();
  const std::string color = vm["color"].as<std::string>();
  if (!report::find_format(format)) {
    return usage(command, Msg::BadValue, {{"option", "--format"}, {"value", format},
                                          {"allowed", fmt::format("{}", fmt::join(report::format_names(), "|"))}});
  }
  if (auto e = check_choice(command, "fail-on", fail_on, {"error", "warning", "info", "never", "new"})) return e;
  if (auto e = check_choice(command, "color", color, {"auto", "always", "never"})) return e;
  o.format = format == "json" ? Format::Json : format == "text" ? Format::Text : Format::Other;
  o.format_name = format;
  o.fail_on = fail_on == "never" ? std::nullopt : parse_severity(fail_on);
  o.color = color == "always" ? ColorMode::Always : color == "never" ? ColorMode::Never : ColorMode::Auto;
  if (vm.count("output")) o.output = output_path(vm["output"].as<std::string>());
  o.quiet = vm.count("quiet") > 0;
  o.verbose = vm.count("verbose") > 0;
  o.html_findings_only = vm.count("html-findings-only") > 0;
  o.force = vm.count("force") > 0;
  fill_waivers(vm, o);
  return std::nullopt;
}

std::optional<double> read_seconds(const std::string& text);  // below

// --report, and for check --jobs, --shard and --errors-exit-code; for merge also --format and --output.
std::optional<ToolError> fill_batch(const std::string& command, const po::variables_map& vm, Options& o) {
  auto bad = [&](const char* option, const std::string& value, const char* allowed) {
    return usage(command, Msg::BadValue, {{"option", option}, {"value", value}, {"allowed", allowed}});
  };
  if (vm.count("report")) o.reports = vm["report"].as<std::vector<std::string>>();
  if (command == "merge") {
    o.format_name = vm["format"].as<std::string>();
    if (!report::find_format(o.format_name)) return bad("--format", o.format_name, "json|text|…");
    if (vm.count("output")) o.output = output_path(vm["output"].as<std::string>());
    o.allow_mixed = vm.count("allow-mixed") > 0;
    return std::nullopt;
  }
  if (vm.count("jobs")) {
    o.jobs = vm["jobs"].as<int>();
    if (o.jobs < 1) return bad("--jobs", std::to_string(o.jobs), "1, 2, …");
  }
  if (vm.count("shard")) {
    const std::string text = vm["shard"].as<std::string>();
    const std::optional<batch::Shard> shard = batch::parse_shard(text);
    if (!shard) return bad("--shard", text, "K/N, 1 ≤ K ≤ N");
    o.shard_index = shard->index;
    o.shard_count = shard->count;
  }
  if (vm.count("similar-threshold")) {
    const std::string text = vm["similar-threshold"].as<std::string>();
    const std::optional<double> t = read_seconds(text);
    if (!t || *t <= 0 || *t > 1) return bad("--similar-threshold", text, "0 < T ≤ 1, e.g. 0.9");
    o.similar_threshold = *t;
  }
  o.errors_exit_code = vm["errors-exit-code"].as<int>();
  if (o.errors_exit_code < 0 || o.errors_exit_code > 2) return bad("--errors-exit-code", std::to_string(o.errors_exit_code), "0|1|2");
  return std::nullopt;
}

// A whole number with an optional binary suffix (K, M, G) when `sized`; nullopt when it is not one.
std::optional<std::uint64_t> read_count(std::string text, bool sized) {
  std::uint64_t unit = 1;
  if (sized && !text.empty()) {
    const char suffix = static_cast<char>(std::toupper(static_cast<unsigned char>(text.back())));
    unit = suffix == 'K' ? 1ULL << 10 : suffix == 'M' ? 1ULL << 20 : suffix == 'G' ? 1ULL << 30 : 1;
    if (unit > 1) text.pop_back();
  }
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const std::uint64_t n = std::stoull(text);
  if (n > std::numeric_limits<std::uint64_t>::max() / unit) return std::nullopt;
  return n * unit;
}

// Seconds, possibly with a fraction ("0.5"); nullopt when it is not a number ≥ 0.
std::optional<double> read_seconds(const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789.") != std::string::npos || text.size() > 15) return std::nullopt;
  try {
    std::size_t used = 0;
    const double v = std::stod(text, &used);
    if (used == text.size()) return v;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

// --max-file-size, --max-line-length, --max-sentence-length, --max-sections, --max-section-depth and
// --max-time-per-plan (check).
std::optional<ToolError> fill_limits(const std::string& command, const po::variables_map& vm, Options& o) {
  const auto get = [&](const char* name, bool sized, auto& field) -> std::optional<ToolError> {
    if (!vm.count(name)) return std::nullopt;
    const std::string text = vm[name].as<std::string>();
    using Field = std::remove_reference_t<decltype(field)>;
    std::optional<Field> v;
    if constexpr (std::is_floating_point_v<Field>) {
      v = read_seconds(text);
    } else if (auto c = read_count(text, sized); c && *c > 0 && *c <= std::numeric_limits<Field>::max()) {
      v = static_cast<Field>(*c);
    }
    if (!v) {
      const char* allowed = std::is_floating_point_v<Field> ? "0, 0.5, 60, …" : sized ? "1, 2, … (K, M, G)" : "1, 2, …";
      return usage(command, Msg::BadValue, {{"option", std::string("--") + name}, {"value", text}, {"allowed", allowed}});
    }
    field = *v;
    return std::nullopt;
  };
  Limits& l = o.limits;
  for (auto e : {get("max-file-size", true, l.max_file_size), get("max-line-length", false, l.max_line_length),
                 get("max-sentence-length", false, l.max_sentence_length), get("max-sections", false, l.max_sections),
                 get("max-section-depth", false, l.max_section_depth), get("max-time-per-plan", false, l.max_time_per_plan)}) {
    if (e) return e;
  }
  return std::nullopt;
}

// --db (check, history); for history also --format, --output and --verbose, and --db is required.
std::optional<ToolError> fill_history(const std::string& command, const po::variables_map& vm, Options& o) {
  if (vm.count("db")) o.db = vm["db"].as<std::string>();
  if (command != "history") return std::nullopt;
  if (o.db.empty()) return usage(command, Msg::MissingArgument, {{"what", "--db FILE"}});
  const std::string format = vm["format"].as<std::string>();
  if (auto e = check_choice(command, "format", format, {"text", "json"})) return e;
  o.format = format == "json" ? Format::Json : Format::Text;
  o.format_name = format;
  if (vm.count("output")) o.output = output_path(vm["output"].as<std::string>());
  o.verbose = vm.count("verbose") > 0;
  return std::nullopt;
}

// --as-of, --exact-rulesets, --org-kind, --org-profile (check).
std::optional<ToolError> fill_dates(const std::string& command, const po::variables_map& vm, Options& o) {
  if (vm.count("as-of")) {
    o.as_of = vm["as-of"].as<std::string>();
    if (!is_iso_date(o.as_of)) {
      return usage(command, Msg::BadValue, {{"option", "--as-of"}, {"value", o.as_of}, {"allowed", "YYYY-MM-DD"}});
    }
  }
  o.exact_rulesets = vm.count("exact-rulesets") > 0;
  if (vm.count("org-kind")) {
    const std::string kind = vm["org-kind"].as<std::string>();
    if (auto e = check_choice(command, "org-kind", kind, {"cii", "central", "other"})) return e;
    o.org_kind = kind;
  }
  if (vm.count("org-profile")) o.org_profile = vm["org-profile"].as<std::string>();
  if (!o.org_kind.empty() && !o.org_profile.empty()) {
    return usage(command, Msg::OptionsExclusive, {{"first", "--org-kind"}, {"second", "--org-profile"}});
  }
  return std::nullopt;
}

}  // namespace

// Every option's value into `o`; the first bad value is the error.
std::optional<ToolError> fill_options(const std::string& command, const po::variables_map& vm, Options& o) {
  if (auto e = check_choice(command, "lang", vm["lang"].as<std::string>(), {"zh", "en"})) return *e;
  o.lang = vm["lang"].as<std::string>() == "en" ? Lang::En : Lang::Zh;
  if (vm.count("data-dir")) o.data_dir = vm["data-dir"].as<std::string>();
  if (vm.count("ruleset")) o.rulesets = vm["ruleset"].as<std::vector<std::string>>();
  if (auto e = fill_dates(command, vm, o)) return *e;
  if (command == "check") {
    if (auto e = fill_check(command, vm, o)) return *e;
    if (auto e = fill_limits(command, vm, o)) return *e;
  }
  if (command == "check" || command == "merge") {
    if (auto e = fill_batch(command, vm, o)) return *e;
  }
  if (command == "check" || command == "history") {
    if (auto e = fill_history(command, vm, o)) return *e;
  }
  return std::nullopt;
}

}  // namespace plancheck::cli
