// The phase a task is given in (read from its section's headings) and the names of phases and definitions.
#include "facts/organisation_detail.hpp"
#include "text/search.hpp"

namespace plancheck::facts {

std::string_view to_string(Phase p) {
  switch (p) {
    case Phase::Monitoring: return "monitoring";
    case Phase::Warning: return "warning";
    case Phase::Reporting: return "reporting";
    case Phase::Response: return "response";
    case Phase::Recovery: return "recovery";
    case Phase::Investigation: return "investigation";
    case Phase::Drills: return "drills";
    case Phase::Safeguards: return "safeguards";
    case Phase::Other: return "other";
  }
  return "other";
}

std::string_view to_string(DefinedBy d) {
  switch (d) {
    case DefinedBy::Chapter: return "organisation-chapter";
    case DefinedBy::SetUp: return "set-up";
    case DefinedBy::Members: return "member-list";
    case DefinedBy::Office: return "office-clause";
  }
  return "organisation-chapter";
}

namespace org_detail {

Phase phase_of(std::string_view path) {
  struct Word {
    std::string_view text;
    Phase phase;
  };
  static const Word words[] = {
      {"演练", Phase::Drills},        {"培训", Phase::Drills},          {"宣传", Phase::Drills},
      {"预防", Phase::Drills},        {"日常管理", Phase::Drills},      {"保障", Phase::Safeguards},
      {"调查", Phase::Investigation}, {"总结", Phase::Investigation},   {"评估", Phase::Investigation},
      {"后期", Phase::Recovery},      {"恢复", Phase::Recovery},        {"善后", Phase::Recovery},
      {"报告", Phase::Reporting},     {"上报", Phase::Reporting},       {"报送", Phase::Reporting},
      {"预警", Phase::Warning},       {"监测", Phase::Monitoring},      {"响应", Phase::Response},
      {"处置", Phase::Response},      {"应对", Phase::Response},
  };
  // The innermost heading says most: look at the path's last part first.
  std::size_t cut = path.size();
  while (true) {
    const std::size_t sep = path.rfind("›", cut == 0 ? 0 : cut - 1);
    const std::string_view part = path.substr(sep == std::string_view::npos ? 0 : sep, cut - (sep == std::string_view::npos ? 0 : sep));
    for (const Word& w : words) {
      if (text::contains_text(part, w.text)) return w.phase;
    }
    if (sep == std::string_view::npos || sep == 0) return Phase::Other;
    cut = sep;
  }
}

}  // namespace org_detail
}  // namespace plancheck::facts
