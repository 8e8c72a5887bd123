#include "cli/similar_sink.hpp"

#include "report/similar_csv.hpp"

namespace plancheck::cli {

SimilarSink::SimilarSink(std::string path, double threshold, report::ShingleLoader load, Lang lang)
    : path_(std::move(path)), threshold_(threshold), load_(std::move(load)), lang_(lang) {}

std::optional<ToolError> SimilarSink::begin(const report::RunInfo& /*run*/) {
  Result<std::unique_ptr<ReportFile>> file = ReportFile::create(path_, lang_);
  if (!file) return file.error();
  file_ = file.take();
  return std::nullopt;
}

void SimilarSink::plan(const PlanResult& plan) {
  if (std::optional<report::SimilarPlan> p = report::similar_plan(plan)) plans_.push_back(std::move(*p));
}

std::optional<ToolError> SimilarSink::finish(const report::RunTally& /*totals*/) {
  if (!file_) return std::nullopt;
  const std::vector<report::SimilarPair> pairs = report::similar_pairs(plans_, threshold_, load_);
  report::write_similar_csv(plans_, pairs, lang_, file_->stream());
  std::optional<ToolError> error = file_->commit();
  if (error) file_->discard();
  file_.reset();
  return error;
}

void SimilarSink::abort() {
  if (file_) file_->discard();
  file_.reset();
}

}  // namespace plancheck::cli
