#include "text/literal_index.hpp"

#include <hs.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace plancheck::text {
namespace {

// One scratch space per thread, grown by hs_alloc_scratch for each database it is used with.
// Scratch only grows, so once sized for an index it stays large enough for it: `sized_for` holds the serial
// numbers of the indexes it has been sized for (hs_alloc_scratch costs as much as a short scan).
struct Scratch {
  hs_scratch_t* space = nullptr;
  std::vector<std::uint64_t> sized_for;
  Scratch() = default;
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch() { hs_free_scratch(space); }
};

struct ScanContext {
  const std::vector<std::string>* literals;
  std::vector<LiteralHit>* out;
};

int on_match(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/, void* ctx) {
  auto* c = static_cast<ScanContext*>(ctx);
  const auto end = static_cast<std::uint32_t>(to);
  c->out->push_back({end - static_cast<std::uint32_t>((*c->literals)[id].size()), end, id});
  return 0;  // go on
}

std::atomic<std::uint64_t> next_serial{1};

// What a saved database starts with: a format mark, then a 64-bit FNV-1a fingerprint of the literal list
// (each literal's length and bytes, in order), so a database is only ever loaded for the words it was
// compiled from. Hyperscan's own header checks its version and the bytes' length.
std::string saved_header(const std::vector<std::string>& literals) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  const auto mix = [&h](unsigned char byte) { h = (h ^ byte) * 0x100000001b3ULL; };
  const auto mix_size = [&mix](std::size_t n) {
    for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>(n >> (8 * i)));
  };
  mix_size(literals.size());
  for (const std::string& literal : literals) {
    mix_size(literal.size());
    for (const char c : literal) mix(static_cast<unsigned char>(c));
  }
  std::string header = "PCLITIX1";
  for (int i = 0; i < 8; ++i) header.push_back(static_cast<char>(h >> (8 * i)));
  return header;
}

}  // namespace

LiteralIndex::LiteralIndex(std::vector<std::string> literals, Target target)
    : literals_(std::move(literals)), serial_(next_serial.fetch_add(1)) {
  compile(target);
}

LiteralIndex::LiteralIndex(std::vector<std::string> literals, std::string_view saved)
    : literals_(std::move(literals)), serial_(next_serial.fetch_add(1)) {
  if (!load(saved)) compile(Target::ThisMachine);
}

void LiteralIndex::compile(Target target) {
  ids_.clear();
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> ids;
  for (std::uint32_t i = 0; i < literals_.size(); ++i) {
    if (literals_[i].empty() || !ids_.emplace(literals_[i], i).second) continue;
    expressions.push_back(literals_[i].data());
    lengths.push_back(literals_[i].size());
    ids.push_back(i);
  }
  if (expressions.empty()) return;
  // Flags 0: case-sensitive, every match (no SINGLEMATCH); the start of a literal's match is its end minus
  // its length, so no start-of-match tracking is needed.
  const std::vector<unsigned> flags(expressions.size(), 0);
  // No platform means this machine's; a zeroed one is the generic tuning without AVX2 or AVX-512.
  hs_platform_info_t any_x86{};
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK,
                           target == Target::AnyX86 ? &any_x86 : nullptr, &db_, &error) != HS_SUCCESS) {
    const std::string message = error != nullptr && error->message != nullptr ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw std::runtime_error("Hyperscan could not compile the word index: " + message);
  }
}

bool LiteralIndex::load(std::string_view saved) {
  const std::string header = saved_header(literals_);
  if (saved.size() <= header.size() || saved.compare(0, header.size(), header) != 0) return false;
  if (hs_valid_platform() != HS_SUCCESS) return false;  // compile() then says why
  saved.remove_prefix(header.size());
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(saved.data(), saved.size(), &db) != HS_SUCCESS) return false;
  // A database this CPU cannot run is refused by a scan, not by hs_deserialize_database: try an empty one.
  hs_scratch_t* scratch = nullptr;
  const bool runs = hs_alloc_scratch(db, &scratch) == HS_SUCCESS &&
                    hs_scan(db, "", 0, 0, scratch, nullptr, nullptr) == HS_SUCCESS;
  hs_free_scratch(scratch);
  if (!runs) {
    hs_free_database(db);
    return false;
  }
  for (std::uint32_t i = 0; i < literals_.size(); ++i) {
    if (!literals_[i].empty()) ids_.emplace(literals_[i], i);
  }
  db_ = db;
  loaded_ = true;
  return true;
}

std::string LiteralIndex::save() const {
  if (db_ == nullptr) return {};
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(db_, &bytes, &length) != HS_SUCCESS) throw std::bad_alloc();
  std::string out = saved_header(literals_);
  out.append(bytes, length);
  std::free(bytes);  // hs_serialize_database allocates with malloc unless told otherwise
  return out;
}

LiteralIndex::~LiteralIndex() { hs_free_database(db_); }

std::uint32_t LiteralIndex::id_of(std::string_view literal) const {
  const auto it = ids_.find(literal);
  return it == ids_.end() ? static_cast<std::uint32_t>(literals_.size()) : it->second;
}

void LiteralIndex::scan(std::string_view text, std::vector<LiteralHit>& out) const {
  out.clear();
  if (db_ == nullptr || text.empty()) return;
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("text too long for the word index");
  thread_local Scratch scratch;
  if (std::find(scratch.sized_for.begin(), scratch.sized_for.end(), serial_) == scratch.sized_for.end()) {
    if (hs_alloc_scratch(db_, &scratch.space) != HS_SUCCESS) throw std::bad_alloc();
    scratch.sized_for.push_back(serial_);
  }
  ScanContext ctx{&literals_, &out};
  if (hs_scan(db_, text.data(), static_cast<unsigned>(text.size()), 0, scratch.space, on_match, &ctx) != HS_SUCCESS) {
    throw std::runtime_error("Hyperscan could not scan a text");
  }
  // Hyperscan reports in order of end; readers want order of start.
  std::sort(out.begin(), out.end(), [](const LiteralHit& a, const LiteralHit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end < b.end;
    return a.id < b.id;
  });
}

}  // namespace plancheck::text
