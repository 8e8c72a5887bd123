// Noticing SIGINT/SIGTERM during a batch so the run can stop cleanly (reports whole or absent, exit 130
// or 143). The flag is also polled inside each plan (core/budget.hpp), so a slow plan does not delay it.
#pragma once

#include <atomic>

namespace plancheck::cli {

// While alive, SIGINT and SIGTERM only set flag() (the batch loop polls it); the previous handlers are
// restored on destruction. One at a time.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  const std::atomic<bool>& flag() const;
  bool interrupted() const { return flag().load(); }
  // 128 + the signal received: 130 for SIGINT, 143 for SIGTERM.
  int exit_code() const;
};

// The conventional exit code of a process stopped by SIGINT (128 + 2).
constexpr int kExitInterrupted = 130;

}  // namespace plancheck::cli
