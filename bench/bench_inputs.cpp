#include "bench_inputs.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <md4c.h>

#include "cli/ruleset_source.hpp"
#include "parse/parse.hpp"
#include "text/ingest.hpp"

namespace plancheck::bench {

namespace fs = std::filesystem;

namespace {

bool is_plan_file(const fs::path& path) {
  return fs::is_regular_file(path) && path.filename().string().rfind("README", 0) != 0;
}

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "bench: %s\n", what.c_str());
  std::exit(2);
}

int count_block(MD_BLOCKTYPE, void*, void* userdata) {
  ++*static_cast<std::size_t*>(userdata);
  return 0;
}

int ignore_block(MD_BLOCKTYPE, void*, void*) { return 0; }
int ignore_span(MD_SPANTYPE, void*, void*) { return 0; }
int ignore_text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*) { return 0; }

}  // namespace

std::vector<std::string> list_inputs(const std::vector<std::string>& roots) {
  std::vector<std::string> paths;
  for (const std::string& root : roots) {
    if (fs::is_regular_file(root)) {
      paths.emplace_back(root);
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (is_plan_file(entry.path())) paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<InputFile> read_inputs(const std::vector<std::string>& roots) {
  std::vector<InputFile> files;
  for (const std::string& p : list_inputs(roots)) files.push_back({p, read_bytes(p)});
  return files;
}

std::size_t total_bytes(const std::vector<InputFile>& files) {
  std::size_t n = 0;
  for (const InputFile& f : files) n += f.bytes.size();
  return n;
}

CheckSetup load_setup(const std::string& ruleset_id) {
  CheckSetup setup = load_schema_only();
  auto rulesets = cli::load_rulesets({ruleset_id}, PLANCHECK_SOURCE_DIR);
  if (!rulesets) die("cannot load ruleset " + ruleset_id + ": " + rulesets.error().message.text(Lang::En));
  setup.rulesets = rulesets.take();
  return setup;
}

CheckSetup load_schema_only() {
  const std::string data_dir = PLANCHECK_SOURCE_DIR;
  CheckSetup setup;
  auto schema = parse::PlanSchema::load(data_dir + "/schemas/plan.xsd");
  if (!schema) die("cannot load schemas/plan.xsd: " + schema.error().message.text(Lang::En));
  setup.schema = schema.take();
  setup.options.plan_schema = setup.schema.get();
  return setup;
}

std::size_t md4c_parse(std::string_view text) {
  std::size_t blocks = 0;
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = count_block;
  parser.leave_block = ignore_block;
  parser.enter_span = ignore_span;
  parser.leave_span = ignore_span;
  parser.text = ignore_text;
  md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &blocks);
  return blocks;
}

std::vector<Document> parse_all(const std::vector<InputFile>& files, const CheckSetup& s) {
  parse::ParseOptions options;
  options.plan_schema = s.schema.get();
  std::vector<Document> docs;
  for (const InputFile& f : files) {
    auto d = text::decode_bytes(f.bytes, f.path);
    if (!d) continue;
    auto doc = parse::parse_document(f.path, d.take(), options);
    if (doc) docs.push_back(doc.take());
  }
  return docs;
}

}  // namespace plancheck::bench
