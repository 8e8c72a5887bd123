// `plancheck history --db FILE`: what changed between the latest two runs stored in a results database.
#include <sstream>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"
#include "store/history.hpp"
#include "store/history_report.hpp"

namespace plancheck::cli {

int run_history(const Options& o) {
  Result<store::History> history = store::compare_latest_runs(o.db);
  if (!history) return report_tool_error(history.error(), o.lang);
  std::ostringstream rendered;
  if (o.format == Format::Json) {
    store::write_history_json(history.value(), rendered);
  } else {
    store::write_history_text(history.value(), o.lang, o.verbose, rendered);
  }
  if (auto e = write_output(o.output, rendered.str(), o.lang)) return report_tool_error(*e, o.lang);
  return kExitOk;
}

}  // namespace plancheck::cli
