#include "fuzz/context.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <fmt/format.h>

#include "fuzz/invariants.hpp"
#include "rules/engine.hpp"
#include "ruleset/loader.hpp"

namespace plancheck::fuzz {

namespace {

template <typename T>
T loaded_or_abort(Result<T> result) {
  if (!result) {
    std::fprintf(stderr, "plancheck fuzz: cannot load the data dir: %s\n", result.error().to_string(Lang::En).c_str());
    std::abort();
  }
  return result.take();
}

// One folder per process, so parallel fuzzers and tests never share a file; removed at exit.
std::string make_scratch_dir() {
  const char* tmp = std::getenv("TMPDIR");
  static const std::string dir = fmt::format("{}/plancheck-fuzz-{}", tmp && *tmp ? tmp : "/tmp", getpid());
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::atexit([] {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  });
  return dir;
}

Context load_context() {
  Context c;
  const std::string dir = data_dir();
  auto ruleset_schema = loaded_or_abort(xml::Schema::load(dir + "/schemas/ruleset.xsd"));
  ruleset::LoadOptions options{dir, ruleset_schema};
  for (const char* id : {"cn-national-2017", "cn-miit-2017", "cn-reporting-2025"}) {
    ruleset::Ruleset rs = loaded_or_abort(ruleset::load_ruleset(id, options));
    c.rulesets.push_back(loaded_or_abort(rules::compile(rs)));
  }
  c.ruleset_schema = std::move(ruleset_schema);
  c.plan_schema = loaded_or_abort(parse::PlanSchema::load(dir + "/schemas/plan.xsd"));
  c.waiver_schema = loaded_or_abort(xml::Schema::load(dir + "/schemas/waivers.xsd"));
  c.scratch_dir = make_scratch_dir();
  return c;
}

}  // namespace

const Context& context() {
  static const Context c = load_context();
  return c;
}

std::string write_scratch_file(const std::string& name, std::string_view bytes) {
  const std::string path = context().scratch_dir + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  require(static_cast<bool>(out), "the scratch file " + path + " is written");
  return path;
}

}  // namespace plancheck::fuzz
