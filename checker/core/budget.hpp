// How far the checking of one plan may go: limits a user can raise, the plan's time limit and the run's
// stop flag (Ctrl-C, SIGTERM), checked inside the long loops of parsing, extraction and rules so that no
// plan can hang a batch or exhaust its memory.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

#include "core/message.hpp"
#include "core/source_text.hpp"

namespace plancheck {

// Defaults sit far above any real plan (the largest seed plan is 60 KB, its longest sentence about 400
// characters, its deepest section 4 levels) and far below what would take minutes or gigabytes.
struct Limits {
  std::uint64_t max_file_size = 64ULL << 20;    // bytes of the file as stored
  std::size_t max_line_length = 1000000;        // characters of one source line
  std::size_t max_sentence_length = 100000;     // characters of one sentence (text up to 。！？；)
  std::size_t max_sections = 50000;             // headings in one plan
  std::size_t max_section_depth = 64;           // nesting of headings
  double max_time_per_plan = 300;               // seconds; 0 for no limit
};

// Why a plan's checking stopped before its end.
class PlanStopped : public std::exception {
 public:
  enum class Why { Interrupted, Limit };
  PlanStopped(Why why, Message message, Location where = {})
      : why_(why), message_(std::move(message)), where_(where) {}
  Why why() const { return why_; }
  const Location& where() const { return where_; }
  // The catalogue message, chosen by language where it is shown.
  const Message& message() const { return message_; }
  const char* what() const noexcept override { return "plan stopped"; }

 private:
  Why why_;
  Message message_;
  Location where_;
};

// One plan's allowance: installed for the calling thread while a PlanBudget::Scope lives.
class PlanBudget {
 public:
  PlanBudget(const Limits& limits, const std::atomic<bool>* stop);

  const Limits& limits() const { return limits_; }
  // Throws PlanStopped when the run was interrupted or the plan's time is up.
  void check() const;

  class Scope {
   public:
    explicit Scope(const PlanBudget& budget);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    const PlanBudget* previous_;
  };

 private:
  Limits limits_;
  const std::atomic<bool>* stop_;
  std::chrono::steady_clock::time_point deadline_;
  bool timed_;
};

// The budget of the plan this thread is checking, or null (unit tests, benchmarks: no limits).
const PlanBudget* current_budget();

// Called in long loops: throws PlanStopped when this thread's plan must stop; does nothing without a
// budget. Stages stay exception-safe (RAII only), and check_plan turns the exception into the plan's
// error entry.
inline void checkpoint() {
  if (const PlanBudget* b = current_budget()) b->check();
}

// A limit exceeded: `what` is the catalogue message naming the limit's option ("… (N) exceeds --OPTION (M)"),
// filled with `found` and `limit`.
[[noreturn]] void exceed_limit(MsgId what, std::uint64_t found, std::uint64_t limit, Location where = {});

}  // namespace plancheck
