// Google Benchmark: inputs that once made plancheck quadratic or exponential (issue 13, items 8-9), each at
// 1×, 10× and 50× its base size, checked whole. Linear cost shows as time per byte staying flat across the
// three sizes (the bytes_per_second column); scripts/bench-scale.sh adds peak memory.
#include <benchmark/benchmark.h>

#include <algorithm>
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
// Body names again and again in one sentence: the role rules tested each duty word against every name of the
// passage, copied per mention (8,000 names took 0.48 s, 32,000 took 5.1 s).
void BM_BodiesInOneSentence(benchmark::State& state) {
  check_text(state, kHead + repeat("集团网信办、市委网信办和应急办在2小时内报告上述单位，成员包括办公室", state.range(0)) + "\n");
}
// Body names with no duty in one sentence: the sentence was searched for a duty once per name (4,000 names
// took 1.4 s, 16,000 took 29 s).
void BM_DutylessNames(benchmark::State& state) {
  check_text(state, kHead + repeat("应急办、办公室和领导小组及网信办，", state.range(0)) + "\n");
}
// Summary-report deadlines sent inside, in one sentence: report.summary-2025 read the sentence for its
// recipients once per deadline (8,000 took 3.5 s of CPU).
void BM_SummariesInOneSentence(benchmark::State& state) {
  check_text(state, kHead + repeat("事件处置结束后30日内形成总结报告报领导小组，", state.range(0)) + "\n");
}
// A sentence of level-named immediate reports: report.immediate read each report's sentence up to its clause
// for every report (quadratic: 20,000 took 53 s before the per-sentence reading).
void BM_LevelReportsInOneSentence(benchmark::State& state) {
  check_text(state, kHead + repeat("对特别重大事件立即报告，", state.range(0)) + "\n");
}

// "应急<a" repeated, with no '>' anywhere: the not-a-plan screening searched for a '>' after every "<a" (4.8 MB
// took 17 s).
void BM_UnclosedAngles(benchmark::State& state) { check_text(state, kHead + repeat("应急<a", state.range(0)) + "\n"); }
// The national plan's text (23,060 bytes) repeated: 44, 217 and 434 copies are plans of 1, 5 and 10 MB.
void BM_PlainTextPlan(benchmark::State& state) {
  static const std::string seed = read_bytes(PLANCHECK_SOURCE_DIR "/tests/data/seeds/000_national.txt");
  check_text(state, repeat(seed, state.range(0)));
}

// The seed plans' text as one paragraph, its sentences kept, of 100 KB, 1 MB and 5 MB: each sentence looked for
// its promptness words in the rest of the paragraph, and each definition of an alias searched the rest again
// (2 MB took 0.67 s, 4 MB 1.89 s).
void BM_OneParagraph(benchmark::State& state) {
  static const std::string one = [] {
    std::string all;
    for (const char* seed : {"000_national", "001_commentary", "002_miit", "003_xinzhou"}) {
      for (char c : read_bytes(std::string(PLANCHECK_SOURCE_DIR "/tests/data/seeds/") + seed + ".txt")) {
        if (c != '\n' && c != '\r') all += c;
      }
    }
    return all;
  }();
  const std::int64_t copies = std::max<std::int64_t>(1, state.range(0) * 1000 / static_cast<std::int64_t>(one.size()));
  check_text(state, kHead + repeat(one, copies) + "\n");
}

void BM_GlobStars(benchmark::State& state) {
  const std::string pattern = repeat("*a", state.range(0)) + "b";
  const std::string path(300, 'a');
  for (auto _ : state) benchmark::DoNotOptimize(waivers::glob_match(pattern, path));
}

}  // namespace

// Base sizes: 2,000 ①; 320 每年; 160 2小时内; 2,000 comments; 4 copies of the national plan (100 KB); 4 stars;
// 2,000 unclosed "<a"; 200 runs of body names with and without a duty; a paragraph of 100 KB.
BENCHMARK(BM_CircledParagraph)->Arg(2000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_YearlyInOneSentence)->Arg(320)->Arg(3200)->Arg(16000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DeadlinesInOneClause)->Arg(160)->Arg(1600)->Arg(8000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DisableNextLine)->Arg(2000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OneParagraph)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlainTextPlan)->Arg(44)->Arg(217)->Arg(434)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BodiesInOneSentence)->Arg(200)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DutylessNames)->Arg(200)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SummariesInOneSentence)->Arg(200)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LevelReportsInOneSentence)->Arg(2000)->Arg(20000)->Arg(40000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UnclosedAngles)->Arg(2000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GlobStars)->Arg(4)->Arg(40)->Arg(200)->Unit(benchmark::kMicrosecond);

}  // namespace plancheck::bench
