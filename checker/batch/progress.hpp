// The one-line progress display on a terminal while a batch runs (plans done, rate, ETA, failures).
#pragma once

#include <chrono>
#include <ostream>
#include <string>

#include "core/lang.hpp"
#include "core/result.hpp"

namespace plancheck::batch {

struct ProgressCounts {
  int done = 0;
  int total = 0;
  int failed = 0;  // checked plans with a failed rule
  int errors = 0;  // plans in error
};

// "done/total  rate/s  ETA  failures  errors" in `lang`, without the carriage return.
std::string progress_line(const ProgressCounts& counts, double elapsed_seconds, Lang lang);

// Redraws the line at most ten times a second and erases it at the end. Disabled, it writes nothing
// (stderr is not a terminal, or --quiet).
class Progress {
 public:
  Progress(std::ostream& out, int total, bool enabled, Lang lang);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Counts one more plan and redraws when enough time has passed.
  void add(const PlanResult& plan);
  // Erases the line.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;

  std::ostream& out_;
  ProgressCounts counts_;
  bool enabled_;
  Lang lang_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace plancheck::batch
