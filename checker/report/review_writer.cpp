#include "report/review_writer.hpp"

#include <array>

#include <fmt/format.h>

#include "report/csv_field.hpp"
#include "report/html_assets.hpp"
#include "report/html_parts.hpp"

namespace plancheck::report {

namespace {

constexpr std::string_view kPlansSlot = "{{plans}}";

struct ReviewLabels {
  const char* title;
  const char* plan;
  const char* file;
  const char* organisation;
  const char* organisation_unknown;
  const char* rulesets;
  const char* date;
  const char* number;
  const char* element;
  const char* rating;
  const char* opinion;
  const char* key_note;
  const char* conclusion;
  const char* counts;  // fmt: {met} {partly} {not_met} {na}
  const char* reviewer;
  const char* lead_reviewer;
  const char* signature_date;
  const char* line;    // fmt: {line}
  const char* not_applicable_note;
  const char* unreadable;
  const char* no_review;
  const char* untitled;
  const char* reason;            // the conclusion's reason: "{why}"
  const char* no_reason;         // 通过: no condition reached
  std::array<const char*, 4> counts_reached;  // by ReviewCount: {found} {threshold}
};

const ReviewLabels& labels(Lang lang) {
  static const ReviewLabels zh{
      "网络安全事件应急预案评审表", "预案名称", "文件", "编制单位", "（未能从预案中识别）", "评审依据（规则集）", "评审日期",
      "序号", "评审要素", "评审结果", "评审意见", "★ 为关键要素。评审结果由 plancheck 按规则集的评审规则自动给出，评审人复核后签字。",
      "评审结论", "符合 {met} 项，基本符合 {partly} 项，不符合 {not_met} 项，不适用 {na} 项", "评审人（签字）",
      "评审组长（签字）", "日期", "第 {line} 行", "所列规则均不适用于本预案", "无法评审：", "所选规则集没有定义评审表。",
      "（无标题）", "结论依据：{why}", "没有评审结果达到“修改后通过”或“不通过”的条件",
      {"不符合的要素 {found} 项（达到 {threshold} 项）", "不符合的关键要素 {found} 项（达到 {threshold} 项）",
       "基本符合的要素 {found} 项（达到 {threshold} 项）", "基本符合的关键要素 {found} 项（达到 {threshold} 项）"}};
  static const ReviewLabels en{
      "Cybersecurity Incident Emergency Plan Review Form", "Plan", "File", "Organisation", "(not identified in the plan)",
      "Reviewed against (rulesets)", "Review date", "No.", "Review element", "Rating", "Review comments",
      "★ marks a key element. Ratings are given by plancheck from the ruleset's review rules; reviewers check "
      "them and sign.",
      "Conclusion", "Meets: {met}; largely meets: {partly}; does not meet: {not_met}; not applicable: {na}",
      "Reviewer (signature)", "Lead reviewer (signature)", "Date", "line {line}", "none of its rules applies to this plan",
      "Cannot be reviewed: ", "The selected rulesets define no review form.", "(untitled)", "Because: {why}",
      "no rating reaches the conditions of revision or rejection",
      {"{found} element(s) do not meet (at least {threshold})", "{found} key element(s) do not meet (at least {threshold})",
       "{found} element(s) largely meet (at least {threshold})",
       "{found} key element(s) largely meet (at least {threshold})"}};
  return lang == Lang::En ? en : zh;
}

std::string plan_name(const PlanResult& plan, const ReviewLabels& l) {
  if (!plan.title.empty()) return plan.title;
  return plan.path.empty() ? l.untitled : plan.path;
}

std::string rating_class(ReviewRating r) { return "badge rating-" + std::string(to_string(r)); }

// One line of the 评审意见 column per finding of a rule that lowered the rating: rule id, line, message.
void write_causes(HtmlBuilder& html, const ElementReview& rated, const ReviewLabels& l) {
  if (rated.rating == ReviewRating::NotApplicable) {
    html.element("span", l.not_applicable_note, {{"class", "note"}});
    return;
  }
  if (rated.causes.empty()) {
    html.text("—");
    return;
  }
  html.open("ul", {{"class", "review-causes"}});
  for (const RuleResult* r : rated.causes) {
    for (const Finding& f : r->findings) {
      html.open("li").element("span", r->rule, {{"class", "rule-id"}}).text(" ");
      if (f.location.line > 0) {
        html.element("span", fmt::format(fmt::runtime(l.line), fmt::arg("line", f.location.line)), {{"class", "where"}});
        html.text(" ");
      }
      html.text(f.message).close();
    }
    if (r->findings.empty()) html.open("li").element("span", r->rule, {{"class", "rule-id"}}).close();
  }
  html.close();
}

void write_group(HtmlBuilder& html, const ReviewGroup& group, const std::vector<ElementReview>& rated, Lang lang) {
  const ReviewLabels& l = labels(lang);
  html.element("h2", group.name.in(lang));
  html.open("table", {{"class", "review-table"}});
  html.open("colgroup");
  for (const char* c : {"c-no", "c-element", "c-rating", "c-opinion"}) html.empty("col", {{"class", c}});
  html.close();
  html.open("thead").open("tr");
  for (const char* h : {l.number, l.element, l.rating, l.opinion}) html.element("th", h, {{"scope", "col"}});
  html.close().close().open("tbody");
  for (std::size_t i = 0; i < group.elements.size() && i < rated.size(); ++i) {
    const ReviewElement& e = group.elements[i];
    html.open("tr").element("td", std::to_string(i + 1), {{"class", "num"}});
    html.open("td", {{"class", "element-name"}});
    if (e.key) html.element("span", "★", {{"class", "key-star"}}).text(" ");
    html.text(e.name.in(lang)).close();
    html.open("td").element("span", label(rated[i].rating, lang), {{"class", rating_class(rated[i].rating)}}).close();
    html.open("td");
    write_causes(html, rated[i], l);
    html.close().close();
  }
  html.close().close();
}

std::string reason_text(const PlanReview& review, const ReviewLabels& l) {
  std::string why = l.no_reason;
  if (review.reason) {
    why = fmt::format(fmt::runtime(l.counts_reached[static_cast<std::size_t>(review.reason->count)]),
                      fmt::arg("found", review.reason->found), fmt::arg("threshold", review.reason->threshold));
  }
  return fmt::format(fmt::runtime(l.reason), fmt::arg("why", why));
}

std::string counts_text(const PlanReview& review, const ReviewLabels& l) {
  std::array<int, 4> n{};
  for (const auto& group : review.groups) {
    for (const ElementReview& e : group) ++n[static_cast<std::size_t>(e.rating)];
  }
  return fmt::format(fmt::runtime(l.counts), fmt::arg("met", n[0]), fmt::arg("partly", n[1]), fmt::arg("not_met", n[2]),
                     fmt::arg("na", n[3]));
}

void write_signatures(HtmlBuilder& html, const ReviewLabels& l) {
  html.open("table", {{"class", "review-signatures"}}).open("tbody");
  for (const char* who : {l.reviewer, l.reviewer, l.lead_reviewer}) {
    html.open("tr").element("th", who, {{"scope", "row"}}).element("td", "", {{"class", "sign-line"}});
    html.element("th", l.signature_date, {{"scope", "row"}}).element("td", "", {{"class", "date-line"}}).close();
  }
  html.close().close();
}

class ReviewHtmlStream final : public ReportStream {
 public:
  ReviewHtmlStream(const RunInfo& run, const ReviewOptions& options, std::ostream& out)
      : run_(run), options_(options), labels_(labels(run.lang)), out_(out) {
    const std::string_view page = audit_template();
    const std::size_t slot = page.find(kPlansSlot);
    out_ << fill_page(page.substr(0, slot), run_, labels_.title, review_stylesheet());
    if (slot != std::string_view::npos) {
      tail_ = fill_page(page.substr(slot + kPlansSlot.size()), run_, labels_.title, review_stylesheet());
    }
  }

  void plan(const PlanResult& plan) override {
    HtmlBuilder html(out_);
    html.open("table", {{"class", "plan-frame review-form"}, {"id", plan_anchor(index_++)}});
    html.open("thead").open("tr").open("td").open("div", {{"class", "running-header"}});
    html.element("span", plan_name(plan, labels_), {{"class", "plan-name"}});
    html.element("span", std::string(labels_.title) + " · " + options_.run_date);
    html.close().close().close().close();
    html.open("tbody").open("tr").open("td").open("section", {{"class", "review"}});
    html.element("h1", labels_.title);
    write_facts(html, plan);
    if (plan.error) {
      html.open("div", {{"class", "plan-error"}, {"role", "alert"}});
      html.element("strong", labels_.unreadable).element("p", plan.error->message.text(run_.lang)).close();
      return;  // the builder closes the frame
    }
    if (run_.review.empty()) {
      html.element("p", labels_.no_review, {{"class", "plan-error"}});
      return;
    }
    const PlanReview review = review_plan(run_.review, plan);
    for (std::size_t g = 0; g < run_.review.groups.size(); ++g) write_group(html, run_.review.groups[g], review.groups[g], run_.lang);
    html.element("p", labels_.key_note, {{"class", "note"}});
    html.open("div", {{"class", "review-conclusion"}});
    html.element("h2", labels_.conclusion);
    html.open("p", {{"class", "conclusion"}});
    for (ReviewConclusion c : {ReviewConclusion::Pass, ReviewConclusion::Revise, ReviewConclusion::Fail}) {
      const bool chosen = c == review.conclusion;
      const std::string cls = std::string("choice conclusion-") + std::string(to_string(c)) + (chosen ? " chosen" : "");
      html.element("span", std::string(chosen ? "■ " : "□ ") + label(c, run_.lang), {{"class", cls}});
    }
    html.close();
    html.element("p", reason_text(review, labels_), {{"class", "conclusion-reason"}});
    html.element("p", counts_text(review, labels_), {{"class", "note"}});
    write_signatures(html, labels_);
    html.close();
  }

  void close(const RunTally&) override { out_ << tail_; }

 private:
  void write_facts(HtmlBuilder& html, const PlanResult& plan) {
    std::string rulesets;
    for (const std::string& id : plan.rulesets) rulesets += (rulesets.empty() ? "" : ", ") + id;
    const std::pair<const char*, std::string> facts[] = {
        {labels_.plan, plan_name(plan, labels_)},
        {labels_.file, plan.path},
        {labels_.organisation, plan.organisation.empty() ? labels_.organisation_unknown : plan.organisation},
        {labels_.rulesets, rulesets.empty() ? "—" : rulesets},
        {labels_.date, options_.run_date}};
    html.open("dl", {{"class", "facts review-facts"}});
    for (const auto& [label, value] : facts) html.element("dt", label).element("dd", value);
    html.close();
  }

  const RunInfo run_;
  const ReviewOptions options_;
  const ReviewLabels& labels_;
  std::ostream& out_;
  std::string tail_;
  int index_ = 0;
};

// The CSV form: one row per plan × element.
constexpr std::size_t kColumns = 8;
using Row = std::array<std::string, kColumns>;

void write_row(std::ostream& out, const Row& row) { write_csv_row(out, row); }

class ReviewCsvStream final : public ReportStream {
 public:
  ReviewCsvStream(const RunInfo& run, std::ostream& out) : run_(run), out_(out) {
    static const Row zh{"路径", "编制单位", "评审类别", "评审要素", "关键要素", "评审结果", "未通过规则", "评审结论"};
    static const Row en{"path", "organisation", "group", "element", "key", "rating", "failed_rules", "conclusion"};
    out_ << "\xEF\xBB\xBF";  // the BOM, as the CSV report: Excel then reads UTF-8
    write_row(out_, run.lang == Lang::En ? en : zh);
  }

  void plan(const PlanResult& plan) override {
    const Lang lang = run_.lang;
    if (plan.error) {
      write_row(out_, Row{plan.path, plan.organisation, "", "", "", lang == Lang::En ? "error" : "无法读取",
                          plan.error->message.text(lang), ""});
      return;
    }
    const PlanReview review = review_plan(run_.review, plan);
    const std::string conclusion = label(review.conclusion, lang);
    for (std::size_t g = 0; g < run_.review.groups.size(); ++g) {
      const ReviewGroup& group = run_.review.groups[g];
      for (std::size_t i = 0; i < group.elements.size(); ++i) {
        const ReviewElement& e = group.elements[i];
        const ElementReview& rated = review.groups[g][i];
        std::string failed;
        for (const RuleResult* r : rated.causes) failed += (failed.empty() ? "" : " ") + r->rule;
        const char* key = e.key ? (lang == Lang::En ? "yes" : "是") : (lang == Lang::En ? "no" : "否");
        write_row(out_, Row{plan.path, plan.organisation, group.name.in(lang), e.name.in(lang), key,
                            label(rated.rating, lang), failed, conclusion});
      }
    }
  }

  void close(const RunTally&) override {}

 private:
  const RunInfo run_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ReportStream> ReviewHtmlWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<ReviewHtmlStream>(run, options_, out);
}

std::unique_ptr<ReportStream> ReviewCsvWriter::open(const RunInfo& run, std::ostream& out) const {
  return std::make_unique<ReviewCsvStream>(run, out);
}

}  // namespace plancheck::report
