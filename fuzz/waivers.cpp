// The waiver file (schemas/waivers.xsd): read from a scratch file, as --waivers reads it.
#include <fmt/format.h>

#include "fuzz/context.hpp"
#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"
#include "waivers/waiver_file.hpp"

namespace plancheck::fuzz {

namespace {

std::string describe(const Result<std::vector<waivers::Waiver>>& r) {
  if (!r) return fuzz::describe(r.error());
  std::string out;
  for (const waivers::Waiver& w : r.value()) {
    out += fmt::format("{} [{}] [{}] [{}] {} [{}]\n", w.line, w.rule, w.plans, w.approver, w.expires, w.justification);
  }
  return out;
}

}  // namespace

void fuzz_waivers(std::string_view input) {
  const Context& c = context();
  const std::string path = write_scratch_file("waivers.xml", input);
  const Result<std::vector<waivers::Waiver>> read = waivers::read_waiver_file(path, *c.waiver_schema);
  require_same(describe(read), describe(waivers::read_waiver_file(path, *c.waiver_schema)), "read_waiver_file");
  if (!read) {
    require(read.error().file == path, "a waiver file error names the file");
    require_error(read.error(), input, "waiver file");
    return;
  }
  const SourceText source{std::string(input)};
  for (const waivers::Waiver& w : read.value()) {
    require(w.line >= 1 && w.line <= source.line_count(), "a waiver's line is in the file");
    require(!w.rule.empty() && !w.plans.empty() && !w.approver.empty() && !w.justification.empty(),
            "a valid waiver has a rule, plans, an approver and a justification");
    require(w.expires.size() == 10 && w.expires[4] == '-' && w.expires[7] == '-', "expiry is YYYY-MM-DD");
    for (const char* plan : {"plans/a.md", "/srv/filed/计划.txt", "x"}) {
      require(waivers::covers(w, "drill.frequency", plan) == waivers::covers(w, "drill.frequency", plan),
              "covers twice: same answer");
    }
  }
}

}  // namespace plancheck::fuzz
