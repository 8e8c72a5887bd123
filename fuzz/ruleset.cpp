// The ruleset loader: a fuzzed ruleset file (which may extend a bundled one) loaded, merged and compiled,
// then run on a small plan, so parameters and message templates that pass the load are exercised too.
#include <fmt/format.h>

#include "batch/check_plan.hpp"
#include "fuzz/context.hpp"
#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"
#include "parse/parse.hpp"
#include "rules/engine.hpp"
#include "ruleset/loader.hpp"

namespace plancheck::fuzz {

namespace {

// Headings, levels, colours, deadlines, a drill frequency and a body: something for every rule kind.
constexpr std::string_view kPlan =
    "某公司网络安全事件应急预案\n"
    "一、总则\n"
    "（一）编制目的\n为规范网络安全事件的应急处置，依据《中华人民共和国网络安全法》制定本预案。\n"
    "二、组织机构与职责\n公司成立网络安全应急领导小组，组长由总经理担任。办公室设在信息部，联系人：张三。\n"
    "三、事件分级\n网络安全事件分为特别重大、重大、较大和一般四级。\n"
    "四、监测与预警\n预警等级分为红色、橙色、黄色和蓝色，分别对应特别重大、重大、较大和一般网络安全事件。\n"
    "五、应急处置\n发生事件后，应立即报告，并在2小时内上报主管部门。启动I级响应。\n"
    "六、调查与评估\n应急响应结束后30天内提交总结报告。\n"
    "七、预防工作\n每年至少组织一次应急演练。24小时值班。\n";

std::string describe(const Result<ruleset::Ruleset>& r) {
  if (!r) return fuzz::describe(r.error());
  std::string out = fmt::format("{} {} [{}]\n", r.value().id, r.value().version, r.value().file);
  for (const ruleset::RuleSpec& s : r.value().rules) {
    out += fmt::format("{} {} {} [{}] {} params {}\n", s.id, s.kind, to_string(s.severity), s.basis, s.line,
                       s.params.size());
  }
  return out;
}

void run_on_plan(const std::shared_ptr<const rules::CompiledRuleset>& compiled) {
  const Result<text::DecodedText> decoded = text::decode_bytes(kPlan, "plan.txt");
  const Result<Document> doc = parse::parse_document("plan.txt", decoded.value(), parse::ParseOptions{});
  batch::CheckOptions options;
  const batch::Rulesets rulesets{compiled};
  const PlanResult result = batch::check_decoded("plan.txt", decoded.value(), rulesets, options);
  require_plan_result(result, doc.value());
  require_same(fuzz::describe(result),
               fuzz::describe(batch::check_decoded("plan.txt", decoded.value(), rulesets, options)),
               "a loaded ruleset run twice");
}

}  // namespace

void fuzz_ruleset(std::string_view input) {
  const Context& c = context();
  const std::string path = write_scratch_file("ruleset.xml", input);
  const ruleset::LoadOptions options{data_dir(), c.ruleset_schema};
  const Result<ruleset::Ruleset> loaded = ruleset::load_ruleset(path, options);
  require_same(describe(loaded), describe(ruleset::load_ruleset(path, options)), "load_ruleset");
  if (!loaded) {
    require(loaded.error().kind == ErrorKind::Ruleset, "every ruleset problem is a ruleset error");
    if (loaded.error().file == path) require_error(loaded.error(), input, "ruleset file");
    return;
  }
  const auto compiled = rules::compile(loaded.value());
  if (!compiled) {
    require(compiled.error().kind == ErrorKind::Ruleset, "a rule that does not compile is a ruleset error");
    if (compiled.error().file == path) require_error(compiled.error(), input, "compiling the ruleset");
    return;
  }
  run_on_plan(compiled.value());
}

}  // namespace plancheck::fuzz
