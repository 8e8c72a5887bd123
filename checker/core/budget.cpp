#include "core/budget.hpp"

#include <fmt/format.h>

namespace plancheck {

namespace {
thread_local const PlanBudget* t_budget = nullptr;
}

PlanBudget::PlanBudget(const Limits& limits, const std::atomic<bool>* stop, Lang lang)
    : limits_(limits),
      stop_(stop),
      lang_(lang),
      deadline_(std::chrono::steady_clock::now() +
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(limits.max_time_per_plan > 0 ? limits.max_time_per_plan : 0))),
      timed_(limits.max_time_per_plan > 0) {}

void PlanBudget::check() const {
  if (stop_ != nullptr && stop_->load(std::memory_order_relaxed)) {
    throw PlanStopped(PlanStopped::Why::Interrupted, lang_ == Lang::En ? "interrupted" : "已中断");
  }
  if (timed_ && std::chrono::steady_clock::now() > deadline_) {
    const std::string seconds = fmt::format("{:g}", limits_.max_time_per_plan);
    throw PlanStopped(PlanStopped::Why::Limit,
                      lang_ == Lang::En
                          ? "checking took longer than --max-time-per-plan (" + seconds + " s); raise it to check this plan"
                          : "检查用时超过 --max-time-per-plan（" + seconds + " 秒）；如需检查此预案请调高该值");
  }
}

PlanBudget::Scope::Scope(const PlanBudget& budget) : previous_(t_budget) { t_budget = &budget; }
PlanBudget::Scope::~Scope() { t_budget = previous_; }

const PlanBudget* current_budget() { return t_budget; }

void exceed_limit(std::string_view what_zh, std::string_view what_en, std::uint64_t found, std::string_view option,
                  std::uint64_t limit, Location where) {
  const bool en = t_budget != nullptr && t_budget->lang() == Lang::En;
  throw PlanStopped(PlanStopped::Why::Limit,
                    en ? fmt::format("{} ({}) exceeds --{} ({}); raise it to check this plan", what_en, found, option, limit)
                       : fmt::format("{}（{}）超过 --{}（{}）；如需检查此预案请调高该值", what_zh, found, option, limit),
                    where);
}

}  // namespace plancheck
