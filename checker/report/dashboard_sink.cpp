#include "report/dashboard_sink.hpp"

#include <unistd.h>

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <system_error>

#include "report/dashboard_page.hpp"
#include "report/run_date.hpp"

namespace plancheck::report {

namespace fs = std::filesystem;

namespace {

ToolError dashboard_error(const std::string& path, const std::string& what) {
  return ToolError{ErrorKind::Unreadable, path, {}, "dashboard: " + what};
}

// Writes a whole file through `render`; false when it could not be written.
template <typename Render>
bool write_file(const fs::path& path, Render render) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  render(out);
  out.flush();
  return static_cast<bool>(out);
}

// DIR becomes `staging`; an earlier dashboard is moved aside first and removed once the new one is in.
std::optional<ToolError> swap_in(const fs::path& staging, const fs::path& dir) {
  std::error_code ec;
  const fs::path previous = dir.string() + ".old-" + std::to_string(::getpid());
  const bool had_previous = fs::exists(dir, ec);
  if (had_previous && !fs::is_directory(dir, ec)) return dashboard_error(dir.string(), "exists and is not a folder");
  if (had_previous) fs::rename(dir, previous, ec);
  if (!ec) fs::rename(staging, dir, ec);
  if (ec) {
    if (had_previous && !fs::exists(dir)) fs::rename(previous, dir, ec);
    return dashboard_error(dir.string(), "cannot be replaced: " + ec.message());
  }
  fs::remove_all(previous, ec);
  return std::nullopt;
}

}  // namespace

std::string plan_report_name(std::size_t index, std::string_view path) {
  std::string_view base = path.substr(path.find_last_of("/\\") == std::string_view::npos ? 0 : path.find_last_of("/\\") + 1);
  std::string name;
  for (char c : base.substr(0, 80)) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                       c == '-' || c == '_';
    if (plain || name.empty() || name.back() != '_') name += plain ? c : '_';
  }
  return fmt::format("{:05}-{}.html", index, name);
}

DashboardSink::DashboardSink(std::string dir, WriterOptions options) : dir_(std::move(dir)), options_(options) {}

DashboardSink::~DashboardSink() { abort(); }

std::optional<ToolError> DashboardSink::begin(const RunInfo& run) {
  run_ = run;
  fs::path dir(dir_);
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  staging_ = (parent / (dir.filename().string() + ".tmp-" + std::to_string(::getpid()))).string();
  std::error_code ec;
  fs::remove_all(staging_, ec);
  fs::create_directories(fs::path(staging_) / "plans", ec);
  if (ec) {
    staging_.clear();
    return dashboard_error(dir_, "cannot create a folder beside it: " + ec.message());
  }
  if (const ReportFormat* html = find_format("html")) plan_writer_ = html->make(options_);
  return std::nullopt;
}

std::string DashboardSink::plan_report(const PlanResult& plan) {
  if (!plan_writer_ || failure_) return {};
  const std::string name = "plans/" + plan_report_name(data_.plans().size() + 1, plan.path);
  const bool ok = write_file(fs::path(staging_) / name, [&](std::ostream& out) {
    RunTally one;
    one.add(plan);
    auto stream = plan_writer_->open(run_, out);
    stream->plan(plan);
    stream->close(one);
  });
  if (!ok) failure_ = dashboard_error(dir_, "cannot write " + name);
  return ok ? name : std::string();
}

void DashboardSink::plan(const PlanResult& plan) {
  if (staging_.empty()) return;
  data_.add(plan, plan_report(plan));
}

std::optional<ToolError> DashboardSink::finish(const RunTally& /*totals*/) {
  if (staging_.empty()) return std::nullopt;
  if (!failure_) {
    const fs::path staging(staging_);
    const std::string date = run_date();
    const bool ok = write_file(staging / "index.html", [&](std::ostream& out) { write_dashboard_page(data_, run_, date, out); }) &&
                    write_file(staging / "summary.csv", [&](std::ostream& out) { write_dashboard_csv(data_, out); });
    if (!ok) failure_ = dashboard_error(dir_, "cannot write index.html or summary.csv");
  }
  if (!failure_) failure_ = swap_in(staging_, dir_);
  std::optional<ToolError> result = failure_;
  abort();
  return result;
}

void DashboardSink::abort() {
  if (staging_.empty()) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
  staging_.clear();
}

}  // namespace plancheck::report
