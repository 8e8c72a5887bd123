// Google Benchmark: the organisation model (facts/bodies + facts/organisation*) on a long plan, at 1×, 10× and
// 50× its base size. Linear cost shows as bytes/s staying flat across the three sizes. The plan puts what
// once made the model quadratic in one place each: one sentence naming many bodies with 下设 and heads,
// many sections whose heading names a body, and one sentence giving many bodies tasks.
#include <benchmark/benchmark.h>

#include <string>

#include "bench_inputs.hpp"
#include "facts/organisation.hpp"
#include "parse/parse.hpp"
#include "text/ingest.hpp"

namespace plancheck::bench {
namespace {

// A distinct four-character name for each i (base 20 over characters that are no stop or generic word).
std::string name(std::int64_t i) {
  static const char32_t alphabet[] = U"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
  std::u32string out;
  for (int d = 0; d < 4; ++d, i /= 20) out += alphabet[i % 20];
  std::string utf8;
  for (char32_t cp : out) {
    utf8 += static_cast<char>(0xE0 | (cp >> 12));
    utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    utf8 += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return utf8;
}

std::string organisation_plan(std::int64_t n) {
  std::string md = "# 网络安全事件应急预案\n\n# 一、组织机构与职责\n\n成立网络安全应急领导小组，组长由局长担任，";
  for (std::int64_t i = 0; i < n; ++i) {
    md += name(i) + "工作组下设" + name(n + i) + "处置组、" + name(2 * n + i) + "专家组，组长由科长担任，联络员：科员，";
  }
  md += "日常工作由信息中心承担。\n\n";
  for (std::int64_t i = 0; i < n; ++i) {
    md += "## " + name(3 * n + i) + "工作组\n\n组长：处长。负责协调" + name(i) + "工作组的处置。\n\n";
  }
  md += "# 四、应急处置\n\n";
  for (std::int64_t i = 0; i < n; ++i) md += "由" + name(n + i) + "处置组负责恢复，";
  md += "领导小组决定启动响应。\n";
  return md;
}

// The model alone: bodies and positions, then the organisation, on passages built once.
void BM_OrganisationModel(benchmark::State& state) {
  const std::string md = organisation_plan(state.range(0));
  auto decoded = text::decode_bytes(md, "plan.md");
  auto doc = parse::parse_document("plan.md", decoded.take(), {});
  if (!doc.ok()) {
    state.SkipWithError("the generated plan does not parse");
    return;
  }
  const Document d = doc.take();
  const facts::Passages passages = facts::Passages::from(d);
  std::size_t bodies = 0;
  for (auto _ : state) {
    const facts::BodyFacts found = facts::extract_bodies(d, passages);
    const facts::Organisation org = facts::build_organisation(passages, found);
    bodies = org.bodies.size();
    benchmark::DoNotOptimize(bodies);
  }
  state.counters["bodies"] = static_cast<double>(bodies);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(md.size()));
}

}  // namespace

// Base size: 100 × (a 工作组 下设 a 处置组 and a 专家组 with their heads; a section headed by a body; a task).
BENCHMARK(BM_OrganisationModel)->Arg(100)->Arg(1000)->Arg(5000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace plancheck::bench
