#include "core/budget.hpp"

#include <fmt/format.h>

namespace plancheck {

namespace {
thread_local const PlanBudget* t_budget = nullptr;
}

PlanBudget::PlanBudget(const Limits& limits, const std::atomic<bool>* stop)
    : limits_(limits),
      stop_(stop),
      deadline_(std::chrono::steady_clock::now() +
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(limits.max_time_per_plan > 0 ? limits.max_time_per_plan : 0))),
      timed_(limits.max_time_per_plan > 0) {}

void PlanBudget::check() const {
  if (stop_ != nullptr && stop_->load(std::memory_order_relaxed)) {
    throw PlanStopped(PlanStopped::Why::Interrupted, Message{MsgId::PlanInterrupted, {}});
  }
  if (timed_ && std::chrono::steady_clock::now() > deadline_) {
    throw PlanStopped(PlanStopped::Why::Limit,
                      Message{MsgId::LimitTime, {{"limit", fmt::format("{:g}", limits_.max_time_per_plan)}}});
  }
}

PlanBudget::Scope::Scope(const PlanBudget& budget) : previous_(t_budget) { t_budget = &budget; }
PlanBudget::Scope::~Scope() { t_budget = previous_; }

const PlanBudget* current_budget() { return t_budget; }

void exceed_limit(MsgId what, std::uint64_t found, std::uint64_t limit, Location where) {
  throw PlanStopped(PlanStopped::Why::Limit, Message{what, {{"found", std::to_string(found)}, {"limit", std::to_string(limit)}}},
                    where);
}

}  // namespace plancheck
