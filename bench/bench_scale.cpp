// Google Benchmark: inputs that once made plancheck quadratic or exponential (issue 13, items 8-9), each at
// 1×, 10× and 50× its base size, checked whole. Linear cost shows as time per byte staying flat across the
// three sizes (the bytes_per_second column); scripts/bench-scale.sh adds peak memory.
#include <benchmark/benchmark.h>

#include <string>

#include "bench_inputs.hpp"
#include "text/ingest.hpp"
#include "waivers/glob.hpp"

namespace plancheck::bench {

namespace {

const std::string kHead = "# 网络安全事件应急预案\n\n## 一、总则\n\n";

std::string repeat(const std::string& s, std::int64_t n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) out += s;
  return out;
}

// What a plain `plancheck check` applies today: cn-national-2017 and the cn-reporting-2025 supplement.
CheckSetup todays_setup() {
  CheckSetup s = load_setup("cn-national-2017");
  const CheckSetup supplement = load_setup("cn-reporting-2025");
  s.rulesets.insert(s.rulesets.end(), supplement.rulesets.begin(), supplement.rulesets.end());
  return s;
}

// Checks `text` as plan.md against today's rulesets with no limits (a benchmark measures, it is not stopped).
void check_text(benchmark::State& state, const std::string& text) {
  static const CheckSetup s = todays_setup();
  CheckSetup unlimited = s;
  unlimited.options.limits = Limits{1ULL << 40, 1ULL << 40, 1ULL << 40, 1ULL << 40, 1ULL << 20, 0};
  for (auto _ : state) {
    auto decoded = text::decode_bytes(text, "plan.md");
    PlanResult r = batch::check_decoded("plan.md", decoded.take(), unlimited.rulesets, unlimited.options);
    benchmark::DoNotOptimize(r.score);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

void BM_CircledParagraph(benchmark::State& state) { check_text(state, kHead + repeat("①", state.range(0)) + "\n"); }
void BM_YearlyInOneSentence(benchmark::State& state) {
  check_text(state, kHead + "演练" + repeat("每年", state.range(0)) + "组织一次。\n");
}
void BM_DeadlinesInOneClause(benchmark::State& state) {
  check_text(state, kHead + "发生事件后" + repeat("2小时内", state.range(0)) + "报告。\n");
}
void BM_DisableNextLine(benchmark::State& state) {
  check_text(state, kHead + repeat("<!-- plancheck-disable-next-line drill.frequency -- 测试 -->\n一行正文。\n\n", state.range(0)));
}
// "应急<a" repeated, with no '>' anywhere: the not-a-plan screening searched for a '>' after every "<a" (4.8 MB
// took 17 s).
void BM_UnclosedAngles(benchmark::State& state) { check_text(state, kHead + repeat("应急<a", state.range(0)) + "\n"); }
// The national plan's text (23,060 bytes) repeated: 44, 217 and 434 copies are plans of 1, 5 and 10 MB.
void BM_PlainTextPlan(benchmark::State& state) {
  static const std::string seed = read_bytes(PLANCHECK_SOURCE_DIR "/tests/data/seeds/000_national.txt");
  check_text(state, repeat(seed, state.range(0)));
}

void BM_GlobStars(benchmark::State& state) {
  const std::string pattern = repeat("*a", state.range(0)) + "b";
  const std::string path(300, 'a');
  for (auto _ : state) benchmark::DoNotOptimize(waivers::glob_match(pattern, path));
}

}  // namespace

// Base sizes: 2,000 ①; 320 每年; 160 2小时内; 2,000 comments; 4 copies of the national plan (100 KB); 4 stars;
// 2,000 unclosed "<a".
BENCHMARK(BM_CircledParagraph)->Arg(2000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_YearlyInOneSentence)->Arg(320)->Arg(3200)->Arg(16000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DeadlinesInOneClause)->Arg(160)->Arg(1600)->Arg(8000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DisableNextLine)->Arg(2000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlainTextPlan)->Arg(44)->Arg(217)->Arg(434)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UnclosedAngles)->Arg(2000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GlobStars)->Arg(4)->Arg(40)->Arg(200)->Unit(benchmark::kMicrosecond);

}  // namespace plancheck::bench
