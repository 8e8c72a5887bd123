// Near-identical filings (report/similarity): what comparing the plans' texts adds to a run. Per plan,
// the sketch computed by the worker (shingles of the passages already normalised for checking, and the
// MinHash signature); per run, finding the pairs among 10,000 plans (LSH banding, estimates, and the exact
// Jaccard similarity of the candidates, whose shingles are computed again as a re-read would).
#include <benchmark/benchmark.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "../tests/support/near_duplicates.hpp"
#include "batch/check_plan.hpp"
#include "bench_inputs.hpp"
#include "facts/passages.hpp"
#include "report/similarity.hpp"
#include "text/normalize.hpp"

namespace plancheck::bench {

namespace {

// The bundled samples parsed once: the sketch of each, as check_document computes it.
void BM_SimilarSketchSamples(benchmark::State& state) {
  const std::vector<InputFile> files = read_inputs({PLANCHECK_SOURCE_DIR "/samples"});
  const CheckSetup s = load_setup("cn-national-2017");
  const std::vector<Document> docs = parse_all(files, s);
  std::vector<facts::Passages> passages;
  for (const Document& doc : docs) passages.push_back(facts::Passages::from(doc));
  for (auto _ : state) {
    for (const facts::Passages& p : passages) {
      text::Shingles out;
      for (const facts::Passage& item : p.items) text::add_shingles(item.norm.text, batch::kPlanShingleSize, out);
      text::finish_shingles(out);
      benchmark::DoNotOptimize(text::minhash(out));
    }
  }
  state.counters["plans/s"] = benchmark::Counter(static_cast<double>(passages.size()), benchmark::Counter::kIsIterationInvariantRate);
}

struct GeneratedBatch {
  std::vector<std::string> texts;  // normalised
  std::vector<report::SimilarPlan> plans;
};

// `n` plans of 150 sentences (about 6,000 characters), 20 of them near-duplicates of others.
const GeneratedBatch& generated(std::size_t n) {
  static std::map<std::size_t, GeneratedBatch> cache;
  auto it = cache.find(n);
  if (it != cache.end()) return it->second;
  GeneratedBatch b;
  testing::PlanGenerator gen(42);
  for (testing::GeneratedPlan& p : gen.batch(n - 20, 20, 150)) {
    b.texts.push_back(text::normalized(p.text));
    b.plans.push_back({p.name, std::to_string(b.plans.size()), p.name, p.organisation, "",
                       text::minhash(text::shingles(b.texts.back(), batch::kPlanShingleSize))});
  }
  return cache.emplace(n, std::move(b)).first->second;
}

void BM_SimilarPairs(benchmark::State& state) {
  const GeneratedBatch& b = generated(static_cast<std::size_t>(state.range(0)));
  const report::ShingleLoader load = [&b](const report::SimilarPlan& p) -> std::optional<text::Shingles> {
    return text::shingles(b.texts[std::stoul(p.exact_path)], batch::kPlanShingleSize);
  };
  std::size_t pairs = 0;
  for (auto _ : state) pairs = report::similar_pairs(b.plans, 0.9, load).size();
  state.counters["pairs"] = static_cast<double>(pairs);
}

}  // namespace

BENCHMARK(BM_SimilarSketchSamples)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SimilarPairs)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace plancheck::bench
