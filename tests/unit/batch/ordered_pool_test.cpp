#include "batch/ordered_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

namespace plancheck::batch {
namespace {

struct Item {
  std::size_t index = 0;
  std::string error;  // set when the work threw
};

// Work that sleeps a pseudo-random 0–2 ms per index, so later indices often finish first.
Item slow_work(std::size_t i) {
  std::mt19937 rng(static_cast<unsigned>(i * 7919));
  std::this_thread::sleep_for(std::chrono::microseconds(rng() % 2000));
  return Item{i, ""};
}

struct Recorder {
  std::vector<std::size_t> emitted;
  std::vector<std::string> errors;
};

OrderedJobs<Item> jobs_for(std::size_t count, Recorder& rec, std::function<Item(std::size_t)> work) {
  OrderedJobs<Item> jobs;
  jobs.count = count;
  jobs.work = std::move(work);
  jobs.on_throw = [](std::size_t i, const std::string& what) { return Item{i, what}; };
  jobs.emit = [&rec](std::size_t i, Item&& item) {
    EXPECT_EQ(item.index, i);
    rec.emitted.push_back(item.index);
    rec.errors.push_back(item.error);
  };
  return jobs;
}

std::vector<std::size_t> iota(std::size_t n) {
  std::vector<std::size_t> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = i;
  return v;
}

TEST(OrderedPool, EmitsInIndexOrderWhateverTheThreadCount) {
  for (int threads : {1, 2, 3, 8}) {
    for (std::size_t window : {1u, 2u, 16u}) {
      Recorder rec;
      const std::size_t n = run_ordered(jobs_for(60, rec, slow_work), threads, window);
      EXPECT_EQ(n, 60u) << threads << " threads, window " << window;
      EXPECT_EQ(rec.emitted, iota(60)) << threads << " threads, window " << window;
    }
  }
}

TEST(OrderedPool, NothingToDo) {
  Recorder rec;
  EXPECT_EQ(run_ordered(jobs_for(0, rec, slow_work), 4, 8), 0u);
  EXPECT_TRUE(rec.emitted.empty());
}

TEST(OrderedPool, AThrowingJobBecomesAnErrorResultAndTheRestGoOn) {
  auto work = [](std::size_t i) -> Item {
    if (i % 5 == 3) throw std::runtime_error("boom " + std::to_string(i));
    return Item{i, ""};
  };
  for (int threads : {1, 3}) {
    Recorder rec;
    EXPECT_EQ(run_ordered(jobs_for(20, rec, work), threads, 4), 20u);
    EXPECT_EQ(rec.emitted, iota(20));
    for (std::size_t i = 0; i < 20; ++i) EXPECT_EQ(rec.errors[i], i % 5 == 3 ? "boom " + std::to_string(i) : "");
  }
}

TEST(OrderedPool, NoWorkerRunsMoreThanTheWindowAheadOfEmission) {
  std::atomic<std::size_t> emitted{0};
  std::atomic<std::size_t> worst_lead{0};
  OrderedJobs<Item> jobs;
  jobs.count = 200;
  jobs.work = [&](std::size_t i) {
    const std::size_t lead = i - emitted.load();  // i ≥ emitted always: emission follows work
    std::size_t seen = worst_lead.load();
    while (lead > seen && !worst_lead.compare_exchange_weak(seen, lead)) {
    }
    return Item{i, ""};
  };
  jobs.on_throw = [](std::size_t i, const std::string& what) { return Item{i, what}; };
  jobs.emit = [&](std::size_t, Item&&) {
    // A slow consumer: without the window, workers would race to the end.
    std::this_thread::sleep_for(std::chrono::microseconds(200));
    emitted.fetch_add(1);
  };
  EXPECT_EQ(run_ordered(jobs, 4, 5), 200u);
  EXPECT_LT(worst_lead.load(), 5u);
}

TEST(OrderedPool, StopsTakingWorkWhenTheStopFlagIsSet) {
  for (int threads : {1, 2}) {
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> started{0};
    Recorder rec;
    OrderedJobs<Item> jobs = jobs_for(1000, rec, [&](std::size_t i) {
      started.fetch_add(1);
      return Item{i, ""};
    });
    auto emit = jobs.emit;
    jobs.emit = [&, emit](std::size_t i, Item&& item) {
      emit(i, std::move(item));
      if (i == 9) stop.store(true);
    };
    jobs.stop = &stop;
    EXPECT_EQ(run_ordered(jobs, threads, 4), 10u);
    EXPECT_EQ(rec.emitted, iota(10));
    EXPECT_LE(started.load(), 10u + 4u);
  }
}

}  // namespace
}  // namespace plancheck::batch
