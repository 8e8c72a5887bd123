#include "report/html_writer.hpp"

#include <fmt/format.h>

#include "report/html_assets.hpp"
#include "report/html_escape.hpp"
#include "report/html_parts.hpp"

namespace plancheck::report {

namespace {

constexpr std::string_view kPlansSlot = "{{plans}}";

// Fills the template's {{name}} slots: every value is escaped except the stylesheet, which the binary
// ships. Unknown slots are left as they are so a template typo shows in the output.
std::string fill(std::string_view page, const RunInfo& run, const HtmlLabels& labels) {
  const std::string generator = run.tool.name + " " + run.tool.version;
  const std::pair<std::string_view, std::string> slots[] = {
      {"{{lang}}", html_escape(run.lang == Lang::En ? "en" : "zh-CN")},
      {"{{title}}", html_escape(labels.report_title)},
      {"{{generator}}", html_escape(generator)},
      {"{{style}}", std::string(audit_stylesheet())},
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
  html.element("strong", context.labels.unreadable);
  std::string detail = e.message;
  if (e.location.line > 0) {
    detail = fmt::format(fmt::runtime(context.labels.line), fmt::arg("line", e.location.line)) + ": " + detail;
  }
  html.element("p", detail);
  html.close();
}

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
    const HtmlContext context{run_, labels_, options_.run_date, index_++};
    HtmlBuilder html(out_);
    html.open("table", {{"class", "plan-frame"}});
    write_running_header(html, context, plan);
    html.open("tbody").open("tr").open("td");
    write_summary(html, context, plan);
    if (plan.error) {
      write_error(html, context, plan);
      return;  // the builder closes the frame
    }
    write_compliance_matrix(html, context, plan);
    write_findings(html, context, plan);
    write_outline(html, context, plan);
  }

  void close(const RunTally&) override { out_ << tail_; }

 private:
  const RunInfo& run_;
  const HtmlOptions options_;
  const HtmlLabels& labels_;
  std::ostream& out_;
  std::string tail_;
  int index_ = 0;
};

}  // namespace

std::string display_title(const PlanResult& plan, const HtmlLabels& labels) {
  if (!plan.title.empty()) return plan.title;
  return plan.path.empty() ? labels.untitled : plan.path;
}

std::unique_ptr<ReportStream> HtmlWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<HtmlStream>(run, options_, out);
}

}  // namespace plancheck::report
