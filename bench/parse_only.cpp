// Reads and parses every file of a corpus without checking it, on 1..N threads, to measure the parsing
// floor that `plancheck check` is compared with: `read` mode only reads each file into memory, `md4c` mode
// runs md4c alone on the raw bytes, `parse` mode runs plancheck's ingest (charset detection, decoding) and its
// readers.
//
//   plancheck-parse-only [--mode read|md4c|parse] [--threads N] PATH...
//
// Prints one line: mode, threads, files, bytes, seconds, plans/s, MB/s.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "bench_inputs.hpp"
#include "parse/parse.hpp"
#include "text/ingest.hpp"

namespace {

using plancheck::bench::CheckSetup;

struct Args {
  std::string mode = "md4c";
  int threads = 1;
  std::vector<std::string> roots;
};

Args parse_args(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--mode" && i + 1 < argc) {
      args.mode = argv[++i];
    } else if (a == "--threads" && i + 1 < argc) {
      args.threads = std::max(1, std::atoi(argv[++i]));
    } else {
      args.roots.push_back(a);
    }
  }
  if (args.roots.empty() || (args.mode != "read" && args.mode != "md4c" && args.mode != "parse")) {
    std::fprintf(stderr, "usage: plancheck-parse-only [--mode read|md4c|parse] [--threads N] PATH...\n");
    std::exit(2);
  }
  return args;
}

// Reads and parses one file; returns its size in bytes.
std::size_t process(const std::string& path, const Args& args, const CheckSetup* setup) {
  if (args.mode != "parse") {
    const std::string bytes = plancheck::bench::read_bytes(path);
    if (args.mode == "md4c") plancheck::bench::md4c_parse(bytes);
    return bytes.size();
  }
  auto decoded = plancheck::text::read_text_file(path);
  if (!decoded) return 0;
  const std::size_t size = decoded.value().utf8.size();
  plancheck::parse::ParseOptions options;
  options.plan_schema = setup->schema.get();
  const auto doc = plancheck::parse::parse_document(path, decoded.take(), options);
  (void)doc;  // a plan that does not parse still cost its parse
  return size;
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse_args(argc, argv);
  const std::vector<std::string> paths = plancheck::bench::list_inputs(args.roots);
  CheckSetup setup;
  if (args.mode == "parse") setup = plancheck::bench::load_schema_only();
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> bytes{0};
  const auto start = std::chrono::steady_clock::now();
  auto worker = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) bytes += process(paths[i], args, &setup);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < args.threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("mode=%s threads=%d files=%zu bytes=%zu seconds=%.3f plans_per_s=%.0f mb_per_s=%.1f\n",
              args.mode.c_str(), args.threads, paths.size(), bytes.load(), seconds,
              static_cast<double>(paths.size()) / seconds, static_cast<double>(bytes.load()) / 1e6 / seconds);
  return 0;
}
