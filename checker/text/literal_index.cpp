#include "text/literal_index.hpp"

#include <hs.h>

#include <algorithm>
#include <atomic>
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

}  // namespace

LiteralIndex::LiteralIndex(std::vector<std::string> literals)
    : literals_(std::move(literals)), serial_(next_serial.fetch_add(1)) {
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
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &db_, &error) != HS_SUCCESS) {
    const std::string message = error != nullptr && error->message != nullptr ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw std::runtime_error("Hyperscan could not compile the word index: " + message);
  }
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
