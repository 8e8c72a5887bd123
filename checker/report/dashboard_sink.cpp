#include "report/dashboard_sink.hpp"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <system_error>

#include "report/dashboard_page.hpp"
#include "report/run_date.hpp"

namespace plancheck::report {

namespace fs = std::filesystem;

namespace {

// plancheck writes this file into every dashboard folder it makes; only a folder holding it is replaced.
constexpr const char* kMarker = ".plancheck-dashboard";
constexpr const char* kMarkerText = "This folder was made by plancheck (--report dashboard:) and is replaced whole by the next run.\n";

ToolError dashboard_error(const std::string& path, MsgId id, MessageFields fields = {}) {
  return ToolError{ErrorKind::Unreadable, path, {}, Message{id, std::move(fields)}};
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

// Whether `dir` may become the dashboard: it does not exist, is an empty folder, or is a dashboard
// plancheck made (it holds the marker). Anything else is the user's and is never touched.
std::optional<ToolError> check_replaceable(const fs::path& dir) {
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(dir, ec);
  if (!fs::exists(status)) return std::nullopt;
  if (!fs::is_directory(status)) {
    return dashboard_error(dir.string(), MsgId::DashboardNotFolder);
  }
  if (fs::is_regular_file(dir / kMarker, ec) || fs::is_empty(dir, ec)) return std::nullopt;
  return dashboard_error(dir.string(), MsgId::DashboardNotOurs, {{"marker", kMarker}});
}

// A new folder beside `dir` whose name starts with DIR's name and `tag`; empty on failure.
std::string make_folder_beside(const fs::path& dir, const char* tag) {
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  std::string name = (parent / ("." + dir.filename().string() + tag + "XXXXXX")).string();
  return ::mkdtemp(name.data()) != nullptr ? name : std::string();
}

// DIR becomes `staging`; an earlier dashboard is moved aside first and removed once the new one is in.
std::optional<ToolError> swap_in(const fs::path& staging, const fs::path& dir) {
  if (auto refused = check_replaceable(dir)) return refused;  // again: the folder may have changed
  std::error_code ec;
  const bool had_previous = fs::exists(fs::symlink_status(dir, ec));
  ec.clear();  // a missing DIR (ENOENT) is the usual case, not a failure
  std::string previous;
  if (had_previous) {
    previous = make_folder_beside(dir, ".old-");
    if (previous.empty()) ec = std::error_code(errno, std::generic_category());
    else fs::rename(dir, previous, ec);  // onto the empty folder just made
  }
  if (!ec) fs::rename(staging, dir, ec);
  if (ec) {
    std::error_code undo;
    if (!previous.empty() && !fs::exists(dir, undo)) fs::rename(previous, dir, undo);
    if (!previous.empty()) fs::remove(previous, undo);  // only if it is still the empty folder
    return dashboard_error(dir.string(), MsgId::DashboardReplace, {{"detail", ec.message()}});
  }
  if (!previous.empty()) fs::remove_all(previous, ec);
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

void DashboardSink::compare_texts(double threshold, ShingleLoader load) {
  similar_threshold_ = threshold;
  load_shingles_ = std::move(load);
}

std::optional<ToolError> DashboardSink::begin(const RunInfo& run) {
  run_ = run;
  fs::path dir(dir_);
  if (!dir.has_filename()) dir = dir.parent_path();  // "dash/" names the folder "dash"
  dir_ = dir.string();
  if (auto refused = check_replaceable(dir)) return refused;
  std::error_code ec;
  if (dir.has_parent_path()) fs::create_directories(dir.parent_path(), ec);
  if (!ec) staging_ = make_folder_beside(dir, ".tmp-");
  if (!staging_.empty()) {
    // mkdtemp makes the folder private; the dashboard gets the permissions a new folder would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    fs::permissions(staging_, static_cast<fs::perms>(0777 & ~mask), ec);
  }
  if (staging_.empty() || !fs::create_directory(fs::path(staging_) / "plans", ec) ||
      !write_file(fs::path(staging_) / kMarker, [](std::ostream& out) { out << kMarkerText; })) {
    if (!ec) ec = std::error_code(errno, std::generic_category());
    abort();
    return dashboard_error(dir_, MsgId::DashboardCreate, {{"detail", ec.message()}});
  }
  WriterOptions plan_options = options_;
  plan_options.html_back_link = "../index.html";  // each plan's page links back to the dashboard
  if (const ReportFormat* html = find_format("html")) plan_writer_ = html->make(plan_options);
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
  if (!ok) failure_ = dashboard_error(dir_, MsgId::DashboardWrite, {{"name", name}});
  return ok ? name : std::string();
}

void DashboardSink::plan(const PlanResult& plan) {
  if (staging_.empty()) return;
  data_.add(plan, plan_report(plan), options_.lang);
  if (similar_threshold_) {
    if (std::optional<SimilarPlan> p = similar_plan(plan)) similar_plans_.push_back(std::move(*p));
  }
}

std::optional<ToolError> DashboardSink::finish(const RunTally& /*totals*/) {
  if (staging_.empty()) return std::nullopt;
  if (!failure_ && similar_threshold_) {
    DashboardData::NearIdentical found;
    found.threshold = *similar_threshold_;
    found.pairs = similar_pairs(similar_plans_, found.threshold, load_shingles_);
    found.clusters = similar_clusters(found.pairs);
    found.plans = std::move(similar_plans_);
    data_.set_near_identical(std::move(found));
  }
  if (!failure_) {
    const fs::path staging(staging_);
    const std::string date = run_date();
    const bool ok = write_file(staging / "index.html", [&](std::ostream& out) { write_dashboard_page(data_, run_, date, out); }) &&
                    write_file(staging / "summary.csv", [&](std::ostream& out) { write_dashboard_csv(data_, run_.lang, out); });
    if (!ok) failure_ = dashboard_error(dir_, MsgId::DashboardWrite, {{"name", "index.html, summary.csv"}});
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
