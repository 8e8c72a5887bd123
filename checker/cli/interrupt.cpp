#include "cli/interrupt.hpp"

#include <csignal>

namespace plancheck::cli {

namespace {

// A lock-free atomic is safe to store to from a signal handler.
std::atomic<bool> g_interrupted{false};
std::atomic<int> g_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal flag must be lock-free");
static_assert(std::atomic<int>::is_always_lock_free, "the signal number must be lock-free");

struct sigaction g_previous_int;
struct sigaction g_previous_term;

extern "C" void on_signal(int signal) {
  g_signal.store(signal);
  g_interrupted.store(true);
}

}  // namespace

InterruptGuard::InterruptGuard() {
  g_interrupted.store(false);
  g_signal.store(0);
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, &g_previous_int);
  ::sigaction(SIGTERM, &action, &g_previous_term);
}

InterruptGuard::~InterruptGuard() {
  ::sigaction(SIGINT, &g_previous_int, nullptr);
  ::sigaction(SIGTERM, &g_previous_term, nullptr);
}

const std::atomic<bool>& InterruptGuard::flag() const { return g_interrupted; }

int InterruptGuard::exit_code() const { return g_signal.load() == SIGTERM ? 128 + SIGTERM : kExitInterrupted; }

}  // namespace plancheck::cli
