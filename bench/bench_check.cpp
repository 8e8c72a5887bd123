// Google Benchmark suite: whole-plan checking of samples/ with each bundled ruleset, then each pipeline
// stage on its own (ingest, parse, passages, facts, rules, the JSON report) and md4c alone as the parsing
// baseline.
#include <benchmark/benchmark.h>

#include <sstream>
#include <string>
#include <vector>

#include "bench_inputs.hpp"
#include "facts/plan_facts.hpp"
#include "parse/parse.hpp"
#include "report/json_writer.hpp"
#include "rules/engine.hpp"
#include "text/ingest.hpp"
#include "text/normalize.hpp"

namespace plancheck::bench {

namespace {

const std::vector<InputFile>& samples() {
  static const std::vector<InputFile> files = read_inputs({PLANCHECK_SOURCE_DIR "/samples"});
  return files;
}

std::vector<InputFile> markdown_samples() {
  std::vector<InputFile> md;
  for (const InputFile& f : samples()) {
    if (f.path.size() > 3 && f.path.compare(f.path.size() - 3, 3, ".md") == 0) md.push_back(f);
  }
  return md;
}

const CheckSetup& setup(const std::string& ruleset_id) {
  static const CheckSetup national = load_setup("cn-national-2017");
  static const CheckSetup miit = load_setup("cn-miit-2017");
  return ruleset_id == "cn-miit-2017" ? miit : national;
}

std::vector<text::DecodedText> decode_all(const std::vector<InputFile>& files) {
  std::vector<text::DecodedText> out;
  for (const InputFile& f : files) {
    auto d = text::decode_bytes(f.bytes, f.path);
    if (d) out.push_back(d.take());
  }
  return out;
}

// Plans/s and MB/s for `plans` plans of `bytes` input bytes per iteration.
void set_rates(benchmark::State& state, std::size_t plans, std::size_t bytes) {
  const auto iterations = static_cast<std::int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(iterations * static_cast<std::int64_t>(plans));
  state.counters["plans/s"] =
      benchmark::Counter(static_cast<double>(plans) * static_cast<double>(iterations), benchmark::Counter::kIsRate);
}

void BM_Check(benchmark::State& state, const std::string& ruleset_id) {
  const CheckSetup& s = setup(ruleset_id);
  for (auto _ : state) {
    for (const InputFile& f : samples()) {
      auto decoded = text::decode_bytes(f.bytes, f.path);
      if (!decoded) continue;
      PlanResult r = batch::check_decoded(f.path, decoded.take(), s.rulesets, s.options);
      benchmark::DoNotOptimize(r.score);
    }
  }
  set_rates(state, samples().size(), total_bytes(samples()));
}

void BM_Ingest(benchmark::State& state) {
  for (auto _ : state) {
    for (const InputFile& f : samples()) {
      auto d = text::decode_bytes(f.bytes, f.path);
      benchmark::DoNotOptimize(d.ok());
    }
  }
  set_rates(state, samples().size(), total_bytes(samples()));
}

void parse_files(benchmark::State& state, const std::vector<InputFile>& files) {
  const CheckSetup& s = setup("cn-national-2017");
  parse::ParseOptions options;
  options.plan_schema = s.schema.get();
  const std::vector<text::DecodedText> decoded = decode_all(files);
  for (auto _ : state) {
    for (std::size_t i = 0; i < decoded.size(); ++i) {
      auto doc = parse::parse_document(files[i].path, decoded[i], options);
      benchmark::DoNotOptimize(doc.ok());
    }
  }
  set_rates(state, files.size(), total_bytes(files));
}

void BM_Parse(benchmark::State& state) { parse_files(state, samples()); }
void BM_ParseMarkdown(benchmark::State& state) { parse_files(state, markdown_samples()); }

void BM_Md4cMarkdown(benchmark::State& state) {
  const std::vector<InputFile> files = markdown_samples();
  for (auto _ : state) {
    for (const InputFile& f : files) benchmark::DoNotOptimize(md4c_parse(f.bytes));
  }
  set_rates(state, files.size(), total_bytes(files));
}

void BM_Normalize(benchmark::State& state) {
  const std::vector<text::DecodedText> decoded = decode_all(samples());
  for (auto _ : state) {
    for (const text::DecodedText& d : decoded) benchmark::DoNotOptimize(text::normalize_for_matching(d.utf8));
  }
  set_rates(state, samples().size(), total_bytes(samples()));
}

void BM_Passages(benchmark::State& state) {
  const std::vector<Document> docs = parse_all(samples(), setup("cn-national-2017"));
  for (auto _ : state) {
    for (const Document& doc : docs) benchmark::DoNotOptimize(facts::Passages::from(doc).items.size());
  }
  set_rates(state, docs.size(), total_bytes(samples()));
}

void BM_Facts(benchmark::State& state) {
  const std::vector<Document> docs = parse_all(samples(), setup("cn-national-2017"));
  for (auto _ : state) {
    for (const Document& doc : docs) benchmark::DoNotOptimize(facts::extract_facts(doc).passages.items.size());
  }
  set_rates(state, docs.size(), total_bytes(samples()));
}

void BM_Rules(benchmark::State& state, const std::string& ruleset_id) {
  const CheckSetup& s = setup(ruleset_id);
  const std::vector<Document> docs = parse_all(samples(), s);
  std::vector<facts::PlanFacts> all_facts;
  all_facts.reserve(docs.size());
  for (const Document& doc : docs) all_facts.push_back(facts::extract_facts(doc));
  for (auto _ : state) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      for (const auto& rs : s.rulesets) benchmark::DoNotOptimize(rules::run_rules(*rs, docs[i], all_facts[i], Lang::Zh, {}));
    }
  }
  set_rates(state, docs.size(), total_bytes(samples()));
}

// The output stage: the JSON report of the checked samples, written as `plancheck check --format json` writes
// it (the head, each plan, the summary) into memory.
void BM_JsonReport(benchmark::State& state) {
  const CheckSetup& s = setup("cn-national-2017");
  std::vector<PlanResult> results;
  for (const InputFile& f : samples()) {
    auto decoded = text::decode_bytes(f.bytes, f.path);
    if (decoded) results.push_back(batch::check_decoded(f.path, decoded.take(), s.rulesets, s.options));
  }
  report::RunInfo run;
  std::size_t written = 0;
  for (auto _ : state) {
    std::ostringstream out;
    auto stream = report::JsonWriter().open(run, out);
    for (const PlanResult& r : results) stream->plan(r);
    stream->close({});
    written = out.str().size();
    benchmark::DoNotOptimize(written);
  }
  set_rates(state, results.size(), total_bytes(samples()));
  state.counters["JSON bytes"] = static_cast<double>(written);
}

}  // namespace

BENCHMARK_CAPTURE(BM_Check, national, std::string("cn-national-2017"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Check, miit, std::string("cn-miit-2017"))->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ingest)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Parse)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ParseMarkdown)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Md4cMarkdown)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Passages)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Facts)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Rules, national, std::string("cn-national-2017"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Rules, miit, std::string("cn-miit-2017"))->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JsonReport)->Unit(benchmark::kMicrosecond);

}  // namespace plancheck::bench

BENCHMARK_MAIN();
