#include "batch/progress.hpp"

#include <fmt/format.h>

namespace plancheck::batch {

namespace {

bool has_failure(const PlanResult& plan) {
  for (const RuleResult& r : plan.results) {
    if (r.status == Status::Fail) return true;
  }
  return false;
}

std::string duration_text(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

std::string progress_line(const ProgressCounts& c, double elapsed, Lang lang) {
  const double rate = elapsed > 0 ? c.done / elapsed : 0.0;
  const std::string eta = rate > 0 ? duration_text((c.total - c.done) / rate) : "--:--";
  if (lang == Lang::En) {
    return fmt::format("{}/{} plans  {:.0f}/s  ETA {}  failed {}  errors {}", c.done, c.total, rate, eta, c.failed,
                       c.errors);
  }
  return fmt::format("{}/{} 份预案  {:.0f} 份/秒  剩余 {}  不合格 {}  出错 {}", c.done, c.total, rate, eta, c.failed,
                     c.errors);
}

Progress::Progress(std::ostream& out, int total, bool enabled, Lang lang)
    : out_(out), enabled_(enabled), lang_(lang) {
  counts_.total = total;
}

Progress::~Progress() { finish(); }

void Progress::add(const PlanResult& plan) {
  ++counts_.done;
  if (plan.error) {
    if (plan.error->kind != ErrorKind::NotAPlan) ++counts_.errors;
  } else if (has_failure(plan)) {
    ++counts_.failed;
  }
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && counts_.done < counts_.total) return;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  // "\r" returns to the line start and "\x1b[K" clears what a longer previous line left behind.
  out_ << '\r' << progress_line(counts_, elapsed, lang_) << "\x1b[K" << std::flush;
  last_draw_ = now;
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace plancheck::batch
