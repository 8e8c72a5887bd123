// The JSON report, plancheck's public versioned contract ("plancheck-report/1"); other formats can be
// rendered from it.
#pragma once

#include "report/writer.hpp"

namespace plancheck::report {

// Deterministic: keys in a fixed order, no timestamps, paths as given, every rule of every plan.
class JsonWriter final : public Writer {
 public:
  std::unique_ptr<ReportStream> open(const RunInfo& run, std::ostream& out) const override;
};

}  // namespace plancheck::report
