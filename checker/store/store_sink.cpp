#include "store/store_sink.hpp"

namespace plancheck::store {

std::optional<ToolError> StoreSink::begin(const report::RunInfo& run) {
  if (record_.tool_version.empty()) record_.tool_version = run.tool.version;
  record_.lang = run.lang;
  record_.as_of = run.as_of;
  if (record_.started_at.empty()) record_.started_at = run_timestamp();
  Result<std::unique_ptr<RunWriter>> writer = RunWriter::open(path_, record_);
  if (!writer) return writer.error();
  writer_ = writer.take();
  return std::nullopt;
}

void StoreSink::plan(const PlanResult& plan) {
  if (writer_) writer_->add(plan);
}

std::optional<ToolError> StoreSink::finish(const report::RunTally& /*totals*/) {
  if (!writer_) return std::nullopt;
  std::optional<ToolError> error = writer_->commit();
  writer_.reset();
  return error;
}

void StoreSink::abort() {
  if (writer_) writer_->rollback();
  writer_.reset();
}

}  // namespace plancheck::store
