// Running a job per index on a few threads while handing the results back strictly in index order.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace plancheck::batch {

template <typename T>
struct OrderedJobs {
  std::size_t count = 0;
  std::function<T(std::size_t)> work;                          // called on worker threads, concurrently
  std::function<T(std::size_t, const std::string&)> on_throw;  // a result for an index whose work threw
  std::function<void(std::size_t, T&&)> emit;                  // called on the calling thread, in index order
  const std::atomic<bool>* stop = nullptr;                     // when set: take no new index, emit no more
};

// Runs `jobs.work` for indices 0..count-1 on `threads` workers (inline when threads <= 1) and passes each
// result to `jobs.emit` in index order. At most `window` results wait for emission, so memory is bounded
// by the window, not the count: a worker that runs too far ahead waits. Returns how many were emitted.
template <typename T>
std::size_t run_ordered(const OrderedJobs<T>& jobs, int threads, std::size_t window);

namespace detail {

template <typename T>
T run_one(const OrderedJobs<T>& jobs, std::size_t i) {
  try {
    return jobs.work(i);
  } catch (const std::exception& e) {
    return jobs.on_throw(i, e.what());
  } catch (...) {
    return jobs.on_throw(i, "unknown exception");
  }
}

template <typename T>
bool stopped(const OrderedJobs<T>& jobs) {
  return jobs.stop != nullptr && jobs.stop->load(std::memory_order_relaxed);
}

// The reorder buffer shared by the workers and the emitting thread; slot i % window holds result i.
template <typename T>
class ReorderWindow {
 public:
  ReorderWindow(const OrderedJobs<T>& jobs, std::size_t window) : jobs_(jobs), slots_(window) {}

  // Worker loop: claim the next index once its slot is free, compute, store.
  void work() {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [&] { return quit_ || next_ >= jobs_.count || next_ < emitted_ + slots_.size(); });
        if (quit_ || next_ >= jobs_.count) return;
        i = next_++;
      }
      T result = run_one(jobs_, i);
      std::lock_guard<std::mutex> lock(mutex_);
      slots_[i % slots_.size()] = std::move(result);
      ready_.notify_all();
    }
  }

  // Emitting loop (calling thread): wait for the next result in order; polls `stop` while waiting.
  std::size_t emit_all() {
    while (emitted_ < jobs_.count && !stopped(jobs_)) {
      std::optional<T> result;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        auto& slot = slots_[emitted_ % slots_.size()];
        if (!ready_.wait_for(lock, std::chrono::milliseconds(50), [&] { return slot.has_value(); })) continue;
        result = std::move(slot);
        slot.reset();
      }
      jobs_.emit(emitted_, std::move(*result));
      std::lock_guard<std::mutex> lock(mutex_);
      ++emitted_;
      room_.notify_all();
    }
    quit();
    return emitted_;
  }

  void quit() {
    std::lock_guard<std::mutex> lock(mutex_);
    quit_ = true;
    room_.notify_all();
  }

 private:
  const OrderedJobs<T>& jobs_;
  std::vector<std::optional<T>> slots_;
  std::mutex mutex_;
  std::condition_variable room_;   // a slot was freed (or quit)
  std::condition_variable ready_;  // a result was stored
  std::size_t next_ = 0;           // next index to claim
  std::size_t emitted_ = 0;        // results handed to emit
  bool quit_ = false;
};

}  // namespace detail

template <typename T>
std::size_t run_ordered(const OrderedJobs<T>& jobs, int threads, std::size_t window) {
  if (threads <= 1) {
    std::size_t i = 0;
    for (; i < jobs.count && !detail::stopped(jobs); ++i) jobs.emit(i, detail::run_one(jobs, i));
    return i;
  }
  detail::ReorderWindow<T> buffer(jobs, window < 1 ? 1 : window);
  std::vector<std::thread> workers;
  workers.reserve(static_cast<std::size_t>(threads));
  std::size_t emitted = 0;
  try {
    for (int t = 0; t < threads; ++t) workers.emplace_back([&buffer] { buffer.work(); });
    emitted = buffer.emit_all();
  } catch (...) {
    buffer.quit();
    for (std::thread& w : workers) w.join();
    throw;
  }
  for (std::thread& w : workers) w.join();
  return emitted;
}

}  // namespace plancheck::batch
