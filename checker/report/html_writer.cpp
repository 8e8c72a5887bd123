#include "report/html_writer.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "report/dashboard_data.hpp"
#include "report/html_assets.hpp"
#include "report/html_escape.hpp"
#include "report/html_parts.hpp"

namespace plancheck::report {

namespace {

constexpr std::string_view kPlansSlot = "{{plans}}";

std::string fill(std::string_view page, const RunInfo& run, const HtmlLabels& labels) {
  return fill_page(page, run, labels.report_title);
}

void write_running_header(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  html.open("thead").open("tr").open("td");
  html.open("div", {{"class", "running-header"}});
  html.element("span", display_title(plan, context.labels), {{"class", "plan-name"}});
  html.element("span", std::string(context.labels.report_title) + " · " + context.run_date);
  html.close().close().close().close();
}

void write_error(HtmlBuilder& html, const HtmlContext& context, const PlanResult& plan) {
  const ToolError& e = *plan.error;
  html.open("div", {{"class", "plan-error"}, {"role", "alert"}});
  html.element("strong", e.kind == ErrorKind::NotAPlan ? context.labels.not_a_plan : context.labels.unreadable);
  std::string detail = e.message.text(context.run.lang);
  if (e.location.line > 0) {
    detail = fmt::format(fmt::runtime(context.labels.line), fmt::arg("line", e.location.line)) + ": " + detail;
  }
  html.element("p", detail);
  html.close();
}

// The run's own cover when the report holds several plans: what was checked, the totals, and a contents
// list linking to each plan's frame.
void write_run_cover(HtmlBuilder& html, const RunInfo& run, const HtmlLabels& l, const std::string& run_date,
                     const DashboardData& plans) {
  html.open("section", {{"class", "run-cover"}});
  html.element("p", l.kicker, {{"class", "kicker"}});
  html.element("h1", l.report_title);
  html.element("p",
               fmt::format(fmt::runtime(l.plans_checked), fmt::arg("plans", plans.totals().plans)) + " · " +
                   l.run_date + " " + run_date + " · " + run.tool.name + " " + run.tool.version,
               {{"class", "subtitle"}});
  const RunTally& t = plans.totals();
  const std::optional<double> mean = plans.mean_score();
  const std::pair<const char*, std::string> totals[] = {
      {l.total_plans, std::to_string(t.plans)},
      {l.total_checked, std::to_string(t.checked)},
      {l.total_failed, std::to_string(t.failed)},
      {l.total_unreadable, std::to_string(t.errors)},
      {l.mean_score, mean ? fmt::format("{:.1f}", *mean) : "—"}};
  html.open("dl", {{"class", "totals"}});
  for (const auto& [label, value] : totals) html.open("div").element("dt", label).element("dd", value).close();
  html.close();
  html.element("h2", l.contents);
  html.open("table", {{"class", "contents"}}).open("thead").open("tr");
  for (const char* h : {l.number, l.plan, l.file, l.score, l.failed_rules}) html.element("th", h, {{"scope", "col"}});
  html.close().close().open("tbody");
  int index = 0;
  for (const DashboardPlan& p : plans.plans()) {
    html.open("tr").element("td", std::to_string(++index), {{"class", "num"}});
    html.open("td").element("a", p.title.empty() ? p.path : p.title, {{"href", "#" + plan_anchor(index - 1)}}).close();
    html.element("td", p.path, {{"class", "path"}});
    if (p.score) {
      html.element("td", std::to_string(*p.score), {{"class", "num"}});
      html.element("td", fmt::format("{} / {} / {}", at(p.failed, Severity::Error), at(p.failed, Severity::Warning),
                                     at(p.failed, Severity::Info)),
                   {{"class", "num"}});
    } else {
      html.element("td", "—", {{"class", "num"}}).element("td", l.unreadable, {{"class", "status-fail"}});
    }
    html.close();
  }
  html.close().close().close();
}

// Where the plans wait until close(): the run's cover goes first but needs every plan. A temporary file
// keeps memory bounded by one plan; only when none can be made do the plans wait in memory.
class Spool {
 public:
  Spool() : file_(std::tmpfile()) {}
  ~Spool() {
    if (file_) std::fclose(file_);
  }
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  void write(const std::string& text) {
    if (file_) {
      const long before = std::ftell(file_);
      if (std::fwrite(text.data(), 1, text.size(), file_) == text.size()) return;
      fallback_to_memory(before);
    }
    memory_ += text;
  }
  void copy_to(std::ostream& out) {
    if (file_) read_all([&out](const char* bytes, std::size_t n) { out.write(bytes, static_cast<std::streamsize>(n)); });
    out << memory_;
  }

 private:
  template <typename Sink>
  void read_all(Sink sink) {
    std::rewind(file_);
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file_)) > 0;) sink(buffer, n);
  }

  // A short write (disk full): the whole plans the file holds (its first `complete` bytes) move to memory,
  // and the rest follows them there.
  void fallback_to_memory(long complete) {
    std::string held;
    read_all([&held](const char* bytes, std::size_t n) { held.append(bytes, n); });
    held.resize(std::min(held.size(), static_cast<std::size_t>(std::max(complete, 0L))));
    std::fclose(file_);
    file_ = nullptr;
    memory_ = std::move(held);
  }

  std::FILE* file_;
  std::string memory_;
};

class HtmlStream final : public ReportStream {
 public:
  HtmlStream(const RunInfo& run, const HtmlOptions& options, std::ostream& out)
      : run_(run), options_(options), labels_(html_labels(run.lang)), out_(out) {
    const std::string_view page = audit_template();
    const std::size_t slot = page.find(kPlansSlot);
    out_ << fill(page.substr(0, slot), run_, labels_);
    tail_ = slot == std::string_view::npos ? std::string() : fill(page.substr(slot + kPlansSlot.size()), run_, labels_);
  }

  void plan(const PlanResult& plan) override {
    std::ostringstream one;
    write_plan(one, plan);
    spool_.write(one.str());
    contents_.add(plan, "", run_.lang);
  }

  void close(const RunTally&) override {
    if (contents_.plans().size() > 1) {
      HtmlBuilder html(out_);
      write_run_cover(html, run_, labels_, options_.run_date, contents_);
    }
    spool_.copy_to(out_);
    out_ << tail_;
  }

 private:
  void write_plan(std::ostream& out, const PlanResult& plan) {
    const int index = index_++;
    const HtmlContext context{run_, labels_, options_.run_date, index, options_.findings_only};
    HtmlBuilder html(out);
    const std::string frame = options_.findings_only ? "plan-frame findings-only" : "plan-frame";
    html.open("table", {{"class", frame}, {"id", plan_anchor(index)}});
    write_running_header(html, context, plan);
    html.open("tbody").open("tr").open("td");
    if (!options_.back_link.empty()) {
      html.open("nav", {{"class", "back-link"}}).element("a", labels_.back_to_overview, {{"href", options_.back_link}});
      html.close();
    }
    write_summary(html, context, plan);
    if (plan.error) {
      write_error(html, context, plan);
      return;  // the builder closes the frame
    }
    write_compliance_matrix(html, context, plan);
    write_findings(html, context, plan);
    if (!options_.findings_only) write_organisation(html, context, plan);
    if (!options_.findings_only) write_outline(html, context, plan);
  }

  const RunInfo run_;  // a copy: the caller may drop its RunInfo before close(), which writes the cover
  const HtmlOptions options_;
  const HtmlLabels& labels_;
  std::ostream& out_;
  std::string tail_;
  int index_ = 0;
  Spool spool_;
  DashboardData contents_;  // a small row per plan, for the cover's contents list
};

}  // namespace

// Fills the template's {{name}} slots: every value is escaped except the stylesheet, which the binary
// ships. Unknown slots are left as they are so a template typo shows in the output.
std::string fill_page(std::string_view page, const RunInfo& run, std::string_view title, std::string_view more_style) {
  const std::string generator = run.tool.name + " " + run.tool.version;
  const std::pair<std::string_view, std::string> slots[] = {
      {"{{lang}}", html_escape(run.lang == Lang::En ? "en" : "zh-CN")},
      {"{{title}}", html_escape(title)},
      {"{{generator}}", html_escape(generator)},
      {"{{style}}", std::string(audit_stylesheet()) + std::string(more_style)},
  };
  std::string out;
  std::size_t pos = 0;
  while (pos < page.size()) {
    const std::size_t open = page.find("{{", pos);
    out.append(page.substr(pos, open - pos));
    if (open == std::string_view::npos) break;
    pos = open + 2;
    std::string_view replaced = "{{";
    for (const auto& [slot, value] : slots) {
      if (page.substr(open, slot.size()) == slot) {
        replaced = value;
        pos = open + slot.size();
        break;
      }
    }
    out.append(replaced);
  }
  return out;
}

std::string plan_anchor(int plan_index) { return "plan-" + std::to_string(plan_index + 1); }

std::string display_title(const PlanResult& plan, const HtmlLabels& labels) {
  if (!plan.title.empty()) return plan.title;
  return plan.path.empty() ? labels.untitled : plan.path;
}

std::unique_ptr<ReportStream> HtmlWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<HtmlStream>(run, options_, out);
}

}  // namespace plancheck::report
